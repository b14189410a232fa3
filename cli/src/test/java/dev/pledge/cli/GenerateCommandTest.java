// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge generate java}: exit codes, what it prints, what it writes. */
class GenerateCommandTest {

    private static final Path XIAOMI = Path.of("..", "examples", "xiaomi", "2021");

    private static final List<String> FILES = List.of(
            "DataCategory.java",
            "DataItem.java",
            "Purpose.java",
            "ThirdParty.java",
            "Right.java",
            "Region.java",
            "PersonalData.java",
            "PolicyValues.java");

    @TempDir
    Path dir;

    @Test
    void generatesTheXiaomiApi() throws IOException {
        Path out = dir.resolve("generated");
        Cli.Run run = Cli.pledge(
                "generate", "java", "--package", "com.example.privacy", "--out", out.toString(), XIAOMI.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertEquals(11, lines.size(), run.out());
        Path folder = out.resolve("com/example/privacy");
        for (int i = 0; i < FILES.size(); i++) {
            assertEquals(Cli.shown(folder.resolve(FILES.get(i))), lines.get(i));
            assertTrue(Files.isRegularFile(folder.resolve(FILES.get(i))));
        }
        assertEquals(Cli.shown(folder.resolve("XiaomiConsent.java")), lines.get(8));
        assertEquals(Cli.shown(folder.resolve("XiaomiLedger.java")), lines.get(9));
        assertEquals(
                "Generated 10 Java files for policy xiaomi (version 2021-01-15) in package com.example.privacy.",
                lines.get(10));
        assertTrue(Files.readString(folder.resolve("Purpose.java"))
                .contains("public enum Purpose implements PurposeSpec"));
    }

    @Test
    void policyErrorsArePrintedAndNothingIsGenerated() throws IOException {
        Path policy = Files.writeString(dir.resolve("bad.pledge"), """
				policy bad "Bad" { version "1" }
				purpose p "P" { uses nothing }
				""");
        Path out = dir.resolve("generated");
        Cli.Run run =
                Cli.pledge("generate", "java", "--package", "com.example", "--out", out.toString(), policy.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.errLines().stream().anyMatch(l -> l.endsWith("[unresolved-name]")), run.err());
        assertTrue(
                run.errLines().get(run.errLines().size() - 1).endsWith("Nothing generated: fix the errors first."),
                run.err());
        assertFalse(Files.exists(out));
        run.assertNoStackTrace();
    }

    @Test
    void anInvalidPackageIsAUsageError() {
        Cli.Run run =
                Cli.pledge("generate", "java", "--package", "com.class.x", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(2, run.exit());
        assertEquals(
                List.of("pledge: error: 'com.class.x' is not a valid Java package name: write dot-separated"
                        + " identifiers that are not Java keywords, e.g. com.example.privacy"),
                run.errLines());
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        Cli.Run run =
                Cli.pledge("generate", "java", "--package", "com.example", "--out", file.toString(), XIAOMI.toString());
        assertEquals(2, run.exit());
        assertEquals(
                List.of("pledge: error: output folder " + file
                        + " is a file: name a folder (it is created if missing)"),
                run.errLines());
    }

    @Test
    void missingOptionsAndFilesAreUsageErrors() {
        Cli.Run noPackage = Cli.pledge("generate", "java", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(2, noPackage.exit());
        assertTrue(
                noPackage.err().startsWith("pledge: error: ") && noPackage.err().contains("'--package=PACKAGE'"),
                noPackage.err());
        Cli.Run noFile = Cli.pledge(
                "generate",
                "java",
                "--package",
                "com.example",
                "--out",
                dir.toString(),
                dir.resolve("missing.pledge").toString());
        assertEquals(2, noFile.exit());
        assertEquals(
                List.of("pledge: error: " + dir.resolve("missing.pledge") + ": no such file or folder"),
                noFile.errLines());
    }

    @Test
    void severalPoliciesNeedToBeNamed() throws IOException {
        Files.writeString(dir.resolve("a.pledge"), "policy a \"A\" { version \"1\" }\nregion r \"R\" { }\n");
        Files.writeString(dir.resolve("b.pledge"), "policy b \"B\" { version \"1\" }\nregion s \"S\" { }\n");
        Path out = dir.resolve("generated");
        Cli.Run both =
                Cli.pledge("generate", "java", "--package", "com.example", "--out", out.toString(), dir.toString());
        assertEquals(2, both.exit());
        assertEquals(
                List.of(
                        "pledge: error: the files declare several policies (a, b): choose one by name with --policy-id NAME"),
                both.errLines());
        Cli.Run named = Cli.pledge(
                "generate",
                "java",
                "--package",
                "com.example",
                "--policy-id",
                "b",
                "--out",
                out.toString(),
                dir.toString());
        assertEquals(0, named.exit(), named.err());
        assertTrue(Files.isRegularFile(out.resolve("com/example/BConsent.java")));
        Cli.Run asBefore = Cli.pledge(
                "generate",
                "java",
                "--package",
                "com.example",
                "--policy",
                "a",
                "--out",
                out.toString(),
                dir.toString());
        assertEquals(0, asBefore.exit(), "--policy NAME still names the policy: " + asBefore.err());
        assertTrue(Files.isRegularFile(out.resolve("com/example/AConsent.java")));
    }
}
