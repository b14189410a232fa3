// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static dev.pledge.cli.Cli.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge scan}: output, reports and exit codes as {@code check} has them. */
class ScanCommandTest {

    static final String POLICY = """
			policy shop "Shop" {
				version "1"
			}
			category device "Device data" {
				data imei "IMEI" { source "android/telephony/TelephonyManager.getImei" }
				data ad-id "Advertising ID" { source "advertising-id" }
			}
			purpose fraud "Prevent fraud" {
				basis legitimate-interest "protect accounts"
				uses imei
				retention 30 days
			}
			purpose ads "Personalised ads" {
				basis consent
				uses ad-id
				withdraw settings "Settings > Ads"
				retention 30 days
			}
			""";

    /** Platform stub and a hand-written annotation like the generated one: on the class path, not scanned. */
    static final Map<String, String> LIBRARY = Map.of(
            "android/telephony/TelephonyManager.java", """
					package android.telephony;
					public class TelephonyManager {
						public String getImei() { return ""; }
						public String getLine1Number() { return ""; }
					}
					""",
            "com/example/privacy/PersonalData.java", """
					package com.example.privacy;
					@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
					public @interface PersonalData {
						Purpose purpose();
						DataItem[] data() default {};
					}
					""",
            "com/example/privacy/Purpose.java", "package com.example.privacy; public enum Purpose { FRAUD, ADS }",
            "com/example/privacy/DataItem.java", "package com.example.privacy; public enum DataItem { IMEI, AD_ID }");

    static final String APP = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;

			public class App {
				@PersonalData(purpose = Purpose.FRAUD, data = DataItem.IMEI)
				boolean check(TelephonyManager tm) {
					return tm.getImei().isEmpty();
				}
			%s}
			""";

    static final String PHONE = """
				String phone(TelephonyManager tm) {
					return tm.getLine1Number();
				}
			""";

    @TempDir
    static Path dir;

    static Path policy;
    static Path clean;
    static Path broken;

    @BeforeAll
    static void compile() throws IOException {
        policy = Files.writeString(dir.resolve("shop.pledge"), POLICY);
        Path library = javac(LIBRARY, dir.resolve("library"), List.of());
        clean = javac(Map.of("com/example/app/App.java", APP.formatted("")), dir.resolve("clean"), List.of(library));
        broken = javac(
                Map.of("com/example/app/App.java", APP.formatted(PHONE)), dir.resolve("broken"), List.of(library));
    }

    static Path javac(Map<String, String> sources, Path out, List<Path> classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> paths = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = out.resolveSibling(out.getFileName() + "-src").resolve(source.getKey());
                Files.createDirectories(file.getParent());
                paths.add(Files.writeString(file, source.getValue()));
            }
            Files.createDirectories(out);
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-g"));
            if (!classPath.isEmpty()) {
                options.addAll(List.of("-classpath", classPath.get(0).toString()));
            }
            assertTrue(
                    javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(paths))
                            .call(),
                    () -> diagnostics.getDiagnostics().toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cleanCodeExits0() {
        Cli.Run run = pledge("scan", "--policy", policy.toString(), clean.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(
                run.outLines()
                        .get(0)
                        .matches("Scanned 1 class in 1 jar/dir \\(in \\d+\\.\\d\\ds\\): 0 errors, 0 warnings\\."),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void violationsArePrintedAsCompilersDoAndExit1() {
        Cli.Run run = pledge("scan", "--policy", policy.toString(), broken.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(
                List.of(
                        "com/example/app/App.java:14: error: reads phone number (`phone-number`) with"
                                + " `android/telephony/TelephonyManager.getLine1Number`, but no data item of policy `shop` declares it: add"
                                + " `source \"android/telephony/TelephonyManager.getLine1Number\"` to the item it is, or declare `data"
                                + " phone-number \"Phone number\" { source \"android/telephony/TelephonyManager.getLine1Number\" }`"
                                + " [undeclared-data]",
                        "    in com.example.app.App.phone"),
                run.outLines().subList(0, 2));
        assertEquals(
                List.of(
                        "Fixes, each written once:",
                        "  1 place reads `phone-number`: declare `data phone-number \"Phone number\"` in a category of"
                                + " the policy (or add `source \"phone-number\"` to the item it is) [undeclared-data]"),
                run.outLines().subList(2, 4));
        assertTrue(
                run.outLines()
                        .get(4)
                        .matches("Scanned 1 class in 1 jar/dir \\(in \\d+\\.\\d\\ds\\): 1 error, 0 warnings\\."),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void baselineWrittenThenReadMakesKnownFindingsPass() throws IOException {
        Path baseline = dir.resolve("baseline/pledge-baseline.json");
        Files.createDirectories(baseline.getParent());
        Cli.Run write = pledge(
                "scan", "--policy", policy.toString(), "--write-baseline", baseline.toString(), broken.toString());
        assertEquals(0, write.exit(), write.err());
        assertTrue(write.err().contains("wrote the baseline " + baseline), write.err());
        assertTrue(Files.readString(baseline).contains("\"subject\": \"phone-number\""));

        Cli.Run known =
                pledge("scan", "--policy", policy.toString(), "--baseline", baseline.toString(), broken.toString());
        assertEquals(0, known.exit(), known.out());
        assertTrue(known.out().endsWith(": 0 errors, 0 warnings; 1 known from the baseline.\n"), known.out());

        Cli.Run missing = pledge(
                "scan",
                "--policy",
                policy.toString(),
                "--baseline",
                dir.resolve("none.json").toString(),
                broken.toString());
        assertEquals(2, missing.exit());
        assertTrue(
                missing.err()
                        .contains("cannot read the baseline: " + dir.resolve("none.json")
                                + " does not exist: write it with pledge scan --write-baseline"),
                missing.err());
    }

    @Test
    void exclusionsNeedAReasonAndTheReportShowsIt() {
        Cli.Run excluded = pledge(
                "scan",
                "--policy",
                policy.toString(),
                "--exclude",
                "com.example.app.*=the demo app is not shipped",
                broken.toString());
        assertEquals(0, excluded.exit(), excluded.out());
        assertTrue(
                excluded.outLines().contains("Excluded 1 finding (com.example.app.*: the demo app is not shipped)"),
                excluded.out());
        Cli.Run noReason =
                pledge("scan", "--policy", policy.toString(), "--exclude", "com.example.**", broken.toString());
        assertEquals(2, noReason.exit());
        assertTrue(
                noReason.err().contains("--exclude: exclusion 'com.example.**' gives no reason: write PATTERN=REASON"),
                noReason.err());
    }

    @Test
    void sourcesNameRealFiles() {
        Path sources = dir.resolve("broken-src");
        Cli.Run run = pledge("scan", "--policy", policy.toString(), "--sources", sources.toString(), broken.toString());
        assertEquals(
                shown(sources.resolve("com/example/app/App.java")) + ":14: error: reads phone number",
                run.outLines().get(0).substring(0, run.outLines().get(0).indexOf(" (`")));
    }

    @Test
    void sarifGoesToStandardOutputAndTheSummaryToStandardError() {
        Cli.Run run = pledge("scan", "--policy", policy.toString(), "--format", "sarif", broken.toString());
        assertEquals(1, run.exit());
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject result = log.getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results")
                .get(0)
                .getAsJsonObject();
        assertEquals("undeclared-data", result.get("ruleId").getAsString());
        assertTrue(run.err().startsWith("Scanned 1 class in 1 jar/dir"), run.err());
    }

    @Test
    void outputFileAndReportFolder() throws IOException {
        Path sarif = dir.resolve("scan.sarif");
        Path reports = dir.resolve("reports/pledge");
        Cli.Run run = pledge(
                "scan",
                "--policy",
                policy.toString(),
                "--format",
                "sarif",
                "-o",
                sarif.toString(),
                "--report",
                reports.toString(),
                broken.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().startsWith("Scanned 1 class"), run.out());
        assertEquals("", run.err());
        assertTrue(Files.readString(sarif).contains("\"ruleId\": \"undeclared-data\""));
        for (String file : List.of("pledge-scan.sarif", "data-map.json", "data-map.html")) {
            assertTrue(Files.isRegularFile(reports.resolve(file)), file);
        }
        JsonObject map = JsonParser.parseString(Files.readString(reports.resolve("data-map.json")))
                .getAsJsonObject();
        List<String> items = new ArrayList<>();
        map.getAsJsonArray("items")
                .forEach(item -> items.add(item.getAsJsonObject().get("id").getAsString()));
        assertEquals(List.of("imei", "phone-number"), items);
        assertEquals(
                "fraud",
                map.getAsJsonArray("purposes")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("purposes")
                        .get(0)
                        .getAsString());
    }

    @Test
    void unreadableClassesFailClosed() throws IOException {
        Path jar =
                Files.write(dir.resolve("broken.jar"), Arrays.copyOf("PK\u0003\u0004 not really a zip".getBytes(), 30));
        Cli.Run run = pledge("scan", "--policy", policy.toString(), clean.toString(), jar.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(
                run.outLines().get(0).startsWith(shown(jar) + ": error: " + jar + " cannot be read as a jar"),
                run.outLines().get(0));
        assertTrue(
                run.outLines().get(0).endsWith("[unreadable-class]"),
                run.outLines().get(0));
    }

    @Test
    void usageAndInputProblemsExit2() throws IOException {
        Cli.Run missing = pledge(
                "scan", "--policy", policy.toString(), dir.resolve("nowhere").toString());
        assertEquals(2, missing.exit());
        assertEquals(
                "pledge: error: " + dir.resolve("nowhere") + ": no such class folder or jar (build the classes first?)",
                missing.err().strip());
        Path empty = Files.createDirectories(dir.resolve("build/classes"));
        Cli.Run nothing = pledge("scan", "--policy", policy.toString(), empty.toString());
        assertEquals(2, nothing.exit(), nothing.out());
        assertEquals("", nothing.out());
        assertEquals(
                "pledge: error: " + empty + ": no class files found, so nothing was scanned: pass the compiled classes"
                        + " (a folder such as target/classes or build/classes/java/main), a jar, or the app's package",
                nothing.err().strip());
        Cli.Run noPolicy = pledge("scan", clean.toString());
        assertEquals(2, noPolicy.exit());
        assertTrue(
                noPolicy.err().startsWith("pledge: error: missing required option: '--policy=POLICY'"), noPolicy.err());
        Cli.Run missingPolicy =
                pledge("scan", "--policy", dir.resolve("none.pledge").toString(), clean.toString());
        assertEquals(2, missingPolicy.exit());
        assertTrue(missingPolicy.err().startsWith("pledge: error: "), missingPolicy.err());
        Cli.Run badCatalogue = pledge(
                "scan",
                "--policy",
                policy.toString(),
                "--catalogue",
                dir.resolve("none.txt").toString(),
                clean.toString());
        assertEquals(2, badCatalogue.exit());
        assertTrue(badCatalogue.err().startsWith("pledge: error: cannot read catalogue "), badCatalogue.err());
        missing.assertNoStackTrace();
        missingPolicy.assertNoStackTrace();
    }

    @Test
    void policyWithErrorsIsNotScanned() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.pledge"), "policy bad \"Bad\" { version \"1\" }\npurpose p \"P\" { uses nothing }\n");
        Cli.Run run = pledge("scan", "--policy", bad.toString(), clean.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().strip().endsWith("Nothing scanned: fix the errors first."), run.err());
    }

    @Test
    void helpListsExitCodes() {
        Cli.Run run = pledge("scan", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("1   the code breaks the policy, or a class cannot be read"), run.out());
        assertTrue(run.out().contains("--report=DIR"), run.out());
    }
}
