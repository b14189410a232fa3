// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output} replaces the report whole or not at all, and leaves no temporary file behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.sarif");

        AtomicFiles.write(target, "{}\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("{}\n", Files.readString(target));
        assertEquals(List.of("report.sarif"), names(dir));
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Path target = Files.writeString(dir.resolve("report.sarif"), "old report, longer than the new one\n");

        AtomicFiles.write(target, "new\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("report.sarif"), names(dir));
    }

    @Test
    void failureHalfWayKeepsTheOldReportAndRemovesTheTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.sarif"), "old report\n");

        IOException thrown = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(target, out -> {
                    out.write("{ \"half\": ".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));

        assertEquals(target + ": cannot write: no space left on device", thrown.getMessage());
        assertEquals("old report\n", Files.readString(target));
        assertEquals(List.of("report.sarif"), names(dir));
    }

    @Test
    void failedCheckRunKeepsTheOldReport() throws IOException {
        Path target = Files.writeString(dir.resolve("report.sarif"), "old report\n");

        Run run = pledge(
                "check",
                "--format",
                "sarif",
                "-o",
                target.toString(),
                dir.resolve("missing.pledge").toString());

        assertEquals(2, run.exit());
        assertEquals("old report\n", Files.readString(target));
        assertEquals(List.of("report.sarif"), names(dir));
    }

    @Test
    void unwritableFolderKeepsTheOldReport() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Path target = Files.writeString(folder.resolve("report.sarif"), "old report\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(folder), "running as root: permissions do not stop writing");

        IOException thrown = assertThrows(
                IOException.class, () -> AtomicFiles.write(target, "new\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(target + ": cannot write in folder " + folder + ": permission denied", thrown.getMessage());
        assertEquals("old report\n", Files.readString(target));
        assertEquals(List.of("report.sarif"), names(folder));
    }

    /** {@code Files.createTempFile} would make the report readable by its owner only. */
    @Test
    void reportGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("report.sarif");

        AtomicFiles.write(target, new byte[0]);

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void missingFolderIsNamedAsTheUserGaveIt() {
        Path relative =
                Path.of("target", "no-such-folder-" + ProcessHandle.current().pid(), "report.sarif");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(relative, new byte[0]));

        assertEquals(
                relative + ": cannot write: folder " + relative.getParent()
                        + " does not exist: create it first, or name a file in an existing folder",
                thrown.getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
