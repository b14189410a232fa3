// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static dev.pledge.cli.Cli.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.cli.Cli.Run;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge check} on policies that load: the console report, the summary and the exit code. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void tempDirIsOutsideTheWorkingFolder() {
        // the expected lines below name files by absolute path, as pledge does for files outside "."
        assertFalse(
                dir.toAbsolutePath().startsWith(Path.of("").toAbsolutePath()), "temp dir is below the working folder");
    }

    @Test
    void cleanPolicyPrintsOnlyTheSummaryAndExitsZero() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);

        Run run = pledge("check", policy.toString());

        assertEquals(List.of("Checked 1 file: 0 errors, 0 warnings."), run.outLines());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
    }

    @Test
    void errorAndWarningArePrintedAsCompilerLinesInFileOrderThenTheSummary() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);

        Run run = pledge("check", policy.toString());

        assertEquals(
                List.of(
                        shown(policy) + Policies.UNUSED_DATA_LINE,
                        shown(policy) + Policies.MISSING_BASIS_LINE,
                        "Checked 1 file: 1 error, 1 warning."),
                run.outLines());
        assertEquals("", run.err());
        assertEquals(1, run.exit());
    }

    @Test
    void warningsAloneDoNotFail() throws IOException {
        Path policy = Policies.write(
                dir.resolve("shop.pledge"),
                Policies.CLEAN.replace(
                        "data email-address \"Email address\"",
                        "data email-address \"Email address\"\n  data phone \"Phone\""));

        Run run = pledge("check", policy.toString());

        assertEquals(
                List.of(
                        shown(policy) + ":21:8: warning: data item 'phone' is used by no purpose: "
                                + "add it to the `uses` of the purpose that needs it, or delete it [unused-data]",
                        "Checked 1 file: 0 errors, 1 warning."),
                run.outLines());
        assertEquals(0, run.exit());
    }

    @Test
    void quietPrintsOnlyErrorsAndTheSummary() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);

        for (String quiet : List.of("-q", "--quiet")) {
            Run run = pledge("check", quiet, policy.toString());

            assertEquals(
                    List.of(shown(policy) + Policies.MISSING_BASIS_LINE, "Checked 1 file: 1 error, 1 warning."),
                    run.outLines(),
                    quiet);
            assertEquals(1, run.exit());
        }
    }

    @Test
    void folderIsSearchedRecursivelyAndFilesAreReportedInPathOrder() throws IOException {
        // two policies of their own: one policy name in two files of one run would be a duplicate-policy error
        Path b = Policies.write(
                dir.resolve("policies/b/shop.pledge"),
                Policies.ERROR_AND_WARNING.replace("policy shop \"", "policy shop-b \""));
        Path a = Policies.write(dir.resolve("policies/a/shop.pledge"), Policies.ERROR_AND_WARNING);
        Policies.write(dir.resolve("policies/notes.txt"), "not a policy");

        Run run = pledge("check", dir.resolve("policies").toString());

        assertEquals(
                List.of(
                        shown(a) + Policies.UNUSED_DATA_LINE,
                        shown(a) + Policies.MISSING_BASIS_LINE,
                        shown(b) + Policies.UNUSED_DATA_LINE,
                        shown(b) + Policies.MISSING_BASIS_LINE,
                        "Checked 2 files: 2 errors, 2 warnings."),
                run.outLines());
        assertEquals(1, run.exit());
    }

    @Test
    void aFileNamedTwiceIsCheckedOnce() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);

        Run run = pledge("check", policy.toString(), dir.toString(), policy.toString());

        assertEquals(List.of("Checked 1 file: 0 errors, 0 warnings."), run.outLines());
        assertEquals(0, run.exit());
    }

    @Test
    void textReportToFileKeepsTheSummaryOnTheConsole() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);
        Path report = dir.resolve("report.txt");

        Run run = pledge("check", "--output", report.toString(), policy.toString());

        assertEquals(
                List.of(
                        shown(policy) + Policies.UNUSED_DATA_LINE,
                        shown(policy) + Policies.MISSING_BASIS_LINE,
                        "Checked 1 file: 1 error, 1 warning."),
                Files.readAllLines(report));
        assertEquals(List.of("Checked 1 file: 1 error, 1 warning."), run.outLines());
        assertEquals("", run.err());
        assertEquals(1, run.exit());
    }

    @Test
    void consoleThatCannotBeWrittenIsAnIoProblem() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void close() {}

            @Override
            public String toString() {
                return "";
            }
        };

        Run run = Cli.pledge(broken, "check", policy.toString());

        assertEquals(List.of("pledge: error: cannot write to standard output"), run.errLines());
        assertEquals(2, run.exit());
    }

    @Test
    void summaryCountsEveryFileLoadedIncludingImports() throws IOException {
        Policies.write(dir.resolve("shared.pledge"), """
				category account "Account data" {
				  data email-address "Email address"
				}
				""");
        Path policy = Policies.write(
                dir.resolve("shop.pledge"), "import \"shared.pledge\"\n" + Policies.CLEAN.replace("""
						category account "Account data" {
						  data email-address "Email address"
						}
						""", ""));

        Run run = pledge("check", policy.toString());

        assertEquals(List.of("Checked 2 files: 0 errors, 0 warnings."), run.outLines());
        assertTrue(run.err().isEmpty(), run.err());
        assertEquals(0, run.exit());
    }
}
