// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.formatting.PledgeFormatter;
import dev.pledge.dsl.load.PolicyFormatter;
import dev.pledge.dsl.load.PolicyFormatter.FormattedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical layout: exact output on hand-made texts; idempotent and lossless on real policies. */
class FormatterTest {

    static final PolicyFormatter FORMATTER = new PolicyFormatter();

    @Test
    void putsEachClauseOnALineOfItsOwnInsideBlocks() {
        assertEquals(
                """
                purpose orders "Process your orders" {
                  basis contract
                  uses email, phone
                  retention 6 years after "the order"
                }
                """,
                FORMATTER.format(
                        "purpose   orders \"Process your orders\"{basis contract uses email ,phone retention 6 years"
                                + " after \"the order\"}"));
    }

    @Test
    void indentsNestedBlocksAndKeepsEmptyBlocksOnOneLine() {
        assertEquals("""
                category account "Account data" {
                  origin provided
                  data email "Email address"
                  data location "Precise location" {
                    sensitive
                    source "android/location/LocationManager.getLastKnownLocation"
                  }
                }
                region usa "United States" { }
                right erasure {
                  via settings "Settings > Account > Delete"
                  within 30 days
                }
                """, FORMATTER.format("""
                        category account "Account data" { origin provided
                        data email "Email address" data location "Precise location" { sensitive source "android/location/LocationManager.getLastKnownLocation" } }
                        region usa "United States" {
                        }
                        right erasure { via settings "Settings > Account > Delete" within 30 days }
                        """));
    }

    @Test
    void keepsCommentsAndOneBlankLineBetweenGroups() {
        String text = """
                // Xiaomi privacy policy (seed 004)
                // L = line in that file.

                import "data.pledge"



                // ======== 1.2 general purposes

                // L68, L70
                purpose a "A" {
                  // L70
                  basis contract // stated in L70
                  /* a block
                     comment */
                  uses email


                  retention 30 days
                }
                """;
        assertEquals("""
                // Xiaomi privacy policy (seed 004)
                // L = line in that file.

                import "data.pledge"

                // ======== 1.2 general purposes

                // L68, L70
                purpose a "A" {
                  // L70
                  basis contract // stated in L70
                  /* a block
                     comment */
                  uses email

                  retention 30 days
                }
                """, FORMATTER.format(text));
    }

    @Test
    void breaksLongTextsBeforeTheirTranslationsAndLongListsAfterACommaAtContinuationIndentation() {
        String zh = "我们收集个人信息的目的在于向您提供产品和/或服务，并且保证我们遵守适用的相关法律、法规及其他规范性文件。";
        String longTitle = "Providing, processing, maintaining, improving and developing our products or the services";
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add("item-number-" + i);
        }
        String formatted = FORMATTER.format("purpose p \"" + longTitle + "\" zh \"" + zh + "\" ru \"Текст\" {\n"
                + "basis contract description \"short\" zh \"短\"\n"
                + "uses " + String.join(", ", items) + "\n}\n");
        List<String> lines = formatted.lines().toList();
        assertEquals("purpose p \"" + longTitle + "\"", lines.get(0));
        assertEquals("    zh \"" + zh + "\"", lines.get(1));
        assertEquals("    ru \"Текст\" {", lines.get(2));
        assertEquals("  basis contract", lines.get(3));
        assertEquals("  description \"short\" zh \"短\"", lines.get(4), "a text that fits stays on one line");
        assertTrue(lines.get(5).startsWith("  uses item-number-0, item-number-1,"), lines.get(5));
        for (String line : lines) {
            assertTrue(
                    line.length() <= PledgeFormatter.MAX_WIDTH || !line.contains(","),
                    () -> "a list line longer than the limit: " + line);
        }
        assertTrue(
                lines.get(6).startsWith("      item-number-"), () -> "continuation two levels deeper:\n" + formatted);
        assertEquals("}", lines.get(lines.size() - 1));
        assertEquals(formatted, FORMATTER.format(formatted));
    }

    /** A long {@code receives} breaks before its {@code when} (or {@code for}, {@code safeguards}), not inside a list. */
    @Test
    void breaksALongClauseBeforeItsOptionalPartsRatherThanInsideItsList() {
        String why =
                "Cases in which disclosure as required or authorised based on the applicable laws and/or regulations.";
        String formatted =
                FORMATTER.format("recipient r \"R\" { kind other receives provided-info, device, location, usage,"
                        + " mi-message-info, cloud-content, sim-change-sms, spam-number, spam-content, log for legal-disclosure"
                        + " when legal-obligation \"" + why + "\" }");
        assertEquals("""
                recipient r "R" {
                  kind other
                  receives provided-info, device, location, usage, mi-message-info, cloud-content, sim-change-sms, spam-number,
                      spam-content, log for legal-disclosure
                      when legal-obligation "%s"
                }
                """.formatted(why), formatted);
        assertEquals(formatted, FORMATTER.format(formatted), "formatting again changes nothing");
        assertEquals(
                """
                purpose p "P" {
                  basis consent or no-objection or explicit-consent "%s"
                }
                """.formatted(why),
                FORMATTER.format(
                        "purpose p \"P\" { basis consent or no-objection or explicit-consent \"" + why + "\" }"),
                "alternatives stay together: `or` joins them, it starts no part");
    }

    @Test
    void countsAChineseCharacterAsTwoColumns() {
        String english = "d".repeat(40);
        String chinese = "数".repeat(35); // 35 characters, 70 columns
        String clause = "description \"" + english + "\" zh \"" + chinese + "\"";
        assertTrue(2 + clause.length() <= PledgeFormatter.MAX_WIDTH, "fits when counting characters");
        assertEquals(
                "service s \"S\" {\n  description \"" + english + "\"\n      zh \"" + chinese + "\"\n}\n",
                FORMATTER.format("service s \"S\" { " + clause + " }"));
    }

    @Test
    void refusesTextWithSyntaxErrors(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pledge"), "purpose p \"P\" { basis }\n");
        Path fine = Files.writeString(dir.resolve("fine.pledge"), "purpose q \"Q\" { basis contract }\n");
        List<FormattedFile> results = FORMATTER.format(List.of(dir));
        FormattedFile first = results.get(0);
        assertFalse(first.problems().isEmpty());
        assertEquals("syntax", first.problems().get(0).ruleId());
        assertEquals(first.original(), first.formatted(), "a broken file is left as it is");
        assertFalse(first.changed());
        assertTrue(results.get(1).changed());
        assertEquals(fine, results.get(1).file());
        assertThrows(IllegalArgumentException.class, () -> FORMATTER.format("purpose {"));
    }

    /** Every real policy: formatting is idempotent and changes nothing but white space. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realPolicies")
    void isIdempotentAndKeepsEveryTokenAndComment(String name, String text) {
        String once = FORMATTER.format(text);
        assertEquals(once, FORMATTER.format(once), () -> name + ": formatting twice differs from once");
        assertEquals(withoutSpace(text), withoutSpace(once), () -> name + ": formatting lost or changed a token");
        assertTrue(once.endsWith("\n") && !once.endsWith("\n\n"), name + ": ends with exactly one line break");
        assertFalse(once.lines().anyMatch(l -> l.endsWith(" ")), name + ": trailing spaces");
        assertFalse(once.contains("\t"), name + ": tabs");
    }

    /** The example policies are kept in the canonical layout: {@code pledge format examples} changes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realPolicies")
    void theExamplesAreFormatted(String name, String text) {
        if (name.endsWith(".pledge")) {
            assertEquals(FORMATTER.format(text), text, () -> name + " is not formatted: run `pledge format examples`");
        }
    }

    static Stream<Object[]> realPolicies() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Object[]> policies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("examples"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".pledge")).sorted().toList()) {
                policies.add(
                        new Object[] {root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)
                        });
            }
        }
        Matcher blocks = Pattern.compile("```pledge\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
        StringBuilder readme = new StringBuilder();
        while (blocks.find()) {
            readme.append(blocks.group(1));
        }
        policies.add(new Object[] {"README.md language reference", readme.toString()});
        return policies.stream();
    }

    /** The text without any white space: what formatting must never change. */
    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
