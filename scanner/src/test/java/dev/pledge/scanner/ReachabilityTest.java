// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings in dependency code count only when the application can reach that code. */
class ReachabilityTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    /**
     * A small "framework": a server with two handlers behind one interface (only one of which the
     * application creates), a debug console no one starts, and a worker thread the handler creates.
     */
    static final String FRAMEWORK_SERVER = """
			package org.framework;

			public class Server {
				public void handle(Handler handler, android.telephony.TelephonyManager tm) {
					handler.serve(tm);
				}
			}
			""";

    static final String FRAMEWORK_FILES = """
			package org.framework;

			public interface Handler {
				void serve(android.telephony.TelephonyManager tm);
			}
			""";

    static final String PLAIN = """
			package org.framework;

			public class PlainHandler implements Handler {
				public void serve(android.telephony.TelephonyManager tm) {
					new Thread(new Worker(tm)).start();
				}
			}
			""";

    static final String WORKER = """
			package org.framework;

			public class Worker implements Runnable {
				private final android.telephony.TelephonyManager tm;

				Worker(android.telephony.TelephonyManager tm) {
					this.tm = tm;
				}

				public void run() {
					System.out.println(tm.getLine1Number()); // worker
				}
			}
			""";

    static final String CGI = """
			package org.framework;

			public class CgiHandler implements Handler {
				public void serve(android.telephony.TelephonyManager tm) {
					System.out.println(tm.getVoiceMailNumber()); // cgi
				}
			}
			""";

    static final String CONSOLE = """
			package org.framework;

			public class DebugConsole {
				public static void start(android.telephony.TelephonyManager tm) {
					System.out.println(tm.getSimSerialNumber()); // console
				}
			}
			""";

    static final String APP = """
			package com.example.app;

			public class App {
				void run(android.telephony.TelephonyManager tm) {
					new org.framework.Server().handle(new org.framework.PlainHandler(), tm);
				}
			}
			""";

    static final java.util.Map<String, String> FRAMEWORK = Fixture.files(
            "org/framework/Server.java",
            FRAMEWORK_SERVER,
            "org/framework/Handler.java",
            FRAMEWORK_FILES,
            "org/framework/PlainHandler.java",
            PLAIN,
            "org/framework/Worker.java",
            WORKER,
            "org/framework/CgiHandler.java",
            CGI,
            "org/framework/DebugConsole.java",
            CONSOLE);

    @Test
    void onlyReachableDependencyCodeCounts() {
        Path framework = fixture.app(FRAMEWORK);
        Path jar = Jars.write(dir.resolve("lib/framework-1.0.jar"), Jars.entries(framework), false);
        java.util.Map<String, String> withApp = new java.util.LinkedHashMap<>(FRAMEWORK);
        withApp.put("com/example/app/App.java", APP);
        Path app = fixture.app(withApp);
        java.util.Map<String, byte[]> own = new java.util.TreeMap<>(Jars.entries(app));
        own.keySet().removeIf(entry -> !entry.startsWith("com/"));
        Path appJar = Jars.write(dir.resolve("app.jar"), own, false);
        ScanResult result = scan(List.of(appJar), List.of(jar));
        // the IMEI is read by the worker the reachable handler creates (a Runnable: called back by the JDK);
        // the CGI handler is never created, the console never started
        assertEquals(
                List.of("org.framework.Worker.run"),
                result.findings().stream().map(f -> f.at().where()).toList(),
                result.findings().toString());
        assertEquals(2, result.count(SilencedFinding.Why.UNREACHABLE));
        assertTrue(
                result.summary().endsWith(": 1 error, 0 warnings; 2 in unreachable dependency code."),
                result.summary());
        assertTrue(ScanReports.sarif(result, dir, "1").contains("dependency code the application cannot reach"));

        // without the application's classes nothing in the framework is reachable; scanned as the application, all
        // counts
        assertEquals(3, scan(List.of(jar), List.of()).findings().size());
    }

    /**
     * A @PersonalData method's data use counts what it reads itself, through its own helpers, and in the
     * library method it calls (a wrapper that reads for it), not what that library does further down on its
     * own behalf (a logger looking up where the phone is).
     */
    @Test
    void purposeUseFollowsTheLibraryMethodCalledNotWhatItCallsOnItsOwnBehalf() {
        java.util.Map<String, String> library = Fixture.files("org/geo/Geo.java", """
				package org.geo;

				public class Geo {
					public static Object where(android.location.LocationManager lm) {
						return lm.getLastKnownLocation("gps");
					}

					public static void log(android.location.LocationManager lm, String message) {
						System.out.println(message + where(lm));
					}
				}
				""");
        Path jar = Jars.write(dir.resolve("lib/geo-1.0.jar"), Jars.entries(fixture.app(library)), false);
        String source = """
				package com.example.app;

				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Checks {
					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
					void check(android.location.LocationManager lm) {
						org.geo.Geo.log(lm, "check"); // logs
					}

					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
					Object locate(android.location.LocationManager lm) {
						return org.geo.Geo.where(lm); // wrapper
					}
				}
				""";
        java.util.Map<String, String> withApp = new java.util.LinkedHashMap<>(library);
        withApp.put("com/example/app/Checks.java", source);
        java.util.Map<String, byte[]> own = new java.util.TreeMap<>(Jars.entries(fixture.app(withApp)));
        own.keySet().removeIf(entry -> !entry.startsWith("com/"));
        ScanResult result = scan(List.of(Jars.write(dir.resolve("checks.jar"), own, false)), List.of(jar));
        assertEquals(
                List.of("com/example/app/Checks.java:" + Fixture.line(source, "// wrapper") + ": uses `location`"
                        + " with `android/location/LocationManager.getLastKnownLocation` in `Geo.where`, which the"
                        + " method's @PersonalData(purpose = Purpose.FRAUD_PREVENTION) does not declare: add"
                        + " DataItem.LOCATION to its `data` and `location` to `uses` of purpose `fraud-prevention` in"
                        + " the policy"),
                Fixture.of(result, dev.pledge.scanner.model.ScanRule.UNDECLARED_PURPOSE_USE));
    }

    private static ScanResult scan(List<Path> roots, List<Path> dependencies) {
        try {
            return new Scanner()
                    .scan(new ScanRequest(
                            fixture.policy, roots, ScanOptions.defaults().withThreads(1), dependencies));
        } catch (ScanException e) {
            throw new AssertionError(e);
        }
    }
}
