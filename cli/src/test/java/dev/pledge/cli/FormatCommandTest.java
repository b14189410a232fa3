// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static dev.pledge.cli.Cli.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge format}: rewrites files whole, keeps what it cannot format, and checks for CI. */
class FormatCommandTest {

    static final String UNFORMATTED = "purpose orders \"Orders\" { basis contract\n\tuses email }\n";
    static final String FORMATTED = "purpose orders \"Orders\" {\n  basis contract\n  uses email\n}\n";

    @TempDir
    Path dir;

    @Test
    void rewritesFilesThatChangeListsThemAndLeavesFormattedFilesAlone() throws IOException {
        Path messy = write("policy/a.pledge", UNFORMATTED);
        Path tidy = write("policy/sub/b.pledge", FORMATTED);
        Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-rw-r--"));
        long tidyModified = Files.getLastModifiedTime(tidy).toMillis();

        Run run = pledge("format", dir.resolve("policy").toString());

        run.assertNoStackTrace();
        assertEquals(0, run.exit(), run::err);
        assertEquals(List.of(shown(messy)), run.outLines());
        assertEquals(List.of("Formatted 2 files: 1 rewritten, 1 already formatted."), run.errLines());
        assertEquals(FORMATTED, Files.readString(messy, StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(messy)));
        assertEquals(tidyModified, Files.getLastModifiedTime(tidy).toMillis(), "a formatted file is not rewritten");
        try (var left = Files.list(messy.getParent())) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }

        Run again = pledge("format", dir.resolve("policy").toString());
        assertEquals(0, again.exit());
        assertEquals(List.of(), again.outLines());
    }

    @Test
    void checkListsUnformattedFilesWritesNothingAndExitsOne() throws IOException {
        Path messy = write("a.pledge", UNFORMATTED);
        write("b.pledge", FORMATTED);

        Run run = pledge("format", "--check", dir.toString());

        run.assertNoStackTrace();
        assertEquals(1, run.exit());
        assertEquals(List.of(shown(messy)), run.outLines());
        assertEquals(
                List.of("Checked 2 files: 1 not formatted (run `pledge format` on them to format them)."),
                run.errLines());
        assertEquals(UNFORMATTED, Files.readString(messy, StandardCharsets.UTF_8));

        Files.writeString(messy, FORMATTED, StandardCharsets.UTF_8);
        Run clean = pledge("format", "--check", dir.toString());
        assertEquals(0, clean.exit(), clean::err);
        assertEquals(List.of("Checked 2 files: all formatted."), clean.errLines());
    }

    @Test
    void aFileWithSyntaxErrorsIsReportedAndLeftAsItIs() throws IOException {
        String broken = "purpose orders \"Orders\" {   basis }\n";
        Path file = write("broken.pledge", broken);
        Path messy = write("messy.pledge", UNFORMATTED);

        Run run = pledge("format", dir.toString());

        run.assertNoStackTrace();
        assertEquals(1, run.exit());
        assertEquals(broken, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(FORMATTED, Files.readString(messy, StandardCharsets.UTF_8), "the other files are formatted");
        assertTrue(run.errLines().get(0).startsWith(shown(file) + ":1:"), run::err);
        assertTrue(run.errLines().get(0).endsWith("[syntax]"), run::err);
        assertTrue(
                run.err().contains("1 file was not formatted because of the errors above: fix them first."), run::err);
    }

    @Test
    void aSymbolicLinkStaysALinkToTheFormattedFile() throws IOException {
        Path target = write("real.pledge", UNFORMATTED);
        Path link = Files.createSymbolicLink(dir.resolve("link.pledge"), target.getFileName());

        Run run = pledge("format", link.toString());

        assertEquals(0, run.exit(), run::err);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(FORMATTED, Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void missingFileIsAUsageError() {
        Run run = pledge("format", dir.resolve("nothing.pledge").toString());

        run.assertNoStackTrace();
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("pledge: error: "), run::err);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
