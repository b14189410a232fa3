// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.Exclude;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal's work, in process, on classes compiled here: what it prints, writes and fails
 * on, for each parameter. The invoker ITs cover the same through Maven with exact lines.
 */
class GateTest {

    private static final String TELEPHONY = """
			package android.telephony;
			public class TelephonyManager {
				public String getImei() { return "1"; }
				public String getLine1Number() { return "2"; }
			}
			""";
    private static final String FRAUD_CHECK = """
			package com.example.shop;
			import android.telephony.TelephonyManager;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;
			public class FraudCheck {
				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
				public boolean suspicious(TelephonyManager telephony) {
					return telephony.getImei().isEmpty();
				}
			}
			""";
    private static final String SIGNUP = """
			package com.example.shop;
			import android.telephony.TelephonyManager;
			public class Signup {
				public String prefillPhone(TelephonyManager telephony) {
					return telephony.getLine1Number();
				}
			}
			""";

    @TempDir
    Path project;

    private Path policy;
    private Path classes;
    private RecordingLog log;

    @BeforeEach
    void setUp() throws Exception {
        policy = Files.createDirectories(project.resolve("src/main/pledge"));
        Files.writeString(policy.resolve("shop.pledge"), GenerationTest.shopPolicy());
        classes = project.resolve("target/classes");
        log = new RecordingLog();
    }

    /** Generates the API like the generate goal, then compiles it with the given sources into target/classes. */
    private void compile(Map<String, String> sources) throws Exception {
        Path generated = project.resolve("target/generated-sources/pledge");
        Generation.run(
                new Generation.Request(
                        project,
                        policy,
                        null,
                        "com.example.privacy",
                        generated,
                        project.resolve("target/pledge"),
                        List.of(),
                        List.of(),
                        project.resolve("target/pledge/generate.stamp")),
                new PolicyCache(),
                new RecordingLog());
        Path java = project.resolve("src/main/java");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = java.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        List<String> args = new ArrayList<>(List.of(
                "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"));
        try (Stream<Path> files = Stream.concat(Files.walk(generated), Files.walk(java))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the test sources compile");
    }

    private Gate.Request request(boolean failOnViolation, boolean strict, List<Path> dependencies) {
        return request(project, failOnViolation, strict, dependencies);
    }

    private Gate.Request request(Path root, boolean failOnViolation, boolean strict, List<Path> dependencies) {
        return new Gate.Request(
                root,
                project,
                policy,
                null,
                classes,
                dependencies,
                List.of(project.resolve("src/main/java")),
                failOnViolation,
                strict,
                project.resolve("target/pledge/pledge.sarif"),
                List.of(),
                List.of(),
                "test",
                null,
                List.of());
    }

    /** Runs the gate as the check goal does: its failure thrown. */
    private static void gate(Gate.Request request, RecordingLog log) throws PledgeBuildException {
        Gate.run(request, new PolicyCache(), log).throwIfFailed();
    }

    private boolean logged(String prefix, String contains) {
        return log.lines().stream().anyMatch(line -> line.startsWith(prefix) && line.contains(contains));
    }

    @Test
    void cleanCodePassesAndWritesTheReports() throws Exception {
        compile(Map.of(
                "android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/FraudCheck.java", FRAUD_CHECK));

        gate(request(true, true, List.of()), log);

        assertTrue(
                log.lines().contains("[INFO] Checked 1 policy file: 0 errors, 0 warnings."),
                log.lines().toString());
        assertTrue(
                logged("[INFO] Scanned ", ": 0 errors, 0 warnings."),
                log.lines().toString());
        assertFalse(logged("[ERROR]", ""), log.lines().toString());
        String sarif = Files.readString(project.resolve("target/pledge/pledge.sarif"));
        assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
        // one catalogue describes both the policy checker's rules and the scanner's
        assertTrue(
                sarif.contains(
                        "\"text\": \"" + dev.pledge.dsl.validation.Rule.MISSING_LEGAL_BASIS.description() + "\""),
                sarif);
        assertTrue(
                sarif.contains(
                        "\"text\": \"" + dev.pledge.scanner.model.ScanRule.UNDECLARED_SHARING.description() + "\""),
                sarif);
        assertTrue(
                Files.readString(project.resolve("target/pledge/data-map.json")).contains("imei"));
        assertTrue(Files.isRegularFile(project.resolve("target/pledge/data-map.html")));
    }

    @Test
    void violationFailsWithTheFindingLineAndItsMethod() throws Exception {
        compile(Map.of("android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/Signup.java", SIGNUP));

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(true, false, List.of()), log));

        assertTrue(e.isFailure());
        assertTrue(
                e.getMessage()
                        .startsWith("the code does not keep the policy: 1 error, 0 warnings (see the lines above and "
                                + "target/pledge/pledge.sarif)"),
                e.getMessage());
        assertTrue(
                log.lines().stream()
                        .anyMatch(line -> line.startsWith(
                                        "[ERROR] src/main/java/com/example/shop/Signup.java:5: " + "error: ")
                                && line.contains("[undeclared-data]\n    in com.example.shop.Signup.prefillPhone")),
                log.lines().toString());
        assertTrue(
                Files.readString(project.resolve("target/pledge/pledge.sarif")).contains("undeclared-data"));
    }

    @Test
    void inABuildOfSeveralModulesLinesNameFilesFromTheRootAndTheModulesReportFromTheModule() throws Exception {
        compile(Map.of("android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/Signup.java", SIGNUP));
        Path root = project.getParent();
        String module = project.getFileName().toString();

        Gate.Outcome outcome = Gate.run(request(root, true, false, List.of()), new PolicyCache(), log);

        assertTrue(
                outcome.failure()
                        .getMessage()
                        .contains("(see the lines above and " + module + "/target/pledge/pledge.sarif)"),
                outcome.failure().getMessage());
        assertTrue(
                logged(
                        "[ERROR] " + module + "/src/main/java/com/example/shop/Signup.java:5: error: ",
                        "[undeclared-data]"),
                log.lines().toString());
        assertEquals(1, outcome.scan().findings().size());
        assertTrue(Files.readString(project.resolve("target/pledge/pledge.sarif"))
                .contains("\"uri\": \"src/main/java/com/example/shop/Signup.java\""));
    }

    @Test
    void baselineAndExclusionsLetKnownFindingsPass() throws Exception {
        compile(Map.of("android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/Signup.java", SIGNUP));
        Gate.Request plain = request(true, false, List.of());
        PledgeBuildException failed = assertThrows(PledgeBuildException.class, () -> gate(plain, log));
        assertTrue(failed.isFailure());

        Path baseline = project.resolve("pledge-baseline.json");
        ScanResult known = Gate.run(request(false, false, List.of()), new PolicyCache(), new RecordingLog())
                .scan();
        Files.writeString(baseline, ScanReports.baseline(known));
        RecordingLog second = new RecordingLog();
        ScanResult result = Gate.run(with(plain, baseline, List.of()), new PolicyCache(), second)
                .scan();
        assertEquals(1, result.silenced().size());
        assertTrue(
                second.lines().stream()
                        .anyMatch(l -> l.startsWith("[INFO] Scanned ") && l.endsWith("; 1 known from the baseline.")),
                second.lines().toString());

        RecordingLog third = new RecordingLog();
        Gate.run(
                with(plain, null, List.of(new Exclude("com.example.shop.*", "a demo screen, removed before release"))),
                new PolicyCache(),
                third);
        assertTrue(
                third.lines()
                        .contains(
                                "[INFO] Excluded 1 finding (com.example.shop.*: a demo screen, removed before release)"),
                third.lines().toString());
    }

    private static Gate.Request with(Gate.Request r, Path baseline, List<Exclude> excludes) {
        return new Gate.Request(
                r.root(),
                r.baseDir(),
                r.policy(),
                r.policyId(),
                r.classes(),
                r.dependencies(),
                r.sourceRoots(),
                r.failOnViolation(),
                r.strict(),
                r.sarifFile(),
                r.suppressAnnotations(),
                r.catalogues(),
                r.toolVersion(),
                baseline,
                excludes);
    }

    @Test
    void withoutFailOnViolationViolationsAreWarnings() throws Exception {
        compile(Map.of("android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/Signup.java", SIGNUP));

        gate(request(false, false, List.of()), log);

        assertTrue(
                logged("[WARNING] src/main/java/com/example/shop/Signup.java:5: error: ", "[undeclared-data]"),
                log.lines().toString());
        assertTrue(
                log.lines()
                        .contains("[WARNING] The code does not keep the policy: 1 error, 0 warnings; the build goes on "
                                + "because failOnViolation is false"),
                log.lines().toString());
    }

    @Test
    void dependencyJarsAreScannedWhenGiven() throws Exception {
        compile(Map.of(
                "android/telephony/TelephonyManager.java",
                TELEPHONY,
                "com/example/shop/Signup.java",
                SIGNUP,
                "com/example/shop/Register.java",
                """
				package com.example.shop;

				public class Register {
					String form(android.telephony.TelephonyManager telephony) {
						return new Signup().prefillPhone(telephony);
					}
				}
				"""));
        Path signup = classes.resolve("com/example/shop/Signup.class");
        Path jar = project.resolve("lib/signup.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/shop/Signup.class"));
            out.write(Files.readAllBytes(signup));
            out.closeEntry();
        }
        Files.delete(signup);
        gate(request(true, false, List.of()), new RecordingLog());

        assertThrows(PledgeBuildException.class, () -> gate(request(true, false, List.of(jar)), log));
        assertTrue(
                logged("[ERROR] ", "[undeclared-data]\n    in com.example.shop.Signup.prefillPhone"),
                log.lines().toString());

        // without the application code that calls it, the read in the dependency is unreachable: no error
        Files.delete(classes.resolve("com/example/shop/Register.class"));
        RecordingLog unreachable = new RecordingLog();
        gate(request(true, false, List.of(jar)), unreachable);
        assertTrue(
                unreachable.lines().stream()
                        .anyMatch(l -> l.startsWith("[INFO] Scanned ")
                                && l.endsWith(": 0 errors, 0 warnings; 1 in unreachable dependency code.")),
                unreachable.lines().toString());
    }

    @Test
    void corruptClassFailsClosedEvenWithoutFailOnViolation() throws Exception {
        compile(Map.of(
                "android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/FraudCheck.java", FRAUD_CHECK));
        Path corrupt = classes.resolve("com/example/shop/Truncated.class");
        try (OutputStream out = Files.newOutputStream(corrupt)) {
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 0x41, 0, 0x1A});
        }

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(false, false, List.of()), log));

        assertEquals(
                "cannot read 1 class file or jar, so the code cannot be checked: the check fails closed; rebuild, or "
                        + "remove the file (see the lines above and target/pledge/pledge.sarif)",
                e.getMessage());
        assertTrue(logged("[ERROR] ", "[unreadable-class]"), log.lines().toString());
    }

    @Test
    void corruptDependencyJarFailsClosed() throws Exception {
        compile(Map.of(
                "android/telephony/TelephonyManager.java", TELEPHONY, "com/example/shop/FraudCheck.java", FRAUD_CHECK));
        Path jar = Files.createDirectories(project.resolve("lib")).resolve("broken.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 0x14, 0, 0, 0});

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(false, false, List.of(jar)), log));

        assertTrue(
                e.getMessage().startsWith("cannot read 1 class file or jar, so the code cannot be checked"),
                e.getMessage());
        assertTrue(
                logged("[ERROR] lib/broken.jar", "[unreadable-class]"),
                log.lines().toString());
    }

    @Test
    void policyWithErrorsFailsBeforeScanningAndStillWritesSarif() throws Exception {
        Files.writeString(
                policy.resolve("shop.pledge"), GenerationTest.shopPolicy().replace("uses imei\n", "uses imie\n"));

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(true, false, List.of()), log));

        assertEquals("the policy has 1 error: fix the lines above and build again", e.getMessage());
        assertFalse(logged("[INFO] Scanned", ""));
        assertTrue(
                Files.readString(project.resolve("target/pledge/pledge.sarif")).contains("unresolved-name"));
    }

    @Test
    void strictFailsOnPolicyWarnings() throws Exception {
        Files.writeString(policy.resolve("extra.pledge"), "category extra \"Extra\" { data email \"Email\" }\n");

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(true, true, List.of()), log));

        assertEquals(
                "the policy has 1 warning and strict is on: fix the lines above, or set <strict>false</strict>",
                e.getMessage());
        assertTrue(
                logged("[WARNING] src/main/pledge/extra.pledge:", "[unused-data]"),
                log.lines().toString());
    }

    @Test
    void withoutClassesOnlyThePolicyIsChecked() throws Exception {
        gate(request(true, false, List.of()), log);

        assertTrue(
                log.lines().contains("[INFO] No compiled classes in target/classes: only the policy is checked"),
                log.lines().toString());
    }

    @Test
    void missingPolicyFailsClosed() throws IOException {
        Files.delete(policy.resolve("shop.pledge"));
        Files.delete(policy);

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> gate(request(false, false, List.of()), log));

        assertEquals(
                "policy src/main/pledge does not exist: write the policy there, or set <policy> (property pledge.policy) "
                        + "to its file or folder",
                e.getMessage());
        assertFalse(Files.exists(project.resolve("target/pledge/pledge.sarif")));
    }
}
