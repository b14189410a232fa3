// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading dependency method bodies when they are needed gives the same scan as reading them all up front,
 * on real jars no one here wrote (the scanner's own libraries: Guava, Gson, FreeMarker, Hibernate
 * Validator, dexlib2, Jakarta Persistence, ASM; about 9,000 classes) and on a framework of our own that
 * reads data directly, through a class it inherits from a source's class, and in code the application
 * cannot reach.
 */
class DependencyCodeTest {

    private static final List<String> REAL = List.of(
            "guava-", "gson-", "freemarker-", "hibernate-validator-", "dexlib2-", "jakarta.persistence-api-", "asm-");

    @TempDir
    static Path dir;

    @Test
    void findingsSilencedFindingsAndTheDataMapAreThoseOfReadingEveryBodyUpFront() throws Exception {
        Fixture fixture = Fixture.create(dir);
        Map<String, String> framework = new LinkedHashMap<>(Fixture.files(
                "org/framework/Server.java",
                ReachabilityTest.FRAMEWORK_SERVER,
                "org/framework/Handler.java",
                ReachabilityTest.FRAMEWORK_FILES,
                "org/framework/PlainHandler.java",
                ReachabilityTest.PLAIN,
                "org/framework/Worker.java",
                ReachabilityTest.WORKER,
                "org/framework/CgiHandler.java",
                ReachabilityTest.CGI));
        // a scanned class that inherits a source from a class outside the scan, called from code that names no
        // source itself: its body must be read up front for the read through inheritance to be seen
        framework.put("org/framework/Phone.java", """
				package org.framework;

				public abstract class Phone extends android.telephony.TelephonyManager {
				}
				""");
        framework.put("org/framework/Dialer.java", """
				package org.framework;

				public class Dialer {
					public static String number(Phone phone) {
						return phone.getLine1Number();
					}
				}
				""");
        // the same, in code the application cannot reach: in the data map as not reachable
        framework.put("org/framework/Sim.java", """
				package org.framework;

				public class Sim {
					public static String imei(Phone phone) {
						return phone.getImei();
					}
				}
				""");
        Path frameworkJar =
                Jars.write(dir.resolve("lib/framework-1.0.jar"), Jars.entries(fixture.app(framework)), false);
        Map<String, String> app = new LinkedHashMap<>(framework);
        app.put("com/example/app/App.java", """
				package com.example.app;

				public class App {
					public String run(android.telephony.TelephonyManager tm, org.framework.Phone phone) throws Exception {
						new org.framework.Server().handle(new org.framework.PlainHandler(), tm);
						String json = new com.google.gson.Gson().toJson(java.util.List.of("a"));
						freemarker.template.Configuration config =
								new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_34);
						return json + config + com.google.common.net.InetAddresses.forString("127.0.0.1")
								+ org.framework.Dialer.number(phone);
					}
				}
				""");
        Map<String, byte[]> own = new java.util.TreeMap<>(Jars.entries(fixture.app(app)));
        own.keySet().removeIf(entry -> !entry.startsWith("com/"));
        Path appJar = Jars.write(dir.resolve("app.jar"), own, false);
        List<Path> dependencies = new java.util.ArrayList<>(List.of(frameworkJar));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(jar -> REAL.stream()
                        .anyMatch(name -> jar.getFileName().toString().startsWith(name)))
                .forEach(dependencies::add);
        assertTrue(dependencies.size() >= REAL.size(), dependencies.toString());

        ScanResult eager = scan(fixture, appJar, dependencies, true);
        ScanResult lazy = scan(fixture, appJar, dependencies, false);

        assertTrue(eager.stats().classes() > 5000, eager.stats().toString());
        assertTrue(
                Fixture.of(eager, ScanRule.UNDECLARED_DATA).stream().anyMatch(f -> f.contains("Dialer.java")),
                "the read through the inherited source is seen: " + eager.findings());
        assertTrue(
                eager.count(SilencedFinding.Why.UNREACHABLE) > 0,
                eager.silenced().toString());
        assertTrue(ScanReports.json(eager.dataMap(), dir).contains("Sim.java"), "the unreachable read is mapped");
        assertEquals(eager.findings(), lazy.findings());
        assertEquals(eager.silenced(), lazy.silenced());
        assertEquals(ScanReports.json(eager.dataMap(), dir), ScanReports.json(lazy.dataMap(), dir));
        assertEquals(eager.stats().methods(), lazy.stats().methods());
    }

    private static ScanResult scan(Fixture fixture, Path app, List<Path> dependencies, boolean eager)
            throws ScanException {
        return new Scanner()
                .scan(new ScanRequest(
                        fixture.policy,
                        List.of(app),
                        ScanOptions.defaults().withEagerDependencyCode(eager),
                        dependencies));
    }
}
