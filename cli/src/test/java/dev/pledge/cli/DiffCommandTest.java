// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge diff}: exit codes, outputs, files. */
class DiffCommandTest {

    private static final Path XIAOMI_2015 = Path.of("..", "examples", "xiaomi", "2015");
    private static final Path XIAOMI_2021 = Path.of("..", "examples", "xiaomi", "2021");

    @TempDir
    Path dir;

    @Test
    void xiaomi2015To2021() {
        Cli.Run run = Cli.pledge("diff", XIAOMI_2015.toString(), XIAOMI_2021.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(
                run.outLines().get(0).startsWith("Policy diff: xiaomi-2015 (2015-09-06) -> xiaomi ("),
                run.outLines().get(0));
        assertTrue(run.out().contains("\nFresh consent needed ("), run.out());
        assertTrue(run.out().contains("third party `appsflyer` (AppsFlyer) added"), run.out());
        assertTrue(run.out()
                .contains("purpose `personalised-content` legal basis changed from legitimate-interest to consent"));
    }

    @Test
    void noChangesIsStillSuccess() {
        Cli.Run run = Cli.pledge(
                "diff",
                XIAOMI_2015.toString(),
                XIAOMI_2015.resolve("xiaomi-2015.pledge").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("Policy diff: xiaomi-2015 (2015-09-06) -> xiaomi-2015 (2015-09-06)\nNo changes.\n", run.out());
    }

    @Test
    void jsonToAFile() throws IOException {
        Path file = dir.resolve("diff.json");
        Cli.Run run = Cli.pledge(
                "diff", "--format", "json", "-o", file.toString(), XIAOMI_2015.toString(), XIAOMI_2021.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(
                run.err().matches("\\d+ changes, \\d+ purposes need fresh consent: written to .*diff\\.json\\.\\n"),
                run.err());
        String json = Files.readString(file);
        assertTrue(
                json.startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"before\": {\n    \"policy\": \"xiaomi-2015\""),
                json);
        assertTrue(json.contains("\"kind\": \"party-added\",\n      \"subject\": \"appsflyer\""));
    }

    @Test
    void oldWithErrorsIsExit1() throws IOException {
        Path broken = dir.resolve("broken.pledge");
        Files.writeString(
                broken, "policy shop \"Shop\" { version \"1\" }\npurpose orders \"Orders\" { uses nothing-here }\n");
        Cli.Run run = Cli.pledge("diff", broken.toString(), XIAOMI_2021.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("[unresolved-name]"), run.err());
        assertTrue(run.err().strip().endsWith("Nothing compared (OLD has errors): fix the errors first."), run.err());
    }

    @Test
    void helpSaysAChangedPolicyIsStillExitZero() {
        Cli.Run run = Cli.pledge("diff", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: pledge diff [-hV] [--format=FORMAT] [-o=FILE] OLD NEW"), run.out());
        assertTrue(run.out().contains("  0   compared (with or without changes)\n"), run.out());
    }

    @Test
    void usageErrors() {
        Cli.Run missing =
                Cli.pledge("diff", XIAOMI_2015.toString(), dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("pledge: error: "), missing.err());
        missing.assertNoStackTrace();

        Cli.Run several = Cli.pledge("diff", Path.of("..", "examples", "xiaomi").toString(), XIAOMI_2021.toString());
        assertEquals(2, several.exit());
        assertTrue(several.err().contains("give OLD and NEW as files or folders of one policy each"), several.err());

        Cli.Run oneArgument = Cli.pledge("diff", XIAOMI_2015.toString());
        assertEquals(2, oneArgument.exit());

        Cli.Run badFormat = Cli.pledge("diff", "--format", "xml", XIAOMI_2015.toString(), XIAOMI_2021.toString());
        assertEquals(2, badFormat.exit());
    }
}
