// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static dev.pledge.cli.Pledge.commandLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.cli.Cli.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line itself: usage, help, version and bad arguments (exit 2, one line). */
class UsageTest {

    private static final List<String> EXIT_CODES = List.of(
            "Exit codes:",
            "  0   success (no errors; warnings allowed)",
            "  1   the policy has errors",
            "  2   usage or I/O problem (bad option, missing file, unwritable output)",
            "  3   internal error (a bug: please report it)");

    @Test
    void noArgumentsPrintsUsageToStandardErrorAndExitsTwo() {
        Run run = pledge();

        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: pledge "), run.err());
        assertTrue(run.errLines().stream().anyMatch(l -> l.matches("\\s+check\\s+Check policies.*")), run.err());
        assertEndsWith(EXIT_CODES, run.errLines());
        assertEquals(2, run.exit());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        for (String help : List.of("--help", "-h")) {
            Run run = pledge(help);

            assertTrue(run.out().startsWith("Usage: pledge "), run.out());
            assertEndsWith(EXIT_CODES, run.outLines());
            assertEquals("", run.err());
            assertEquals(0, run.exit());
        }
    }

    @Test
    void everyCommandHasAOneLineSummaryUnder80Columns() {
        Run run = pledge("--help");
        List<String> lines = run.outLines();
        int commands = lines.indexOf("Commands:");
        int end = lines.indexOf("");
        for (String line : lines.subList(commands + 1, end > commands ? end : lines.size())) {
            // a summary that wraps would continue on an indented line without a command name
            assertTrue(line.matches("  [a-z]+ +\\S.*"), "a wrapped or missing summary: '" + line + "'\n" + run.out());
            assertTrue(line.length() < 80, "over 80 columns: " + line);
        }
        commandLine().getSubcommands().values().forEach(UsageTest::assertSummariesOfEveryLevel);
    }

    private static void assertSummariesOfEveryLevel(picocli.CommandLine command) {
        if (command.getCommandSpec().userObject() instanceof picocli.CommandLine.HelpCommand) {
            return; // picocli's own
        }
        String[] header = command.getCommandSpec().usageMessage().header();
        assertEquals(1, header.length, "one header line for " + command.getCommandName());
        assertTrue(
                header[0].length() <= 66 && !header[0].endsWith("."),
                "a summary fits the command list (66 characters, no full stop): " + header[0]);
        String[] description = command.getCommandSpec().usageMessage().description();
        if (description.length > 1) {
            // each element is a paragraph (picocli wraps it) or a line that fits: a long line broken by hand
            // mid-sentence would be broken again by picocli, leaving a stray short line
            for (String line : description) {
                assertTrue(
                        line.length() < 80 || line.endsWith(".") || line.endsWith(":"),
                        command.getCommandName() + " help line broken mid-sentence over 80 columns: " + line);
            }
        }
        command.getSubcommands().values().forEach(UsageTest::assertSummariesOfEveryLevel);
    }

    @Test
    void checkHelpListsItsOptionsAndExitCodes() {
        for (String[] args : List.of(new String[] {"check", "--help"}, new String[] {"help", "check"})) {
            Run run = pledge(args);

            assertEquals(
                    "Usage: pledge check [-hqV] [--format=FORMAT] [-o=FILE] PATH...",
                    run.outLines().get(0));
            for (String option : List.of("--format=FORMAT", "-o, --output=FILE", "-q, --quiet", "PATH...")) {
                assertTrue(run.out().contains(option), option + " in\n" + run.out());
            }
            assertEndsWith(EXIT_CODES, run.outLines());
            assertEquals(0, run.exit());
        }
    }

    @Test
    void versionOnTheCommandAndOnCheck() {
        for (String[] args :
                List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"check", "--version"})) {
            Run run = pledge(args);

            // from classes the manifest is missing: the jar's version is checked by PledgeJarIT
            assertEquals(List.of("pledge " + Version.DEVELOPMENT), run.outLines(), String.join(" ", args));
            assertEquals("", run.err());
            assertEquals(0, run.exit());
        }
    }

    @Test
    void checkWithoutPaths() {
        assertUsageError(pledge("check"), "missing required parameter: 'PATH' (see 'pledge check --help')");
    }

    @Test
    void unknownOption() {
        assertUsageError(
                pledge("check", "--bogus", "x.pledge"), "unknown option: '--bogus' (see 'pledge check --help')");
    }

    @Test
    void unknownFormat() {
        assertUsageError(
                pledge("check", "--format", "xml", "x.pledge"),
                "invalid value for option '--format': expected one of [text, sarif] (case-sensitive) but was 'xml' "
                        + "(see 'pledge check --help')");
    }

    @Test
    void outputWithoutFile() {
        assertUsageError(
                pledge("check", "x.pledge", "--output"),
                "missing required parameter for option '--output' (FILE) (see 'pledge check --help')");
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        Run run = pledge("chek", "x.pledge");

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("pledge: error: "), run.err());
        assertTrue(run.errLines().get(0).contains("did you mean 'check'"), run.err());
        assertTrue(run.errLines().get(0).endsWith("(see 'pledge --help')"), run.err());
    }

    private static void assertUsageError(Run run, String message) {
        run.assertNoStackTrace();
        assertEquals(List.of("pledge: error: " + message), run.errLines());
        assertEquals("", run.out());
        assertEquals(2, run.exit());
    }

    private static void assertEndsWith(List<String> expected, List<String> lines) {
        assertTrue(lines.size() >= expected.size(), String.join("\n", lines));
        assertEquals(expected, lines.subList(lines.size() - expected.size(), lines.size()));
    }
}
