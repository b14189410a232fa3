// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Android packages: the same rules on DEX bytecode as on class files, and the manifest's permissions. */
class AndroidInputTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    static Path classes;
    static byte[] dex;

    /** Reads an undeclared model name, shares the IMEI with AppsFlyer (which receives only the ad id), calls Adjust in a lambda. */
    static final String APP = """
			package com.example.app;

			import android.telephony.TelephonyManager;

			public class Tracker {
				TelephonyManager tm;
				String model() {
					return android.os.Build.MODEL;
				}
				void track() {
					com.appsflyer.AppsFlyerLib.getInstance().start(tm.getImei());
					Runnable later = () -> com.adjust.sdk.Adjust.trackEvent("purchase");
					later.run();
				}
			}
			""";

    static final String MANIFEST = """
			<?xml version="1.0" encoding="utf-8"?>
			<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app">
			    <uses-permission android:name="android.permission.INTERNET" />
			    <uses-permission android:name="android.permission.READ_CONTACTS" />
			    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
			    <uses-permission android:name="com.google.android.gms.permission.AD_ID" />
			    <uses-permission android:name="android.permission.READ_PHONE_STATE" />
			    <application android:label="Shop" />
			</manifest>
			""";

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
        classes = fixture.app("com/example/app/Tracker.java", APP);
        dex = MiniDex.of(classes);
    }

    private static List<String> lines(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.ruleId() + " " + f.at().file().toString().replace('\\', '/') + ":" + f.at().line() + " "
                        + f.at().where() + " " + f.message())
                .toList();
    }

    @Test
    void anApkGivesTheFindingsItsClassesGive() throws IOException {
        ScanResult fromClasses = fixture.scan(classes);
        assertEquals(
                List.of("undeclared-data", "undeclared-party", "undeclared-sharing"),
                fromClasses.findings().stream()
                        .map(ScanFinding::ruleId)
                        .distinct()
                        .sorted()
                        .toList());
        Path apk = MiniDex.apk(dir.resolve("app.apk"), List.of(dex), Map.of());
        assertEquals(lines(fromClasses), lines(fixture.scan(apk)));
        Path single = Files.write(dir.resolve("classes.dex"), dex);
        assertEquals(lines(fromClasses), lines(fixture.scan(single)));
        // the same data map, but for where each class was found (the APK's DEX file: the `archive` of each place)
        assertEquals(
                fromClasses.dataMap().toString(),
                fixture.scan(apk).dataMap().toString().replace("archive=" + apk + "!/classes.dex", "archive=null"));
    }

    @Test
    void anAabsDexFilesAreRead() {
        Path aab = dir.resolve("app.aab");
        Jars.write(aab, Map.of("base/dex/classes.dex", dex, "BundleConfig.pb", new byte[] {8, 1}), false);
        assertEquals(lines(fixture.scan(classes)), lines(fixture.scan(aab)));
    }

    @Test
    void permissionsForUndeclaredDataAreWarnings() throws IOException {
        Aapt.require();
        Path manifestOnly = Aapt.apk(dir.resolve("aapt"), MANIFEST);
        byte[] binary;
        try (ZipFile zip = new ZipFile(manifestOnly.toFile())) {
            binary = zip.getInputStream(zip.getEntry("AndroidManifest.xml")).readAllBytes();
        }
        Path apk = MiniDex.apk(dir.resolve("shop.apk"), List.of(dex), Map.of("AndroidManifest.xml", binary));
        List<String> warnings = permissionWarnings(fixture.scan(apk));
        String at = apk + "!/AndroidManifest.xml:";
        assertEquals(
                List.of(
                        at + "4: asks for `android.permission.READ_CONTACTS`, which opens contacts (`contacts`), but no"
                                + " data item of policy `shop` declares it: declare `data contacts \"Contacts\" { source"
                                + " \"contacts\" }` (or add the concept as a `source` of the item it is), or remove the"
                                + " permission if the app does not need it",
                        at + "7: asks for `android.permission.READ_PHONE_STATE`, which opens IMSI (`imsi`), SIM serial"
                                + " number (`sim-serial`), phone number (`phone-number`), but no data item of policy `shop`"
                                + " declares them: declare `data imsi \"IMSI\" { source \"imsi\" }`, `data sim-serial \"SIM"
                                + " serial number\" { source \"sim-serial\" }`, `data phone-number \"Phone number\" { source"
                                + " \"phone-number\" }` (or add the concept as a `source` of the item it is), or remove the"
                                + " permission if the app does not need it"),
                warnings.stream().map(w -> w.replace('\\', '/')).toList());
    }

    /** An AAR carries its manifest as text: the SDK's permissions end up in the app's. */
    @Test
    void anAarsTextManifestCounts() {
        Path aar = dir.resolve("sdk.aar");
        Jars.write(
                aar,
                Map.of(
                        "AndroidManifest.xml", MANIFEST.getBytes(StandardCharsets.UTF_8),
                        "classes.jar", Jars.bytes(Jars.entries(classes), false)),
                false);
        List<String> warnings = permissionWarnings(fixture.scan(aar));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0)
                .startsWith(aar + "!/AndroidManifest.xml:4: asks for `android.permission.READ_CONTACTS`"));
    }

    /** An AAB's manifest is aapt2's XmlNode in protocol buffers. */
    @Test
    void anAabsProtoManifestCounts() {
        byte[] manifest = node(
                element(
                        "manifest",
                        List.of(attribute("", "package", "com.example.app", 0)),
                        List.of(node(
                                element(
                                        "uses-permission",
                                        List.of(attribute(
                                                "http://schemas.android.com/apk/res/android",
                                                "name",
                                                "android.permission.READ_CONTACTS",
                                                0x01010003)),
                                        List.of()),
                                3))),
                2);
        Path aab = dir.resolve("proto.aab");
        Jars.write(aab, Map.of("base/dex/classes.dex", dex, "base/manifest/AndroidManifest.xml", manifest), false);
        List<String> warnings = permissionWarnings(fixture.scan(aab));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0)
                        .startsWith(aab
                                + "!/base/manifest/AndroidManifest.xml:3: asks for `android.permission.READ_CONTACTS`"),
                warnings.get(0));
    }

    @Test
    void brokenDexAndManifestsAreErrors() {
        Path apk = MiniDex.apk(
                dir.resolve("broken.apk"),
                List.of(java.util.Arrays.copyOf(dex, 200)),
                Map.of("AndroidManifest.xml", new byte[] {3, 0, 8, 0, 100, 0, 0, 0}));
        ScanResult result = fixture.scan(apk);
        List<String> problems = result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNREADABLE_CLASS)
                .map(ScanFinding::message)
                .sorted()
                .toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .startsWith(apk + "!/AndroidManifest.xml cannot be read as an Android manifest (truncated"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith(apk + "!/classes.dex cannot be read as DEX bytecode ("), problems.get(1));
        assertTrue(result.hasErrors());
    }

    // --- protocol buffers, written by hand: field key, then a varint or a length and bytes

    private static byte[] node(byte[] element, int line) {
        return concat(bytesField(1, element), bytesField(3, varintField(1, line)));
    }

    private static byte[] element(String name, List<byte[]> attributes, List<byte[]> children) {
        byte[] out = bytesField(3, name.getBytes(StandardCharsets.UTF_8));
        for (byte[] attribute : attributes) {
            out = concat(out, bytesField(4, attribute));
        }
        for (byte[] child : children) {
            out = concat(out, bytesField(5, child));
        }
        return out;
    }

    private static byte[] attribute(String namespace, String name, String value, int resourceId) {
        byte[] out = concat(
                bytesField(1, namespace.getBytes(StandardCharsets.UTF_8)),
                bytesField(2, name.getBytes(StandardCharsets.UTF_8)),
                bytesField(3, value.getBytes(StandardCharsets.UTF_8)));
        return resourceId == 0 ? out : concat(out, varintField(5, resourceId));
    }

    private static byte[] bytesField(int number, byte[] value) {
        return concat(varint(number << 3 | 2), varint(value.length), value);
    }

    private static byte[] varintField(int number, long value) {
        return concat(varint(number << 3), varint(value));
    }

    private static byte[] varint(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The permission warnings as {@code app.apk!/AndroidManifest.xml:4: message}: the manifest in its package. */
    private static List<String> permissionWarnings(ScanResult result) {
        return result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNDECLARED_PERMISSION)
                .map(f -> f.at().path() + ":" + f.at().line() + ": " + f.message())
                .toList();
    }
}
