// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static dev.pledge.cli.Cli.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pledge.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not a good policy, or output that cannot be written: never a stack trace, always a
 * non-zero exit. Broken policy text is a finding on standard output (exit 1); a file or folder that
 * cannot be used is one {@code pledge: error:} line on standard error (exit 2).
 */
class BadInputTest {

    private static final int ONE_MB = 1 << 20;

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- broken policy text: findings, exit 1

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.pledge"));

        Run run = pledge("check", file.toString());

        assertSingleFinding(run, file, 1, 1, "error", "empty-file");
    }

    @Test
    void whitespaceAndCommentsOnlyIsEmptyToo() throws IOException {
        Path file = Policies.write(dir.resolve("blank.pledge"), "\n\n   \t\n// nothing yet\n/* still nothing */\n");

        Run run = pledge("check", file.toString());

        assertSingleFinding(run, file, 1, 1, "error", "empty-file");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("image.pledge"), bytes);

        Run run = pledge("check", file.toString());

        assertSingleFinding(run, file, 1, 1, "error", "not-text");
    }

    @Test
    void textWithNulBytesIsBinary() throws IOException {
        Path file = Files.write(dir.resolve("nul.pledge"), "policy p \"t\" {\0}".getBytes(StandardCharsets.UTF_8));

        Run run = pledge("check", file.toString());

        assertSingleFinding(run, file, 1, 1, "error", "not-text");
    }

    @Test
    void oneMegabyteOfRandomBytes() throws IOException {
        byte[] bytes = new byte[ONE_MB];
        new Random(20240917).nextBytes(bytes);
        Path file = Files.write(dir.resolve("garbage.pledge"), bytes);

        Run run = pledge("check", file.toString());

        assertSingleFinding(run, file, 1, 1, "error", "not-text");
    }

    @Test
    void oneMegabyteOfRandomPrintableText() throws IOException {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(ONE_MB);
        while (text.length() < ONE_MB) {
            text.append(random.nextInt(50) == 0 ? '\n' : (char) (' ' + random.nextInt(95)));
        }
        Path file = Policies.write(dir.resolve("garbage.pledge"), text.toString());

        Run run = pledge("check", file.toString());

        run.assertNoStackTrace();
        assertEquals("", run.err());
        assertEquals(1, run.exit());
        List<String> lines = run.outLines();
        Pattern finding = Pattern.compile(Pattern.quote(shown(file)) + ":\\d+:\\d+: (error|info): \\S.* \\[syntax\\]");
        assertTrue(lines.size() >= 2, "at least one finding and the summary");
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(finding.matcher(line).matches(), line);
        }
        assertTrue(lines.size() <= 1 + 21, "syntax errors are capped per file, got " + lines.size() + " lines");
        assertTrue(
                Pattern.matches("Checked 1 file: [1-9]\\d* errors?, 0 warnings\\.", lines.get(lines.size() - 1)),
                lines.get(lines.size() - 1));
    }

    @Test
    void randomKeywordSoup() throws IOException {
        List<String> words = List.of(
                "policy",
                "purpose",
                "data",
                "category",
                "{",
                "}",
                "\"x\"",
                "uses",
                ",",
                "basis",
                "consent",
                "party",
                "region",
                "in",
                "for",
                "retention",
                "30",
                "days",
                "import",
                "\"missing.pledge\"");
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(8) == 0 ? '\n' : ' ');
        }
        Path file = Policies.write(dir.resolve("soup.pledge"), text.toString());

        Run run = pledge("check", file.toString());

        run.assertNoStackTrace();
        assertEquals("", run.err());
        assertEquals(1, run.exit());
        assertTrue(run.out().endsWith(" warnings.\n") || run.out().endsWith(" warning.\n"), run.out());
    }

    @Test
    void unterminatedString() throws IOException {
        Path title =
                Policies.write(dir.resolve("title.pledge"), "policy shop \"Shop privacy notice {\n  version 1\n}\n");
        Path clause = Policies.write(
                dir.resolve("clause.pledge"), "policy shop \"Shop\" {\n  version \"1.0\n  effective 2024\n}\n");

        assertSingleFinding(pledge("check", title.toString()), title, 1, 13, "error", "syntax");
        assertSingleFinding(pledge("check", clause.toString()), clause, 2, 11, "error", "syntax");
    }

    @Test
    void unknownKeyword() throws IOException {
        Path topLevel = Policies.write(dir.resolve("top.pledge"), "frobnicate shop \"Shop\" { }\n");
        Path inBlock = Policies.write(
                dir.resolve("block.pledge"), "policy shop \"Shop\" {\n  version \"1\"\n  frobnicate \"x\"\n}\n");
        Path misspelt = Policies.write(dir.resolve("typo.pledge"), "purpse orders \"Orders\" { }\n");

        assertSingleFinding(pledge("check", topLevel.toString()), topLevel, 1, 1, "error", "syntax");
        assertSingleFinding(pledge("check", inBlock.toString()), inBlock, 3, 3, "error", "syntax");
        Run typo = pledge("check", misspelt.toString());
        assertSingleFinding(typo, misspelt, 1, 1, "error", "syntax");
        assertTrue(typo.out().contains("did you mean `purpose`?"), typo.out());
    }

    /** A finding is one line, whatever the file is called; no terminal escape gets through. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void fileNamesWithControlCharactersAreEscaped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("odd"));
        Files.createFile(folder.resolve("a\nb.pledge"));
        Files.createFile(folder.resolve("c\u001b[31md.pledge"));

        Run run = pledge("check", folder.toString());

        run.assertNoStackTrace();
        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(shown(folder) + "/a\\nb.pledge:1:1: error: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(shown(folder) + "/c\\u001b[31md.pledge:1:1: error: "), lines.get(1));
        assertEquals("Checked 2 files: 2 errors, 0 warnings.", lines.get(2));
        assertEquals(1, run.exit());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void missingFileWithControlCharactersIsOneLine() {
        Run run = pledge("check", "bad\nname.pledge");

        assertUsageError(run, "bad\\nname.pledge: no such file or folder");
    }

    // ---------------------------------------------------------------- inputs that cannot be used: one line, exit 2

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.pledge");

        Run run = pledge("check", file.toString());

        assertUsageError(run, file + ": no such file or folder");
    }

    @Test
    void missingFileAmongGoodOnesStillFails() throws IOException {
        Path good = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path missing = dir.resolve("missing.pledge");

        Run run = pledge("check", good.toString(), missing.toString());

        assertUsageError(run, missing + ": no such file or folder");
    }

    @Test
    void folderWithoutPolicies() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("docs"));
        Policies.write(folder.resolve("README.md"), "# no policies here\n");

        Run run = pledge("check", folder.toString());

        assertUsageError(
                run,
                folder + ": folder contains no *.pledge files: name a folder with policies, or the files themselves");
    }

    @Test
    void unreadableFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path file = Policies.write(dir.resolve("secret.pledge"), Policies.CLEAN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(
                Files.isReadable(file), "running as root: permissions do not stop reading (see fileThatFailsToRead)");

        Run run = pledge("check", file.toString());

        assertUsageError(run, file + ": file is not readable: check its permissions");
    }

    /** As root no permission stops a read; /proc/self/mem fails on the first read instead. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void fileThatFailsToRead() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "needs /proc");
        Path file = Files.createSymbolicLink(dir.resolve("mem.pledge"), mem);

        Run run;
        try {
            run = pledge("check", file.toString());
        } finally {
            Files.delete(file);
        }

        run.assertNoStackTrace();
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(
                Pattern.matches(
                        "pledge: error: .*mem\\.pledge: cannot read: \\S.*",
                        run.errLines().get(0)),
                run.err());
    }

    // ---------------------------------------------------------------- output that cannot be written: one line, exit 2

    @Test
    void outputInMissingFolderIsNotCreated() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path report = dir.resolve("no/such/folder/report.sarif");

        Run run = pledge("check", "--format", "sarif", "--output", report.toString(), policy.toString());

        assertUsageError(
                run,
                report + ": cannot write: folder " + report.getParent()
                        + " does not exist: create it first, or name a file in an existing folder");
        assertFalse(Files.exists(dir.resolve("no")), "no folder was created");
    }

    @Test
    void outputInUnwritableFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(
                Files.isWritable(folder),
                "running as root: permissions do not stop writing (see outputInSystemFolder)");
        Path report = folder.resolve("report.sarif");

        Run run = pledge("check", "--format", "sarif", "-o", report.toString(), policy.toString());

        assertUsageError(run, report + ": cannot write in folder " + folder + ": permission denied");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    /** As root no permission stops a write; sysfs refuses new files even then. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void outputInSystemFolder() throws IOException {
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys), "needs /sys");
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path report = sys.resolve("pledge-report.sarif");

        Run run = pledge("check", "--format", "sarif", "-o", report.toString(), policy.toString());

        assertUsageError(run, report + ": cannot write in folder /sys: permission denied");
        assertFalse(Files.exists(report));
    }

    @Test
    void outputUnderAFile() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path report = policy.resolve("report.txt");

        Run run = pledge("check", "-o", report.toString(), policy.toString());

        assertUsageError(run, report + ": cannot write: " + policy + " is not a folder");
    }

    @Test
    void outputThatIsAFolder() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Path folder = Files.createDirectories(dir.resolve("reports"));

        Run run = pledge("check", "-o", folder.toString(), policy.toString());

        assertUsageError(run, folder + ": cannot write: it is a folder: name a file");
        assertTrue(Files.isDirectory(folder), "the folder is left alone");
    }

    @Test
    void outputThatIsAPolicyBeingChecked() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);

        Run run = pledge("check", "-o", policy.toString(), dir.toString());

        assertUsageError(run, policy + ": is a policy being checked: name another file for the report");
        assertEquals(Policies.CLEAN, Files.readString(policy), "the policy is not overwritten");
    }

    // ---------------------------------------------------------------- helpers

    /** Exactly one finding, at this position with this severity and rule, then the summary; exit 1. */
    private static void assertSingleFinding(Run run, Path file, int line, int column, String severity, String rule) {
        run.assertNoStackTrace();
        List<String> lines = run.outLines();
        assertEquals(2, lines.size(), run.out());
        String prefix = shown(file) + ":" + line + ":" + column + ": " + severity + ": ";
        String suffix = " [" + rule + "]";
        assertTrue(
                lines.get(0).startsWith(prefix)
                        && lines.get(0).endsWith(suffix)
                        && lines.get(0).length() > prefix.length() + suffix.length() + 10,
                () -> "expected " + prefix + "<message>" + suffix + "\n but was " + lines.get(0));
        assertEquals("Checked 1 file: 1 error, 0 warnings.", lines.get(1));
        assertEquals("", run.err());
        assertEquals(1, run.exit());
    }

    /** Nothing on standard output, one line on standard error, exit 2. */
    private static void assertUsageError(Run run, String message) {
        run.assertNoStackTrace();
        assertEquals(List.of("pledge: error: " + message), run.errLines());
        assertEquals("", run.out());
        assertEquals(2, run.exit());
    }
}
