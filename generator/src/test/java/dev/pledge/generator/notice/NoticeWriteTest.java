// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing notices to a folder: deterministic names, whole files or none, nothing left behind. */
class NoticeWriteTest {

    private final NoticeGenerator generator = new NoticeGenerator();

    @Test
    void writesOneFilePerLanguageAndFormatWithTheRenderedBytes(@TempDir Path dir) throws Exception {
        Policy policy = NoticeFixtures.xiaomi2021();
        WrittenNotices written = generator.write(
                policy, null, EnumSet.allOf(NoticeFormat.class), NoticeGenerator.languages(), dir.resolve("out"));
        assertEquals(
                List.of(
                        "xiaomi.en.html",
                        "xiaomi.en.md",
                        "xiaomi.en.txt",
                        "xiaomi.zh.html",
                        "xiaomi.zh.md",
                        "xiaomi.zh.txt",
                        "xiaomi.ru.html",
                        "xiaomi.ru.md",
                        "xiaomi.ru.txt"),
                written.files().stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : written.files()) {
            String[] parts = file.getFileName().toString().split("\\.");
            NoticeFormat format = Stream.of(NoticeFormat.values())
                    .filter(f -> f.extension().equals(parts[2]))
                    .findFirst()
                    .orElseThrow();
            assertArrayEquals(
                    generator.render(policy, format, parts[1]).bytes(), Files.readAllBytes(file), file.toString());
        }
        assertEquals(
                Set.of(),
                Set.copyOf(written.warnings().stream()
                        .map(NoticeWarning::language)
                        .filter("en"::equals)
                        .toList()),
                "the English notice needs no fallback");
        assertTrue(written.warnings().stream().anyMatch(w -> w.language().equals("ru")), "the Russian one does");
        assertEquals(written.files().size(), listing(dir.resolve("out")).size(), "no temporary file left");
    }

    @Test
    void anUnchangedFileIsNotTouched(@TempDir Path dir) throws Exception {
        Policy policy = NoticeFixtures.xiaomi2021();
        Path file = generator
                .write(policy, null, Set.of(NoticeFormat.TEXT), List.of("en"), dir)
                .files()
                .get(0);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        generator.write(policy, null, Set.of(NoticeFormat.TEXT), List.of("en"), dir);
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void nothingIsHalfWrittenWhenOneFileCannotBeWritten(@TempDir Path dir) throws IOException {
        Policy policy = NoticeFixtures.xiaomi2021();
        Path html = dir.resolve("xiaomi.en.html");
        Files.writeString(html, "old notice", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("xiaomi.en.txt")); // a folder where a notice should go
        GeneratorException e = assertThrows(
                GeneratorException.class,
                () -> generator.write(policy, null, EnumSet.allOf(NoticeFormat.class), List.of("en"), dir));
        assertTrue(
                e.getMessage().startsWith("cannot write notices: ")
                        && e.getMessage().contains("xiaomi.en.txt"),
                e.getMessage());
        assertEquals("old notice", Files.readString(html), "the other notices are not replaced");
        assertFalse(Files.exists(dir.resolve("xiaomi.en.md")));
        assertEquals(Set.of("xiaomi.en.html", "xiaomi.en.txt"), Set.copyOf(listing(dir)), "no temporary file left");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearError(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notices"), "x");
        GeneratorException e = assertThrows(
                GeneratorException.class,
                () -> generator.write(
                        NoticeFixtures.xiaomi2021(), null, Set.of(NoticeFormat.HTML), List.of("en"), notAFolder));
        assertTrue(e.getMessage().contains("notices"), e.getMessage());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
