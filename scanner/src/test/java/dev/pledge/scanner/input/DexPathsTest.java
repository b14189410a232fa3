// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.Fixture;
import dev.pledge.scanner.Javac;
import dev.pledge.scanner.MiniDex;
import dev.pledge.scanner.ScanException;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.Stubs;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.CatalogueParser;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DEX classes replayed straight into the parser give the same classes, methods, sites and flow facts,
 * and so the same findings and data map, as the same classes written as class files and parsed (the
 * scanner's first DEX path, {@link DexClasses#CLASS_FILES}).
 */
class DexPathsTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    static Path apk;

    /** Every shape of body the flow facts tell apart: instance and static, with and without parameters and results. */
    static final Map<String, String> APP = new LinkedHashMap<>();

    static {
        APP.put("com/example/shop/Checkout.java", """
				package com.example.shop;

				import android.telephony.TelephonyManager;
				import com.adjust.sdk.Adjust;
				import com.appsflyer.AppsFlyerLib;

				@Deprecated
				public class Checkout implements Runnable {
					private final TelephonyManager tm;
					private String device;
					public Checkout(TelephonyManager tm) { this.tm = tm; }
					String imei() { return tm.getImei(); }
					void remember() { device = imei(); }
					void send(String event) { AppsFlyerLib.getInstance().logEvent(null, event + device, null); }
					public void run() {
						Runnable later = () -> Adjust.trackEvent(android.os.Build.MODEL);
						later.run();
					}
					static void open() { Boot.start(); Boot.ready(); }
				}
				""");
        APP.put("com/example/shop/Boot.java", """
				package com.example.shop;

				import com.adjust.sdk.Adjust;

				class Boot {
					static void start() { ready(); }
					static void ready() { }
					static String model() { return android.os.Build.MODEL; }
					static void leak() { String m = model(); Adjust.trackEvent(m); }
					static void quiet() { start(); Adjust.trackEvent(null); }
				}
				""");
        APP.put("com/example/shop/Screen.java", """
				package com.example.shop;

				abstract class Screen {
					abstract void show(String text);
					void open(String text) { show(text); }
				}
				""");
        APP.put("com/example/shop/Home.java", """
				package com.example.shop;

				class Home extends Screen {
					@Override
					void show(String text) { com.appsflyer.AppsFlyerLib.getInstance().start(text); }
				}
				""");
    }

    @BeforeAll
    static void setUp() throws Exception {
        fixture = Fixture.create(dir, Fixture.POLICY);
        List<Path> sources = new ArrayList<>();
        for (Map.Entry<String, String> source : APP.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            sources.add(file);
        }
        Path classes = Javac.compile(sources, dir.resolve("classes"), List.of(Stubs.compile(dir.resolve("stubs"))));
        apk = MiniDex.apk(dir.resolve("app.apk"), List.of(MiniDex.of(classes)), Map.of());
    }

    @Test
    void replayedClassesAreTheParsedClassFiles() {
        Map<String, String> replayed = models(false);
        Map<String, String> written = models(true);
        assertEquals(written, replayed);
        // the bodies the flow facts tell apart are all there: no values moved, values moved, no code
        String all = String.join("\n", replayed.values());
        assertTrue(all.contains("Boot.start()V"), all);
        assertTrue(all.contains("Screen.show(Ljava/lang/String;)V"), all);
    }

    @Test
    void bothPathsGiveTheSameFindingsAndDataMap() {
        ScanResult replayed = scan(false);
        ScanResult written = scan(true);
        assertTrue(replayed.findings().size() >= 3, replayed.findings()::toString);
        assertEquals(text(written), text(replayed));
        assertEquals(written.dataMap().toString(), replayed.dataMap().toString());
        assertEquals(written.stats().methods(), replayed.stats().methods());
    }

    private static String text(ScanResult result) {
        return result.findings().stream().map(f -> f.format(dir)).collect(Collectors.joining("\n"))
                + "\n"
                + result.silenced().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static ScanResult scan(boolean classFiles) {
        return withPath(classFiles, () -> {
            try {
                return new Scanner()
                        .scan(new ScanRequest(
                                fixture.policy,
                                List.of(apk),
                                ScanOptions.defaults().withThreads(1)));
            } catch (ScanException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }

    /** Each class the APK holds, described in full, by name. */
    private static Map<String, String> models(boolean classFiles) {
        return withPath(classFiles, () -> {
            try (ClassInput input = new ClassInput(0)) {
                input.addRoot(apk, false);
                Set<String> names = new HashSet<>();
                input.entries().forEach(e -> names.add(e.className()));
                Catalogue catalogue = CatalogueParser.builtIn();
                ScanContext context = new ScanContext(
                        names,
                        new SourceIndex(fixture.policy, catalogue),
                        new SdkIndex(fixture.policy, catalogue),
                        new Suppressions(List.of()));
                ClassReading.Result read =
                        ClassReading.read(input.entries(), context, 1, message -> {}, null, done -> {});
                assertEquals(List.of(), read.problems());
                Map<String, String> models = new LinkedHashMap<>();
                read.classes().forEach(c -> models.put(c.name, describe(c)));
                return models;
            }
        });
    }

    private static String describe(ClassModel type) {
        StringBuilder text = new StringBuilder();
        text.append(type.name)
                .append(" extends ")
                .append(type.superName)
                .append(" implements ")
                .append(type.interfaces)
                .append(" access ")
                .append(type.access)
                .append(" annotations ")
                .append(type.annotations)
                .append(type.annotationClasses)
                .append(" fields ")
                .append(type.fields.size())
                .append(" sdk ")
                .append(type.sdk)
                .append(" suppression ")
                .append(type.suppression())
                .append(" dependency ")
                .append(type.dependency)
                .append(" archive ")
                .append(type.archive());
        for (MethodModel method : type.methods.values()) {
            text.append("\n  ")
                    .append(method)
                    .append(" access ")
                    .append(method.access)
                    .append(method.annotations)
                    .append(" line ")
                    .append(method.firstLine())
                    .append(" calls ")
                    .append(method.calls())
                    .append(" reads ")
                    .append(method.reads())
                    .append(" sdk ")
                    .append(method.sdkCalls())
                    .append(" new ")
                    .append(method.instantiates())
                    .append(" data ")
                    .append(method.ownPersonalData)
                    .append(" suppression ")
                    .append(method.ownSuppression())
                    .append(" flow ")
                    .append(method.flow);
        }
        return text.toString();
    }

    private static synchronized <T> T withPath(boolean classFiles, Supplier<T> work) {
        String before = System.getProperty(DexClasses.CLASS_FILES);
        System.setProperty(DexClasses.CLASS_FILES, Boolean.toString(classFiles));
        try {
            return work.get();
        } finally {
            if (before == null) {
                System.clearProperty(DexClasses.CLASS_FILES);
            } else {
                System.setProperty(DexClasses.CLASS_FILES, before);
            }
        }
    }
}
