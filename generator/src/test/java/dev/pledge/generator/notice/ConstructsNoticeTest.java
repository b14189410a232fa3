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
			category c "Contact" zh "联系" ru "Контакт" {
			  data email "Email" zh "邮箱" ru "Почта"
			  data device "Device ID" zh "设备标识" ru "ID устройства"
			}
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
			  not-linked-to device
			}
			controller shop-ltd "Shop Ltd." zh "商店公司" ru "ООО Магазин" { role controller role processor in eea }
			recipient police "Police" zh "警察" ru "Полиция" {
			  kind authority
			  receives email when legal-obligation "a court order" zh "法院命令" ru "решение суда" safeguards encrypted
			  notify via email "your address" zh "您的地址" ru "ваш адрес"
			}
			recipient buyer "Buyer" zh "买方" ru "Покупатель" { kind acquirer disclosed when corporate-transaction }
			tracking telemetry "Telemetry" zh "遥测" ru "Телеметрия" { kind sdk by shop-ltd for ads collects email }
			service app "App" zh "应用" ru "Приложение" { }
			children kids "Kids" zh "儿童" ru "Дети" { services app under 13 need parental-consent }
			retention app-data { services app keep 1 year }
			request-procedure requests "Making a request" zh "提出请求" ru "Запросы" {
			  via web "https://shop.example/requests"
			  identity "We verify who you are." zh "我们核实您的身份。" ru "Мы проверяем вашу личность."
			  form "In writing." zh "书面形式。" ru "В письменной форме."
			  within 30 days
			  refusal "Manifestly unfounded requests." zh "明显无根据的请求。" ru "Явно необоснованные запросы."
			}
			right access { all-regions }
			right erasure { via email "erase@shop.example" services app }
			commitment promises "Our promises" zh "我们的承诺" ru "Наши обещания" {
			  no-sale
			  no-sharing email with-kind advertising for ads except when legal-obligation
			  no-sharing email for other
			  not-linked device to email
			  no-transfer-out-of eea
			}
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
                "Not linked to: Device ID");
        assertSays("zh", "邮箱（情形：法律要求时：法院命令）（保护措施：加密）", "我们在何种情形下披露您的信息", "在合并、收购、出售或类似交易中");
        assertSays(
                "ru",
                "Почта (когда: Когда этого требует закон: решение суда) (меры защиты: Шифрование)",
                "Когда мы передаём ваши данные");
    }

    @Test
    void scopesAndTheRequestProcedure() {
        assertSays(
                "en",
                "Only for: App",
                "Identity check: We verify who you are.",
                "Form of the request: In writing.",
                "Grounds for refusal",
                "Request procedure: Making a request",
                "Regions: All regions");
        assertSays("zh", "仅适用于：应用", "身份验证：我们核实您的身份。", "请求程序：提出请求");
        assertSays("ru", "Только для: Приложение", "Проверка личности: Мы проверяем вашу личность.");
    }

    @Test
    void commitmentsAreSentences() {
        assertSays(
                "en",
                "Our commitments",
                "We do not sell personal data.",
                "We do not share Email with Advertising (for: Ads), except: When the law requires it.",
                "We do not share Email with anyone (for: Other).",
                "Personal data collected in EEA stays there.");
        assertSays("zh", "我们的承诺", "我们不出售个人信息。", "我们不会与任何第三方共享邮箱（用于：其他）。");
        assertSays("ru", "Наши обязательства", "Мы не продаём персональные данные.");
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
