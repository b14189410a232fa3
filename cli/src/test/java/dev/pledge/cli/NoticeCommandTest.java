// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge notice}: exit codes, what it prints, what it writes. */
class NoticeCommandTest {

    private static final Path XIAOMI = Path.of("..", "examples", "xiaomi", "2021");
    private static final Path XIAOMI_2015 = Path.of("..", "examples", "xiaomi", "2015");

    @TempDir
    Path dir;

    private List<String> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFormatAndLanguageOfXiaomiWithWarningsForMissingTranslations() throws IOException {
        Path out = dir.resolve("notices");
        Cli.Run run =
                Cli.pledge("notice", "--format", "all", "--lang", "all", "--out", out.toString(), XIAOMI.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of(
                        "xiaomi.en.html",
                        "xiaomi.en.md",
                        "xiaomi.en.txt",
                        "xiaomi.ru.html",
                        "xiaomi.ru.md",
                        "xiaomi.ru.txt",
                        "xiaomi.zh.html",
                        "xiaomi.zh.md",
                        "xiaomi.zh.txt"),
                listed(out));
        List<String> lines = run.outLines();
        assertEquals(10, lines.size(), run.out());
        assertEquals(Cli.shown(out.resolve("xiaomi.en.html")), lines.get(0));
        assertTrue(
                lines.get(9)
                        .matches(
                                "Wrote 9 notices for policy xiaomi \\(version 2021-01-15\\) in en, zh, ru: \\d+ warnings\\."),
                lines.get(9));
        int warnings = Integer.parseInt(lines.get(9).replaceAll(".*: (\\d+) warnings\\.", "$1"));
        assertEquals(2, run.errLines().size(), "one line per kind and language: " + run.err());
        assertTrue(
                run.errLines().stream()
                        .allMatch(l -> l.matches("pledge: .+\\.pledge:\\d+:\\d+: warning: .+ has no (zh|ru)"
                                + " translation: .+ \\[missing-translation] \\(and \\d+ more like it in the (zh|ru) notice: --all-warnings lists"
                                + " them\\)")),
                run.err());
        int grouped = run.errLines().stream()
                .mapToInt(l -> 1 + Integer.parseInt(l.replaceAll(".*\\(and (\\d+) more.*", "$1")))
                .sum();
        assertEquals(warnings, grouped, "the counts add up to every warning");

        Cli.Run all = Cli.pledge(
                "notice",
                "--all-warnings",
                "--format",
                "all",
                "--lang",
                "all",
                "--out",
                out.toString(),
                XIAOMI.toString());
        assertEquals(warnings, all.errLines().size(), "one line per warning");
        assertTrue(
                all.errLines().stream()
                        .allMatch(l -> l.matches("pledge: .+\\.pledge:\\d+:\\d+: warning: .+ has no (zh|ru)"
                                + " translation: .+; write (zh|ru) \"\\.\\.\\.\" after it \\[missing-translation]")),
                all.err());
        Path purposes = XIAOMI.resolve("purposes.pledge");
        List<String> source = Files.readAllLines(purposes, StandardCharsets.UTF_8);
        int line = source.indexOf(source.stream()
                .filter(l -> l.startsWith("purpose find-device "))
                .findFirst()
                .orElseThrow());
        int column = source.get(line).indexOf('"');
        assertTrue(
                all.errLines()
                        .contains("pledge: " + Cli.shown(purposes) + ":" + (line + 1) + ":" + (column + 1)
                                + ": warning: purpose 'find-device': title has no ru translation: the ru notice shows the English text; write"
                                + " ru \"...\" after it [missing-translation]"),
                all.err());
        String html = Files.readString(out.resolve("xiaomi.zh.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"));
        assertTrue(html.contains("小米隐私政策"));
        run.assertNoStackTrace();
    }

    @Test
    void defaultIsHtmlInEveryLanguageAndTheSameBytesTwice() throws IOException {
        Cli.Run first = Cli.pledge("notice", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of("xiaomi.en.html", "xiaomi.ru.html", "xiaomi.zh.html"), listed(dir));
        byte[] before = Files.readAllBytes(dir.resolve("xiaomi.ru.html"));
        Cli.Run second = Cli.pledge("notice", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(0, second.exit());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("xiaomi.ru.html"))));
    }

    @Test
    void previousVersionAddsWhatChanged() throws IOException {
        Cli.Run run = Cli.pledge(
                "notice",
                "--format",
                "md",
                "--lang",
                "en",
                "--previous",
                XIAOMI_2015.toString(),
                "--out",
                dir.toString(),
                XIAOMI.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "English needs no fallback");
        assertEquals(
                "Wrote 1 notice for policy xiaomi (version 2021-01-15) in en, with what changed since version 2015-09-06:"
                        + " 0 warnings.",
                run.outLines().get(1),
                run.out());
        String md = Files.readString(dir.resolve("xiaomi.en.md"), StandardCharsets.UTF_8);
        assertTrue(
                md.contains("## What changed\n\nChanges since version 2015-09-06 of this policy"),
                md.substring(0, 2000));
        assertTrue(md.contains("| **Data item added** | "), "a row per change");
    }

    @Test
    void reviewWritesTheChecklistNextToTheNoticesAndPrintsIt() throws IOException {
        Cli.Run run = Cli.pledge(
                "notice", "--review", "--format", "html", "--lang", "en", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("xiaomi.en.html", "xiaomi.review.md"), listed(dir));
        String review = Files.readString(dir.resolve("xiaomi.review.md"), StandardCharsets.UTF_8);
        assertTrue(review.startsWith("# Review checklist: Xiaomi Privacy Policy\n"), review);
        assertTrue(review.contains("| absent | Art. 13(1)(b) | Contact details of the data protection officer | — | "));
        assertTrue(
                run.out().contains("absent   Art. 13(1)(b)  Contact details of the data protection officer"),
                run.out());
        assertTrue(run.out().contains("present  Art. 21(4)     The right to object"), run.out());
        assertTrue(
                run.out()
                        .contains("Wrote 1 notice for policy xiaomi (version 2021-01-15) in en, and the review"
                                + " checklist xiaomi.review.md:"),
                run.out());
    }

    @Test
    void policyErrorsExitOneAndWriteNothing() throws IOException {
        Path policy = Files.writeString(
                dir.resolve("bad.pledge"), "policy p \"P\" { version \"1\" }\npurpose x \"X\" { uses nothing }\n");
        Path out = dir.resolve("out");
        Cli.Run run = Cli.pledge("notice", "--out", out.toString(), policy.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.pledge:2:"), run.err());
        assertTrue(
                run.errLines().get(run.errLines().size() - 1).endsWith("No notice written: fix the errors first."),
                run.err());
        assertFalse(Files.exists(out));
        run.assertNoStackTrace();
    }

    @Test
    void previousWithErrorsExitsOne() throws IOException {
        Path old = Files.writeString(dir.resolve("old.pledge"), "policy p \"P\" { }\n");
        Cli.Run run = Cli.pledge(
                "notice",
                "--previous",
                old.toString(),
                "--out",
                dir.resolve("out").toString(),
                XIAOMI.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("No notice written (the previous version has errors)"), run.err());
    }

    @Test
    void usageAndIoProblemsExitTwo() throws IOException {
        Cli.Run format = Cli.pledge("notice", "--format", "pdf", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(2, format.exit());
        assertEquals(
                "pledge: error: unknown notice format 'pdf': use html, md, text or all",
                format.errLines().get(0));

        Cli.Run lang = Cli.pledge("notice", "--lang", "de", "--out", dir.toString(), XIAOMI.toString());
        assertEquals(2, lang.exit());
        assertEquals(
                "pledge: error: unknown notice language 'de': use en, zh, ru or all",
                lang.errLines().get(0));

        Cli.Run noOut = Cli.pledge("notice", XIAOMI.toString());
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("missing required option: '--out=DIR'"), noOut.err());

        Cli.Run missing = Cli.pledge(
                "notice", "--out", dir.toString(), dir.resolve("nowhere.pledge").toString());
        assertEquals(2, missing.exit());

        Path file = Files.writeString(dir.resolve("file"), "x");
        Cli.Run notFolder = Cli.pledge("notice", "--out", file.toString(), XIAOMI.toString());
        assertEquals(2, notFolder.exit());
        assertTrue(notFolder.err().contains("it is not a folder"), notFolder.err());

        Cli.Run noParent = Cli.pledge("notice", "--out", dir.resolve("a/b").toString(), XIAOMI.toString());
        assertEquals(2, noParent.exit());
        assertTrue(noParent.err().contains("its parent folder does not exist"), noParent.err());
        for (Cli.Run run : List.of(format, lang, noOut, missing, notFolder, noParent)) {
            run.assertNoStackTrace();
        }
    }

    @Test
    void helpListsTheFormatsAndExitCodes() {
        Cli.Run run = Cli.pledge("notice", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--previous=OLD_POLICY"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(Cli.pledge("--help").out().contains("notice"));
    }
}
