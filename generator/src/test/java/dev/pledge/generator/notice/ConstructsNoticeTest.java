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
			purpose other "Other" zh "其他" ru "Другое" {
			  basis unstated
			  uses email
			  safeguards pseudonymised, on-device "only on the phone" zh "仅在手机上" ru "только на телефоне"
			  not-linked-to email
			}
			controller shop-ltd "Shop Ltd." zh "商店公司" ru "ООО Магазин" { role controller role processor in eea }
			recipient police "Police" zh "警察" ru "Полиция" {
			  kind authority
			  receives email when legal-obligation "a court order" zh "法院命令" ru "решение суда" safeguards encrypted
			  notify via email "your address" zh "您的地址" ru "ваш адрес"
			}
			recipient buyer "Buyer" zh "买方" ru "Покупатель" { kind acquirer disclosed when corporate-transaction }
			tracking telemetry "Telemetry" zh "遥测" ru "Телеметрия" { kind sdk by shop-ltd for ads collects email }
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
    void disclosuresByOccasionWithSafeguards() {
        assertSays(
                "en",
                "Email (when: When the law requires it: a court order) (safeguards: Encrypted)",
                "When we disclose your data",
                "In a merger, acquisition, sale or similar transaction",
                "How we tell you first",
                "Pseudonymised",
                "Kept on your device: only on the phone",
                "Not linked to: Email");
        assertSays("zh", "邮箱（情形：法律要求时：法院命令）（保护措施：加密）", "我们在何种情形下披露您的信息", "在合并、收购、出售或类似交易中");
        assertSays(
                "ru",
                "Почта (когда: Когда этого требует закон: решение суда) (меры защиты: Шифрование)",
                "Когда мы передаём ваши данные");
    }

    @Test
    void firstPartyTrackingAndRolesPerRegion() {
        assertSays("en", "Used by: Shop Ltd.", "Controller (everywhere else)", "Processor (in: EEA)");
    }

    @Test
    void basesPerRegionAndUnstatedBases() {
        assertSays("en", "Consent (in: EEA)", "Legitimate interest (everywhere else)", "Not stated in this policy");
        assertSays("zh", "同意（适用地区：欧洲经济区）", "合法利益（其他地区）", "本政策未说明");
        assertSays(
                "ru", "Согласие (в регионах: ЕЭЗ)", "Законный интерес (в остальных регионах)", "В политике не указано");
    }
}
