// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/notice/}; with
 * {@code -Dpledge.updateGolden=true} writes the golden file instead.
 */
final class GoldenFiles {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden", "notice");
    static final String UPDATE = "pledge.updateGolden";
    private static final String REGENERATE = "if the change is intended, regenerate with"
            + " `mvn -q -B -o -pl generator test -Dtest=NoticeGoldenTest -D" + UPDATE + "=true` and review `git diff`";

    private GoldenFiles() {}

    static void assertMatches(String name, String actual) {
        Path file = FOLDER.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(FOLDER);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.isRegularFile(file), () -> "no golden file " + file.toAbsolutePath() + ": " + REGENERATE);
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail(name + " differs from its golden file " + file + ":\n" + firstDifference(expected, actual) + "\n"
                        + REGENERATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where two texts first differ, line by line, and how many lines differ. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int first = -1;
        int differing = 0;
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String a = i < want.length ? want[i] : null;
            String b = i < got.length ? got[i] : null;
            if (a == null || !a.equals(b)) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        return "first difference at line " + (first + 1) + " (" + differing + " of " + Math.max(want.length, got.length)
                + " lines differ)\n  expected: " + line(want, first) + "\n  actual:   " + line(got, first);
    }

    private static String line(String[] lines, int index) {
        if (index >= lines.length) {
            return "(end of file)";
        }
        String line = lines[index];
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
