// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data flow's result does not depend on the order it meets the classes in: the same app, each class in
 * a folder of its own, scanned with the folders in order, reversed and shuffled, gives the same findings,
 * silenced findings and data map. Where several reads reach one SDK call on one line, the finding names the
 * least of them (by class, method, line), not the one the analysis met first (one call away in {@code Ids},
 * two in {@code Deep}).
 */
class DataFlowOrderTest {

    @TempDir
    static Path dir;

    private static final String PACKAGE = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.appsflyer.AppsFlyerLib;

			""";

    private static final String REPORT = PACKAGE + """
			public class Report {
				void both(TelephonyManager tm) {
					Relay.send(Ids.imei(tm) + Device.id(tm)); // both
				}

				void one(TelephonyManager tm) {
					Relay.send(Ids.imei(tm)); // one
				}
			}
			""";

    private static final String LATER = PACKAGE + """
			public class Later {
				void flush() {
					AppsFlyerLib.getInstance().start(Store.last); // field
				}
			}
			""";

    @Test
    void sameFindingsWhateverTheOrderOfTheClasses() {
        Fixture fixture = Fixture.create(dir);
        Path app = fixture.app(Fixture.files(
                "com/example/app/Report.java",
                REPORT,
                "com/example/app/Ids.java",
                PACKAGE + """
						public class Ids {
							static String imei(TelephonyManager tm) {
								return tm.getImei();
							}
						}
						""",
                "com/example/app/Device.java",
                PACKAGE + """
						public class Device {
							static String id(TelephonyManager tm) {
								return Deep.read(tm);
							}
						}
						""",
                "com/example/app/Deep.java",
                PACKAGE + """
						public class Deep {
							static String read(TelephonyManager tm) {
								return tm.getDeviceId();
							}
						}
						""",
                "com/example/app/Relay.java",
                PACKAGE + """
						public class Relay {
							static void send(String value) {
								Ping.pong(value, 3);
							}
						}
						""",
                "com/example/app/Ping.java",
                PACKAGE + """
						public class Ping {
							static void pong(String value, int n) {
								if (n > 0) {
									Pong.ping(value, n - 1);
								} else {
									AppsFlyerLib.getInstance().start(value);
								}
							}
						}
						""",
                "com/example/app/Pong.java",
                PACKAGE + """
						public class Pong {
							static void ping(String value, int n) {
								Ping.pong(value, n);
							}
						}
						""",
                "com/example/app/Store.java",
                PACKAGE + """
						public class Store {
							static String last;
						}
						""",
                "com/example/app/Saver.java",
                PACKAGE + """
						public class Saver {
							void save(TelephonyManager tm) {
								Store.last = Device.id(tm);
							}
						}
						""",
                "com/example/app/Later.java",
                LATER));
        List<Path> roots = oneFolderPerClass(app);
        String expected = scan(fixture, roots);
        assertEquals(
                List.of(
                        "Later.java:" + line(LATER, "// field")
                                + ": may send `imei` (read with `android/telephony/TelephonyManager.getDeviceId` in"
                                + " `Deep.read`) to party `appsflyer` with `com/appsflyer/AppsFlyerLib.start`",
                        "Report.java:" + line(REPORT, "// both")
                                + ": may send `imei` (read with `android/telephony/TelephonyManager.getDeviceId` in"
                                + " `Deep.read`) to party `appsflyer` with `com/appsflyer/AppsFlyerLib.start` in"
                                + " `Ping.pong`",
                        "Report.java:" + line(REPORT, "// one")
                                + ": may send `imei` (read with `android/telephony/TelephonyManager.getImei` in"
                                + " `Ids.imei`) to party `appsflyer` with `com/appsflyer/AppsFlyerLib.start` in"
                                + " `Ping.pong`"),
                sharing(fixture, roots));
        List<Path> reversed = new ArrayList<>(roots);
        Collections.reverse(reversed);
        assertEquals(expected, scan(fixture, reversed), "reversed");
        for (long seed = 1; seed <= 3; seed++) {
            List<Path> shuffled = new ArrayList<>(roots);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, scan(fixture, shuffled), "shuffled with seed " + seed + ": " + shuffled);
        }
    }

    /** Everything the scan reports, as text. */
    private static String scan(Fixture fixture, List<Path> roots) {
        ScanResult result = fixture.scan(roots.toArray(Path[]::new));
        return result.findings() + "\n" + result.silenced() + "\n" + result.dataMap();
    }

    private static List<String> sharing(Fixture fixture, List<Path> roots) {
        return fixture.scan(roots.toArray(Path[]::new)).findings().stream()
                .filter(f -> f.rule() == ScanRule.UNDECLARED_SHARING)
                .map(f -> f.at().file().getFileName() + ":" + f.at().line() + ": "
                        + f.message().substring(0, f.message().indexOf(", but")))
                .toList();
    }

    /** Copies each class file of a class folder into a folder of its own: one root per class. */
    private static List<Path> oneFolderPerClass(Path classes) {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                Path root = classes.resolveSibling(classes.getFileName() + "-" + roots.size());
                Path copy = root.resolve(classes.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                roots.add(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }
}
