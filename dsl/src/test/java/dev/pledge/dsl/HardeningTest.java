// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.CLEAN;
import static dev.pledge.dsl.PolicyFixture.cleanWith;
import static dev.pledge.dsl.PolicyFixture.describe;
import static dev.pledge.dsl.PolicyFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for what fuzzing {@code pledge check} found (issue 16): each input once crashed, leaked grammar
 * internals, or was accepted silently. The fuzz test itself ({@code FuzzTest} in the CLI) keeps looking.
 */
class HardeningTest {

    private static final Pattern JARGON = Pattern.compile("RULE_|<EOF>|mismatched|viable alternative|Exception");

    @TempDir
    Path folder;

    private LoadResult check(String text) {
        return new PolicyFixture(folder).check(text);
    }

    private static Finding only(LoadResult result, Rule rule) {
        List<Finding> of = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule.id()))
                .toList();
        assertEquals(1, of.size(), describe(result));
        return of.get(0);
    }

    @Test
    void aNameOf2000WordsIsTooLongNotAStackOverflow() {
        String name = "ab-".repeat(2_000) + "z";
        LoadResult result = check(cleanWith("category account ", "category " + name + " "));
        assertEquals(Set.of(Rule.NAME_TOO_LONG.id()), rules(result), describe(result));
        Finding finding = only(result, Rule.NAME_TOO_LONG);
        assertTrue(
                finding.message().startsWith("name 'ab-ab-ab-")
                        && finding.message().contains("is 6001 characters"),
                finding.message());
        assertTrue(finding.message().length() < 300, "a long name is shortened in messages: " + finding.message());
    }

    @Test
    void aPolicyNameOver100CharactersIsRefusedBeforeItBecomesAFileName() {
        LoadResult result = check(cleanWith("policy shop ", "policy " + "s".repeat(236) + " "));
        assertEquals(Set.of(Rule.NAME_TOO_LONG.id()), rules(result), describe(result));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        Path file = folder.resolve("bom.pledge");
        byte[] text = CLEAN.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);
        LoadResult result = new PolicyFixture(folder).load(List.of(file));
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void aByteOrderMarkInsideTheFileIsAnInvisibleCharacterToDelete() {
        LoadResult result = check(cleanWith("region usa ", "\uFEFFregion usa "));
        assertEquals(
                "invisible character U+FEFF (ZERO WIDTH NO-BREAK SPACE) outside a text: delete it, or replace it with a"
                        + " plain space",
                only(result, Rule.SYNTAX).message());
    }

    @Test
    void crOnlyAndCrLfLineEndingsParseAndCountLines() {
        assertEquals(Set.of(), rules(check(CLEAN.replace("\n", "\r"))));
        assertEquals(Set.of(), rules(check(CLEAN.replace("\n", "\r\n"))));
        String broken =
                cleanWith("region usa \"United States\" { }", "region usa \"United States\" { // a comment\n  bogus }");
        LoadResult result = check(broken.replace("\n", "\r"));
        Finding finding = only(result, Rule.SYNTAX);
        long line = broken.substring(0, broken.indexOf("bogus"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        assertEquals(line, finding.line(), describe(result));
        assertEquals(Set.of(Rule.SYNTAX.id()), rules(result), "one error, not one per comment: " + describe(result));
    }

    /** Xtext could not place an error at the end of a file ending in a lone CR, and then dropped every error. */
    @Test
    void aFileCutShortAfterALoneCarriageReturnStillReportsItsSyntaxError() {
        String cut = "policy shop \"Shop\" {\r  version \"1\"\r}\rcategory account \"Account\" {\r";
        LoadResult result = check(cut);
        Finding finding = only(result, Rule.SYNTAX);
        assertTrue(finding.message().startsWith("unexpected end of file"), describe(result));
        assertEquals(4, finding.line(), describe(result));
        assertTrue(result.hasErrors(), describe(result));
    }

    @Test
    void aNumberTooLargeSaysSo() {
        LoadResult result = check(cleanWith("retention 30 days", "retention 99999999999999999999 days"));
        assertEquals(
                "number 99999999999999999999 is too large: write a whole number up to 2147483647",
                only(result, Rule.SYNTAX).message());
    }

    @Test
    void anInvalidEscapeNamesTheEscapeNotANumber() {
        LoadResult result = check(cleanWith("\"Account data\"", "\"Account \\x data\""));
        String message = only(result, Rule.SYNTAX).message();
        assertTrue(message.startsWith("invalid escape `\\x` in a text: write `\\\\` for a backslash"), message);
        assertFalse(message.contains("whole number"), message);
    }

    @Test
    void grammarInternalsNeverReachAMessage() {
        List<String> broken = Stream.of(
                        cleanWith("policy shop \"Shop privacy policy\"", "policy shop"),
                        cleanWith("basis contract", "basis"),
                        cleanWith("retention 30 days", "retention days"),
                        cleanWith("within 30 days", "within"),
                        cleanWith(
                                "right complaint { via web \"https://edpb.europa.eu\" }", "right complaint { via web"),
                        CLEAN.substring(0, CLEAN.indexOf("\"Mainland")),
                        CLEAN + "\"unclosed",
                        CLEAN + "purpose x \"X\" { uses email, }",
                        CLEAN + "§ ¤ \u0007")
                .flatMap(text -> check(text).findings().stream())
                .map(Finding::message)
                .filter(message -> JARGON.matcher(message).find())
                .toList();
        assertEquals(List.of(), broken);
    }

    @Test
    void aFolderNamedLikeAPolicyIsNotImportedAsOne() throws Exception {
        Files.createDirectories(folder.resolve("sub.pledge"));
        Files.writeString(folder.resolve("sub.pledge/data.pledge"), "category c \"C\" { }\n");
        LoadResult result = check(cleanWith("region usa ", "import \"sub.pledge\"\nregion usa "));
        // an import must come first: put it there
        result = check("import \"sub.pledge\"\n" + CLEAN);
        assertEquals(
                "imported path 'sub.pledge' is a folder, not a file: import the policy files in it one by one, e.g."
                        + " `import \"sub.pledge/data.pledge\"`",
                only(result, Rule.IMPORT_NOT_FOUND).message());
        assertEquals(Set.of(Rule.IMPORT_NOT_FOUND.id()), rules(result), describe(result));
    }

    @Test
    void anEmptyImportIsAnError() {
        LoadResult result = check("import \"\"\n" + CLEAN);
        assertEquals(Set.of(Rule.IMPORT_NOT_FOUND.id()), rules(result), describe(result));
        assertTrue(only(result, Rule.IMPORT_NOT_FOUND).message().startsWith("an empty import names no file"));
    }

    @Test
    void aRepeatedClauseIsAnErrorWhateverTheConstruct() {
        LoadResult result =
                check(cleanWith("version \"2024-01-01\"", "version \"2024-01-01\"\n  summary \"a\"\n  summary \"b\"")
                        .replace("{ sensitive under ccpa source", "{ sensitive under ccpa sensitive source")
                        .replace("retention 30 days", "retention 30 days\n  retention 60 days"));
        List<String> messages = result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.DUPLICATE_CLAUSE.id()))
                .map(Finding::message)
                .map(m -> m.substring(0, m.indexOf(" is written twice")))
                .sorted()
                .toList();
        assertEquals(List.of("`retention`", "`sensitive`", "`summary`"), messages, describe(result));
    }

    @Test
    void directionControlsAreErrorsWhereverTheyAreAndNeverPrintedRaw() {
        LoadResult result = check(cleanWith("region usa ", "// note \u2066hidden\u2069\nregion us\u202Ea "));
        List<Finding> controls = result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.BIDI_CONTROL.id()))
                .toList();
        assertEquals(3, controls.size(), describe(result));
        assertTrue(controls.get(0).message().startsWith("invisible direction control U+2066 (LEFT-TO-RIGHT ISOLATE)"));
        for (Finding finding : result.findings()) {
            assertTrue(
                    finding.message().codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT),
                    "raw format character in: " + finding.message());
        }
    }

    @Test
    void languagesTakeLanguageTagsOnly() {
        List<String> iso6391 = Stream.of(Locale.getISOLanguages())
                .filter(code -> Locale.forLanguageTag(code).toLanguageTag().equals(code)) // not in, iw, ji: id, he, yi
                .filter(code -> !code.equals("en") && !code.equals("zh"))
                .toList();
        assertTrue(iso6391.size() > 180, iso6391.toString());
        LoadResult all = check(cleanWith("languages en, zh", "languages en, zh, " + String.join(", ", iso6391)));
        assertEquals(Set.of(), rules(all), "every ISO 639-1 language: " + describe(all));
        assertEquals(
                Set.of(),
                rules(check(cleanWith("zh \"电子邮件地址\"", "zh \"电子邮件地址\" to \"ʻimeili\"")
                        .replace("languages en, zh", "languages en, zh, to"))),
                "a Tongan translation: `to` is a keyword too");

        String made = Stream.iterate(0, i -> i + 1)
                .limit(20_000)
                .map(i -> "q" + Integer.toString(i, 36))
                .collect(Collectors.joining(", "));
        LoadResult thousands = check(cleanWith("languages en, zh", "languages en, zh, " + made));
        assertEquals(Set.of(Rule.INVALID_LANGUAGE.id()), rules(thousands));
        assertEquals(20, thousands.findings().size(), "the first errors say it; not 20,000 lines");
    }
}
