// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the notice says for the typed constructs of the language (per-region bases, unstated bases...), in
 * each language, in the existing structure of the full notice.
 */
class ConstructsNoticeTest {

    static final String POLICY = """
			policy shop "Shop" zh "商店" ru "Магазин" { version "1" languages en, zh, ru }
			region eea "EEA" zh "欧洲经济区" ru "ЕЭЗ" { }
			category c "Contact" zh "联系" ru "Контакт" { data email "Email" zh "邮箱" ru "Почта" }
			purpose ads "Ads" zh "广告" ru "Реклама" {
			  basis legitimate-interest "our ads" zh "我们的广告" ru "наша реклама"
			  basis consent in eea
			  withdraw web "https://shop.example/consent"
			  uses email
			}
			purpose other "Other" zh "其他" ru "Другое" { basis unstated uses email }
			""";

    @TempDir
    static Path dir;

    static Policy policy;

    @BeforeAll
    static void load() {
        policy = TestPolicies.view(dir, TestPolicies.files("shop.pledge", POLICY));
    }

    static String notice(String language) {
        return new NoticeGenerator().render(policy, NoticeFormat.TEXT, language).text();
    }

    private static void assertSays(String language, String... phrases) {
        String text = notice(language);
        for (String phrase : phrases) {
            assertTrue(
                    text.contains(phrase), () -> "the " + language + " notice does not say: " + phrase + "\n" + text);
        }
    }

    @Test
    void basesPerRegionAndUnstatedBases() {
        assertSays("en", "Consent (in: EEA)", "Legitimate interest (everywhere else)", "Not stated in this policy");
        assertSays("zh", "同意（适用地区：欧洲经济区）", "合法利益（其他地区）", "本政策未说明");
        assertSays(
                "ru", "Согласие (в регионах: ЕЭЗ)", "Законный интерес (в остальных регионах)", "В политике не указано");
    }
}
