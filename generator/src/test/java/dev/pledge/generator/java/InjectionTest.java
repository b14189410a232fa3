// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile policy texts and names produce Java that compiles cleanly (all lints, Javadoc checks,
 * warnings as errors) and gives back every text exactly.
 */
class InjectionTest {

    /** Texts that break naive code generation; written to the policy with Pledge string escapes. */
    static final List<String> TEXTS = List.of(
            "He said \"hi\" \\ and left \\\"",
            "end of comment */ /* another /** javadoc */",
            "unicode escapes \\u000a \\u002a/ \\u0022 \\\\u0041 \\uuuu0041",
            "line one\nline two\r\nline three\rline four",
            "controls \u0001\u0007\u001b[31m\u007f\u0085 and NUL \u0000 end",
            "emoji 🔒 👩‍👩‍👧 and RTL \u202Eevil\u202C Arabic سياسة الخصوصية Hebrew מדיניות",
            "@param x @deprecated {@code y} {@link Object} <script>alert(1)</script> &amp; &lt; > ${policyId} <#list x as y>",
            "lone surrogates \uD800 and \uDFFF and reversed \uDC00\uD800",
            "separators \u2028 and \u2029 and BOM \uFEFF and tab\tend",
            "\"); System.exit(1); (\" // \\",
            "",
            " ",
            "数据".repeat(20_000) + "🔒".repeat(10_000));

    /** Ids that collide once in UPPER_SNAKE, or that are Java keywords or literals. */
    static final List<String> IDS = List.of(
            "a-b", "a_b", "aB", "for", "class", "public", "null", "true", "_under", "x1", "goto", "const", "record",
            "var", "yield");

    @TempDir
    static Path dir;

    private static CompiledApi api;

    @BeforeAll
    static void generate() {
        Policy policy = TestPolicies.view(dir, Map.of("nasty.pledge", policy()), "nasty.pledge");
        api = CompiledApi.of(policy, "org.example.nasty", dir);
    }

    /** A policy with every text as a title, description and translation of each kind of constant. */
    static String policy() {
        StringBuilder p = new StringBuilder();
        p.append("policy nasty ")
                .append(text(0))
                .append(" {\n\tversion ")
                .append(pledge(TEXTS.get(2) + TEXTS.get(1)))
                .append("\n\tlanguages en, zh\n}\n");
        p.append("category things ")
                .append(text(3))
                .append(" {\n\tdescription ")
                .append(text(4))
                .append('\n');
        for (int i = 0; i < TEXTS.size(); i++) {
            p.append("\tdata item-")
                    .append(i)
                    .append(' ')
                    .append(text(i))
                    .append(" { description ")
                    .append(text(i + 1))
                    .append(" source ")
                    .append(pledge(TEXTS.get(i)))
                    .append(" }\n");
        }
        for (String id : IDS) {
            p.append("\tdata ").append(id).append(" \"").append(id).append("\"\n");
        }
        p.append("}\n");
        for (int i = 0; i < TEXTS.size(); i++) {
            p.append("region region-")
                    .append(i)
                    .append(' ')
                    .append(text(i))
                    .append(" { countries ")
                    .append(pledge(TEXTS.get(i)))
                    .append(" description ")
                    .append(text(i + 2))
                    .append(" }\n");
            p.append("purpose purpose-")
                    .append(i)
                    .append(' ')
                    .append(text(i))
                    .append(" { basis contract uses item-")
                    .append(i)
                    .append(" retention 1 day description ")
                    .append(text(i + 3))
                    .append(" }\n");
            p.append("party party-")
                    .append(i)
                    .append(' ')
                    .append(text(i))
                    .append(" { url ")
                    .append(pledge(TEXTS.get(i)))
                    .append(" sdk ")
                    .append(pledge(TEXTS.get(i)))
                    .append(" receives item-")
                    .append(i)
                    .append(" for purpose-")
                    .append(i)
                    .append(" description ")
                    .append(text(i + 4))
                    .append(" }\n");
            p.append("right access right-")
                    .append(i)
                    .append(' ')
                    .append(text(i))
                    .append(" { description ")
                    .append(text(i + 5))
                    .append(" }\n");
        }
        return p.toString();
    }

    /** Text {@code i} with text {@code i+6} as its Chinese translation. */
    private static String text(int i) {
        return pledge(TEXTS.get(i % TEXTS.size())) + " zh " + pledge(TEXTS.get((i + 6) % TEXTS.size()));
    }

    /** A Pledge string literal whose value is exactly {@code text}. */
    static String pledge(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                    || Character.isSurrogate(c) && !isPaired(text, c)
                    || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069) { // direction controls: written as escapes (bidi-control)
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** Surrogates of the lone-surrogate text are escaped; the others are halves of real pairs (emoji). */
    private static boolean isPaired(String text, char c) {
        return !text.startsWith("lone surrogates");
    }

    @Test
    void everyTextComesBackExactly() {
        for (String type : List.of("DataItem", "Region", "Purpose", "ThirdParty", "Right")) {
            List<?> constants = api.constants(type);
            int offset = Map.of("DataItem", 1, "Region", 2, "Purpose", 3, "ThirdParty", 4, "Right", 5)
                    .get(type);
            for (int i = 0; i < TEXTS.size(); i++) {
                Object constant = constants.get(i);
                assertEquals(TEXTS.get(i), CompiledApi.call(constant, "title"), type + " " + i + " title");
                assertEquals(
                        TEXTS.get((i + 6) % TEXTS.size()), CompiledApi.call(constant, "title", "zh"), type + " " + i);
                assertEquals(
                        TEXTS.get((i + offset) % TEXTS.size()),
                        CompiledApi.call(constant, "description"),
                        type + " " + i + " description");
            }
        }
    }

    @Test
    void stringValuesComeBackExactly() throws Exception {
        for (int i = 0; i < TEXTS.size(); i++) {
            Object item = api.constants("DataItem").get(i);
            assertEquals(List.of(TEXTS.get(i)), CompiledApi.call(item, "sources"));
            Object party = api.constants("ThirdParty").get(i);
            assertEquals(List.of(TEXTS.get(i)), CompiledApi.call(party, "urls"));
            assertEquals(List.of(TEXTS.get(i)), CompiledApi.call(party, "sdkPackages"));
            assertEquals(
                    List.of(TEXTS.get(i)),
                    CompiledApi.call(api.constants("Region").get(i), "countries"));
        }
        assertEquals(
                TEXTS.get(2) + TEXTS.get(1),
                api.type("NastyConsent").getField("POLICY_VERSION").get(null));
        assertTrue(
                api.source("DataItem").contains("String.join(\"\", \"数据数据"),
                "a text longer than javac's constant limit is split into pieces");
    }

    @Test
    void collidingAndKeywordIdsGetDistinctJavaNames() {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object item : api.constants("DataItem").subList(TEXTS.size(), TEXTS.size() + IDS.size())) {
            names.add(((Enum<?>) item).name());
            ids.add((String) CompiledApi.call(item, "id"));
        }
        assertEquals(IDS, ids);
        assertEquals(
                List.of(
                        "A_B", "A_B_2", "A_B_3", "FOR", "CLASS", "PUBLIC", "NULL", "TRUE", "_UNDER", "X1", "GOTO",
                        "CONST", "RECORD", "VAR", "YIELD"),
                names);
    }

    @Test
    void noRawLineBreakOrBidiControlInGeneratedSources() {
        for (String type : List.of("DataItem", "Region", "Purpose", "ThirdParty", "Right", "NastyConsent")) {
            String source = api.source(type);
            assertFalse(
                    source.chars().anyMatch(c -> c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x202E || c == 0),
                    type + " holds a raw line separator or bidi control");
            assertFalse(
                    Arrays.stream(source.split("\n"))
                            .anyMatch(
                                    line -> line.contains("\\u") && line.strip().startsWith("*")),
                    type + " has a backslash-u in Javadoc");
        }
    }
}
