// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.model.Exclude;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting the gate on existing code: a baseline, exclusions with reasons, suppressions with reasons, grouped fixes. */
class AdoptionTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    /** Three methods read the phone number (undeclared), one the device model (undeclared). */
    static final String DEVICE = """
			package com.example.app;

			import android.telephony.TelephonyManager;

			public class Device {
				String phone(TelephonyManager tm) {
					return tm.getLine1Number();
				}

				String voicemail(TelephonyManager tm) {
					return tm.getVoiceMailNumber();
				}

				String both(TelephonyManager tm) {
					return tm.getLine1Number() + android.os.Build.MODEL;
				}
			}
			""";

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    private static ScanResult scan(ScanOptions options, Path... roots) {
        return fixture.scan(options.withThreads(1), roots);
    }

    @Test
    void fixesAreGroupedOnePerConcept() {
        ScanResult result = fixture.scan(fixture.app("com/example/app/Device.java", DEVICE));
        assertEquals(4, result.findings().size());
        List<String> closing = ScanReports.closing(result);
        assertEquals(
                List.of(
                        "Fixes, each written once:",
                        "  3 places read `phone-number`: declare `data phone-number \"Phone number\"` in a category of"
                                + " the policy (or add `source \"phone-number\"` to the item it is) [undeclared-data]",
                        "  1 place reads `device-model`: declare `data device-model \"Device model, maker and build\"` in"
                                + " a category of the policy (or add `source \"device-model\"` to the item it is)"
                                + " [undeclared-data]"),
                closing);
    }

    @Test
    void baselineKnowsTheFindingsItListsAndNotNewOnes() throws IOException {
        Path app = fixture.app("com/example/app/Device.java", DEVICE);
        ScanResult before = fixture.scan(app);
        Path baseline = Files.writeString(dir.resolve("pledge-baseline.json"), ScanReports.baseline(before));
        JsonObject json = JsonParser.parseString(Files.readString(baseline)).getAsJsonObject();
        assertEquals("pledge-baseline/1", json.get("format").getAsString());
        JsonArray entries = json.getAsJsonArray("findings");
        assertEquals(4, entries.size());
        JsonObject first = entries.get(0).getAsJsonObject();
        assertEquals("undeclared-data", first.get("rule").getAsString());
        assertEquals("com.example.app.Device", first.get("class").getAsString());
        assertEquals("both", first.get("member").getAsString());
        assertEquals("device-model", first.get("subject").getAsString());
        assertFalse(first.has("line"), "a baseline entry has no line: it must survive unrelated edits");

        // the same code moved down by unrelated lines, and one new read: only the new one counts
        String changed = DEVICE.replace(
                        "public class Device {",
                        "public class Device {\n\n\t// an unrelated comment\n\tint unrelated() { return 1; }\n")
                .replace(
                        "\tString voicemail(",
                        "\tString sim(TelephonyManager tm) {\n\t\treturn tm.getSimSerialNumber();\n\t}\n\n\tString voicemail(");
        ScanResult after = scan(
                ScanOptions.defaults().withBaseline(baseline), fixture.app("com/example/app/Device.java", changed));
        assertEquals(
                List.of("com.example.app.Device.sim"),
                after.findings().stream().map(f -> f.at().where()).toList());
        assertEquals(4, after.count(SilencedFinding.Why.BASELINE));
        assertTrue(after.hasErrors());
        assertTrue(after.summary().endsWith(": 1 error, 0 warnings; 4 known from the baseline."), after.summary());

        // SARIF tells new from known
        JsonArray results = JsonParser.parseString(ScanReports.sarif(after, dir, "1"))
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results");
        assertEquals(5, results.size());
        assertEquals(
                "new", results.get(0).getAsJsonObject().get("baselineState").getAsString());
        assertEquals(
                "unchanged",
                results.get(4).getAsJsonObject().get("baselineState").getAsString());

        // writing the baseline again keeps the known findings and adds the new one
        assertEquals(
                5,
                JsonParser.parseString(ScanReports.baseline(after))
                        .getAsJsonObject()
                        .getAsJsonArray("findings")
                        .size());
    }

    @Test
    void aBrokenBaselineStopsTheScan() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"findings\": []}");
        ScanException e = assertThrows(
                ScanException.class,
                () -> new Scanner()
                        .scan(new ScanRequest(
                                fixture.policy,
                                List.of(fixture.api),
                                ScanOptions.defaults().withBaseline(broken))));
        assertEquals(
                "cannot read the baseline: " + broken
                        + " is not a Pledge baseline (no \"format\": \"pledge-baseline/1\"):"
                        + " write one with pledge scan --write-baseline " + broken,
                e.getMessage());
    }

    @Test
    void exclusionsByPackageAndByArtifactNeedAReasonAndShowIt() {
        Path app = fixture.app("com/example/app/Device.java", DEVICE);
        ScanResult byPackage = scan(
                ScanOptions.defaults()
                        .withExcludes(List.of(Exclude.parse("com.example.** = a test double of the real device"))),
                app);
        assertEquals(List.of(), byPackage.findings());
        assertEquals(4, byPackage.count(SilencedFinding.Why.EXCLUDED));
        assertEquals(
                List.of("Excluded 4 findings (com.example.**: a test double of the real device)"),
                ScanReports.closing(byPackage));
        assertTrue(byPackage.summary().endsWith(": 0 errors, 0 warnings; 4 excluded."), byPackage.summary());
        JsonObject suppression = JsonParser.parseString(ScanReports.sarif(byPackage, dir, "1"))
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("suppressions")
                .get(0)
                .getAsJsonObject();
        assertEquals("external", suppression.get("kind").getAsString());
        assertEquals(
                "com.example.**: a test double of the real device",
                suppression.get("justification").getAsString());

        // a jar with Maven metadata is excluded by group:artifact; one without, by the artifact id of its file name
        Map<String, byte[]> classes = Jars.entries(app);
        Map<String, byte[]> withPom = new java.util.LinkedHashMap<>(classes);
        withPom.put("META-INF/maven/com.example/device-lib/pom.properties", "version=1.0\n".getBytes());
        Path maven = Jars.write(dir.resolve("lib/device-lib-1.0.jar"), withPom, false);
        Path plain = Jars.write(dir.resolve("plain/device-lib-2.3.1.jar"), classes, false);
        List<Exclude> excludes = List.of(Exclude.parse("com.example:device-*=vendored, replaced in 2.0"));
        assertEquals(
                List.of(),
                scan(ScanOptions.defaults().withExcludes(excludes), maven).findings());
        assertEquals(
                List.of(),
                scan(ScanOptions.defaults().withExcludes(excludes), plain).findings());
        assertEquals(
                4,
                scan(ScanOptions.defaults().withExcludes(List.of(Exclude.parse("org.other:*=not this one"))), maven)
                        .findings()
                        .size());

        IllegalArgumentException noReason =
                assertThrows(IllegalArgumentException.class, () -> Exclude.parse("com.example.**"));
        assertEquals(
                "exclusion 'com.example.**' gives no reason: write PATTERN=REASON, e.g. com.example.**=only the embedded"
                        + " database is used",
                noReason.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Exclude.parse("com.example.**=  "));
    }

    @Test
    void suppressionsNeedAReasonWhichTheReportShows() {
        Path app = fixture.app("com/example/app/Debug.java", """
				package com.example.app;

				import java.lang.annotation.Retention;
				import java.lang.annotation.RetentionPolicy;

				public class Debug {
					@Retention(RetentionPolicy.CLASS)
					@interface SuppressPledge {
						String value() default "";
					}

					@SuppressPledge("debug screen, never in release builds")
					String phone(android.telephony.TelephonyManager tm) {
						return tm.getLine1Number();
					}

					@SuppressPledge
					String model() {
						return android.os.Build.MODEL;
					}
				}
				""");
        ScanResult result = scan(ScanOptions.defaults().withSuppressAnnotations(List.of("**.SuppressPledge")), app);
        assertEquals(
                List.of(ScanRule.UNDECLARED_DATA, ScanRule.SUPPRESSION_WITHOUT_REASON),
                result.findings().stream().map(ScanFinding::rule).sorted().toList());
        ScanFinding missing = result.findings().stream()
                .filter(f -> f.rule() == ScanRule.SUPPRESSION_WITHOUT_REASON)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "the suppression annotation on method com.example.app.Debug.model gives no reason, so it suppresses"
                        + " nothing: say why the code may do it, e.g. @SuppressPledge(\"debug builds only, never shipped\")",
                missing.message());
        assertEquals(1, result.count(SilencedFinding.Why.SUPPRESSED));
        assertEquals(
                "debug screen, never in release builds",
                result.silenced().get(0).reason());
        assertTrue(
                ScanReports.closing(result).contains("Suppressed 1 finding (debug screen, never in release builds)"),
                ScanReports.closing(result).toString());
    }
}
