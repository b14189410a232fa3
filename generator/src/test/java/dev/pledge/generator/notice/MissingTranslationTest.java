// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text without a translation is shown in English, with a warning; never as a key. */
class MissingTranslationTest {

    private static final String POLICY = """
			policy shop "Shop policy" zh "商店政策" ru "Политика магазина" {
				version "1" effective "2024-01-01" languages en, zh, ru
			}
			controller shop-ltd "Shop Ltd." { role controller web "https://shop.example/contact" }
			category account "Account data" zh "帐号数据" ru "Данные учётной записи" {
				data email "Email address" zh "电子邮件地址"
			}
			purpose orders "Process your orders" ru "Обработка заказов" {
				basis contract uses email
				retention 6 years after "the order" zh "订单"
			}
			""";

    @Test
    void missingTranslationsFallBackToEnglishWithOneWarningEach(@TempDir Path dir) {
        Policy policy = TestPolicies.view(dir, TestPolicies.files("shop.pledge", POLICY));
        Rendered ru = new NoticeGenerator().render(policy, NoticeFormat.TEXT, "ru");
        assertTrue(ru.text().contains("Email address"), "the English text stands in");
        assertTrue(ru.text().contains("Данные учётной записи"), "translations are used");
        assertEquals(
                List.of(
                        "shop.pledge:4:21: warning: controller 'shop-ltd': title has no ru translation: the ru notice"
                                + " shows the English text; write ru \"...\" after it [missing-translation]",
                        "shop.pledge:6:13: warning: item 'email': title has no ru translation: the ru notice shows the English text;"
                                + " write ru \"...\" after it [missing-translation]",
                        "shop.pledge:10:26: warning: purpose 'orders': retention has no ru translation: the ru notice shows the"
                                + " English text; write ru \"...\" after it [missing-translation]"),
                ru.warnings().stream().map(w -> w.format(dir)).toList(),
                "where each text is, and what to write");
        ru.warnings().forEach(w -> {
            assertEquals(NoticeWarning.MISSING_TRANSLATION, w.rule());
            assertEquals("ru", w.language());
            assertEquals(
                    dir.resolve("shop.pledge").toAbsolutePath().normalize(),
                    w.source().file());
        });
        assertEquals(
                20, POLICY.lines().toList().get(3).indexOf("\"Shop Ltd.\""), "column 21 is where the text's quote is");

        Rendered zh = new NoticeGenerator().render(policy, NoticeFormat.TEXT, "zh");
        assertEquals(
                List.of("controller 'shop-ltd': title", "purpose 'orders': title"),
                zh.warnings().stream().map(NoticeWarning::subject).toList(),
                "a web address needs no translation");
        assertTrue(zh.text().contains("订单后 6 年"), zh.text());

        assertEquals(
                List.of(),
                new NoticeGenerator().render(policy, NoticeFormat.HTML, "en").warnings());
    }

    @Test
    void noNoticeShowsAMessageKey() {
        Pattern key = Pattern.compile(
                "\\b(chrome|summary|section|fact|value|change|unit|basis|channel|role|contact-role|origin"
                        + "|party-kind|mechanism|right|tracking-kind|security-kind|requirement)\\.[a-z-]+\\b");
        for (String language : NoticeGenerator.languages()) {
            String text = new NoticeGenerator()
                    .render(NoticeFixtures.xiaomi2021(), NoticeFixtures.xiaomi2015(), NoticeFormat.TEXT, language)
                    .text();
            assertFalse(
                    key.matcher(text).find(),
                    () -> language + " notice shows a key: "
                            + key.matcher(text)
                                    .results()
                                    .map(r -> r.group())
                                    .limit(5)
                                    .toList());
        }
    }
}
