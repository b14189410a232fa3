// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code target/pledge.jar} run as users run it, in its own JVM: the manifest version,
 * nothing but the report on the console (no logging noise from the libraries inside), and no stack
 * trace even when the JVM runs out of memory. Runs in {@code verify}, after {@code package}.
 */
class PledgeJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("pledge.jar", "target/pledge.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " not built: run mvn verify, which packages it first");
    }

    record Result(int exit, List<String> out, List<String> err) {}

    @Test
    void versionComesFromTheManifest() throws Exception {
        Result result = java(List.of(), "--version");

        assertEquals(new Result(0, List.of("pledge " + System.getProperty("pledge.version")), List.of()), result);
    }

    @Test
    void cleanAndBrokenPoliciesGiveOnlyReportLines() throws Exception {
        Path clean = Policies.write(dir.resolve("clean/shop.pledge"), Policies.CLEAN);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.createFile(broken.resolve("a-empty.pledge"));
        byte[] garbage = new byte[1 << 20];
        new Random(11).nextBytes(garbage);
        Files.write(broken.resolve("b-garbage.pledge"), garbage);
        Policies.write(
                broken.resolve("c-unterminated.pledge"), "policy shop \"Shop privacy notice {\n  version 1\n}\n");

        assertEquals(
                new Result(0, List.of("Checked 1 file: 0 errors, 0 warnings."), List.of()),
                java(List.of(), "check", clean.toString()));

        Result result = java(List.of(), "check", "--quiet", broken.toString());
        assertEquals(1, result.exit());
        assertEquals(List.of(), result.err());
        assertEquals(
                List.of(
                        broken.resolve("a-empty.pledge") + ":1:1: error:",
                        broken.resolve("b-garbage.pledge") + ":1:1: error:",
                        broken.resolve("c-unterminated.pledge") + ":1:13: error:",
                        "Checked 3 files: 3 errors, 0 warnings."),
                result.out().stream()
                        .map(l -> l.replaceFirst("(: error:).*", "$1"))
                        .toList());

        Result missing = java(List.of(), "check", dir.resolve("missing.pledge").toString());
        assertEquals(
                new Result(
                        2,
                        List.of(),
                        List.of("pledge: error: " + dir.resolve("missing.pledge") + ": no such file or folder")),
                missing);
    }

    /**
     * A large policy (just under the 16 MB a file may have) in a small heap: one line and exit 2,
     * not a JVM crash. Its model is far larger than the text, so the check runs out of memory.
     */
    @Test
    void outOfMemoryIsOneLine() throws Exception {
        Path huge = dir.resolve("huge.pledge");
        String line = "category c \"C\" { data d \"D\" }\n";
        Files.writeString(huge, line.repeat((15 << 20) / line.length()), StandardCharsets.UTF_8);

        Result result = java(List.of("-Xmx64m"), "check", huge.toString());

        assertEquals(
                new Result(
                        2,
                        List.of(),
                        List.of("pledge: error: out of memory while checking: is a policy file far too large? "
                                + "(to give Java more memory: PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command)")),
                result);
    }

    /**
     * Too little memory to load the policy, in whichever command and wherever it runs out (setting up the command,
     * building Xtext's injector, where Guice and Guava wrap the error in one of theirs, or parsing): the same one
     * line and exit 2, never Java's trace and exit 1 (which would read as findings), and no output folder left.
     */
    @Test
    void runningOutOfMemoryAnywhereIsOneLine() throws Exception {
        Path policy = Policies.write(dir.resolve("clean/shop.pledge"), Policies.CLEAN);
        Path out = dir.resolve("out");
        List<List<String>> runs = List.of(
                List.of("-Xmx6m", "notice", "--out", out.toString(), policy.toString()),
                List.of("-Xmx8m", "scan", "--policy", policy.toString(), jar.toString()),
                List.of("-Xmx10m", "scan", "--policy", policy.toString(), jar.toString()),
                List.of("-Xmx10m", "generate", "java", "--package", "a.b", "--out", out.toString(), policy.toString()));
        for (List<String> run : runs) {
            Result result = java(run.subList(0, 1), run.subList(1, run.size()).toArray(String[]::new));

            assertEquals(2, result.exit(), run + ": " + result);
            assertEquals(List.of(), result.out(), run + ": " + result);
            assertEquals(1, result.err().size(), run + ": " + result);
            assertTrue(
                    result.err()
                            .get(0)
                            .matches("pledge: error: out of memory: Java may use \\d+ MiB here; give it more"
                                    + " \\(PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command\\)"),
                    run + ": " + result);
            assertTrue(Files.notExists(out), run + ": left " + out);
        }
    }

    /**
     * A scan that needs more memory than Java may use (pledge.jar itself, in 16 MiB: enough to load the policy, as 12
     * MiB is; with 48 MiB the scan took 30 s of collections to run out): one line saying how to give more.
     */
    @Test
    void aScanOutOfMemoryIsOneLineSayingHowToGiveMore() throws Exception {
        Path policy = Policies.write(dir.resolve("clean/shop.pledge"), Policies.CLEAN);

        Result result = java(List.of("-Xmx16m"), "scan", "--policy", policy.toString(), jar.toString());

        assertEquals(2, result.exit(), result.toString());
        assertEquals(List.of(), result.out());
        assertEquals(1, result.err().size(), result.err().toString());
        assertTrue(
                result.err().get(0).startsWith("pledge: error: out of memory: the scan needed more than the ")
                        && result.err()
                                .get(0)
                                .endsWith(
                                        " MiB Java may use here; give it more"
                                                + " (PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command, MAVEN_OPTS=-Xmx4g for Maven)"),
                result.err().get(0));
    }

    @Test
    void theLauncherReportsWhatTheJarReportsFromItsClassDataArchive() throws Exception {
        Path launcher = jar.resolveSibling("pledge");
        assertTrue(Files.isExecutable(launcher), launcher + " not built");
        assertTrue(Files.isRegularFile(jar.resolveSibling("pledge.jsa")), "pledge.jsa not built");
        String example = Path.of("..", "examples", "xiaomi", "2021").toString();
        Result expected = java(List.of(), "check", example);

        assertEquals(
                1,
                expected.out().stream()
                        .filter(l -> l.startsWith("Checked 5 files"))
                        .count(),
                expected.out().toString());
        assertEquals(expected, run(List.of(launcher.toString(), "check", example), ""));
        // -Xshare:on makes the JVM fail instead of skipping an archive it cannot use
        assertEquals(expected, run(List.of(launcher.toString(), "check", example), "-Xshare:on"));
    }

    @Test
    void theLauncherSkipsAnArchiveItCannotUseSilently() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("bin"));
        Files.copy(jar, copy.resolve("pledge.jar"));
        Files.copy(jar.resolveSibling("pledge"), copy.resolve("pledge"));
        Files.writeString(copy.resolve("pledge.jsa"), "not an archive");
        Path clean = Policies.write(dir.resolve("clean/shop.pledge"), Policies.CLEAN);

        assertEquals(
                new Result(0, List.of("Checked 1 file: 0 errors, 0 warnings."), List.of()),
                run(List.of(copy.resolve("pledge").toString(), "check", clean.toString()), ""));
    }

    /** The launcher sizes the heap and picks the collector, and the user's own options still work. */
    @Test
    void theLauncherLeavesTheHeapAndCollectorToTheUsersOptions() throws Exception {
        Path launcher = jar.resolveSibling("pledge");
        Path clean = Policies.write(dir.resolve("clean/shop.pledge"), Policies.CLEAN);
        Result checked = new Result(0, List.of("Checked 1 file: 0 errors, 0 warnings."), List.of());
        List<String> check = List.of(launcher.toString(), "check", clean.toString());

        // smaller than the launcher's initial heap on most machines: an -Xms of the launcher's would stop Java; its
        // share of the memory is capped by the user's maximum instead (and a second collector would stop Java too)
        assertEquals(checked, run(check, "-Xmx256m"));
        assertEquals(checked, run(check, "-XX:MaxHeapSize=256m"));
        assertEquals(checked, run(check, "-XX:+UseSerialGC"));
        assertEquals(checked, run(check, "-XX:+UseG1GC -Xmx300m"));
        // the user's young generation replaces the launcher's share of the heap for it, without a warning
        assertEquals(checked, run(check, "-Xmn64m -Xmx128m"));
        Result tool = run(check, null, Map.of("JAVA_TOOL_OPTIONS", "-Xmx256m"));
        assertEquals(0, tool.exit(), tool.toString());
        assertEquals(checked.out(), tool.out());
    }

    private Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return run(command, null);
    }

    /** Runs a command; {@code javaOptions} is the launcher's {@code PLEDGE_JAVA_OPTS}, null to leave it unset. */
    private Result run(List<String> command, String javaOptions) throws IOException, InterruptedException {
        return run(command, javaOptions, Map.of());
    }

    /** Runs a command with more variables in its environment. */
    private Result run(List<String> command, String javaOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("PLEDGE_DEBUG");
        builder.environment().remove("PLEDGE_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (javaOptions != null) {
            builder.environment().put("PLEDGE_JAVA_OPTS", javaOptions);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(
                process.exitValue(),
                Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }
}
