// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.constructs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.diff.Change;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.diff.PurposeImpact;
import dev.pledge.generator.export.ApplePrivacyManifest;
import dev.pledge.generator.export.DpvJsonLd;
import dev.pledge.generator.export.ExportFile;
import dev.pledge.generator.export.Mappings;
import dev.pledge.generator.export.PlayDataSafety;
import dev.pledge.generator.export.PledgeJson;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.notice.NoticeFormat;
import dev.pledge.generator.notice.NoticeGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the notices (en, zh, ru), the exports and the diff say for data a policy does not itemise
 * ({@code uses unstated}, {@code receives unstated}), consent deemed given by an action ({@code implied-consent})
 * and bases local law decides among ({@code basis consent or no-objection or explicit-consent "..."}): what the
 * policy says, never more.
 */
class UnstatedDataAndAlternativesTest {

    static final String POLICY = """
			policy shop "Shop" zh "商店" ru "Магазин" { version "2" languages en, zh, ru }
			region eea "EEA" zh "欧洲经济区" ru "ЕЭЗ" { }
			category c "Contact" zh "联系" ru "Контакт" {
			  data email "Email" zh "邮箱" ru "Почта"
			  data location "Location" zh "位置" ru "Местоположение" { sensitive under gdpr-art-9 }
			}
			purpose feedback "Feedback" zh "反馈" ru "Отзывы" {
			  basis unstated
			  uses email
			  uses unstated "the information you provide" zh "您提供的信息" ru "информация, которую вы даёте"
			}
			purpose research "Research" zh "研究" ru "Исследования" { basis unstated uses unstated }
			purpose recommendations "Recommendations" zh "推荐" ru "Рекомендации" {
			  basis consent or no-objection or explicit-consent "as local law requires" zh "视当地法律而定" ru "как требует закон"
			  uses location
			  withdraw link "Unsubscribe" zh "退订" ru "Отписаться"
			}
			purpose cookie-use "Cookie use" zh "使用 Cookie" ru "Использование куки" {
			  basis implied-consent "deemed given by enabling cookies" zh "启用 Cookie 即视为同意" ru "считается данным при включении куки"
			  uses email
			  withdraw browser "Block cookies" zh "阻止 Cookie" ru "Блокировать куки"
			}
			recipient affiliates "Affiliates" zh "关联公司" ru "Аффилированные лица" {
			  kind affiliate
			  receives unstated "Personal Information" zh "个人信息" ru "Персональная информация"
			}
			tracking cookies "Cookies" zh "Cookie" ru "Куки" {
			  kind cookie
			  for cookie-use
			  collects email
			  implied-consent "deemed given by enabling cookies" zh "启用 Cookie 即视为同意" ru "считается данным при включении куки"
			}
			""";

    /** The same policy a version earlier: research itemised its data, recommendations rested on consent. */
    static final String BEFORE = POLICY.replace("version \"2\"", "version \"1\"")
            .replace(
                    "purpose research \"Research\" zh \"研究\" ru \"Исследования\" { basis unstated uses unstated }",
                    "purpose research \"Research\" zh \"研究\" ru \"Исследования\" { basis unstated uses email }")
            .replace(
                    "basis consent or no-objection or explicit-consent \"as local law requires\" zh \"视当地法律而定\" ru \"как требует закон\"",
                    "basis explicit-consent");

    @TempDir
    static Path dir;

    static Policy policy;
    static Policy before;

    @BeforeAll
    static void load() {
        policy = TestPolicies.view(dir.resolve("now"), TestPolicies.files("shop.pledge", POLICY));
        before = TestPolicies.view(dir.resolve("before"), TestPolicies.files("shop.pledge", BEFORE));
    }

    private static void assertSays(String language, String... phrases) {
        String text = new NoticeGenerator()
                .render(policy, NoticeFormat.TEXT, language)
                .text();
        for (String phrase : phrases) {
            assertTrue(
                    text.contains(phrase), () -> "the " + language + " notice does not say: " + phrase + "\n" + text);
        }
    }

    private static Purpose purpose(String id) {
        return policy.purpose(id).orElseThrow();
    }

    @Test
    void theViewKeepsWhatIsWritten() {
        assertTrue(purpose("research").dataUnstated());
        assertEquals(List.of(), purpose("research").items());
        assertEquals(List.of("email"), purpose("feedback").items(), "the items it names stay");
        assertEquals(LegalBasis.CONSENT, purpose("recommendations").mainBasis());
        assertEquals(LegalBasis.EXPLICIT_CONSENT, purpose("recommendations").guardBasis(), "the strictest");
        assertEquals(LegalBasis.IMPLIED_CONSENT, purpose("cookie-use").guardBasis());
        assertTrue(policy.trackings().get(0).impliedConsent());
    }

    @Test
    void noticesSayWhatThePolicyLeavesOpenInEachLanguage() {
        assertSays(
                "en",
                "The policy does not say which data this purpose uses",
                "Email; Also data the policy does not itemise (in its words: “the information you provide”)",
                "Consent or No objection (processing unless you object) or Explicit consent, as local law requires",
                "In the words of the policy: as local law requires",
                "Implied consent (deemed given by an action)",
                "“Personal Information” (the policy does not itemise this data)",
                "Deemed given by an action (implied consent): “deemed given by enabling cookies”");
        assertSays(
                "zh",
                "本政策未说明此目的使用哪些数据",
                "以及本政策未逐项列明的数据（原文：“您提供的信息”）",
                "同意或未表示反对（除非您反对）或明示同意（视当地法律要求而定）",
                "“个人信息”（本政策未逐项列明此数据）",
                "通过行为视为同意（默示同意）：“启用 Cookie 即视为同意”");
        assertSays(
                "ru",
                "Политика не указывает, какие данные использует эта цель",
                "«Персональная информация» (политика не перечисляет эти данные)",
                "Подразумеваемое согласие (считается данным действием)",
                "как требует местное законодательство");
    }

    @Test
    void exportsMapNoDataTheyCannotKnowAndSaySo() {
        ExportFile dpv = DpvJsonLd.export(policy, Mappings.builtIn());
        assertTrue(dpv.content().contains("\"dpv:ImpliedConsent\""), dpv.content());
        assertTrue(dpv.content().contains("\"dpv:PersonalData\""), dpv.content());
        String warnings = String.join("\n", dpv.warnings());
        assertTrue(warnings.contains("purpose `recommendations` gives alternative bases"), warnings);
        assertTrue(warnings.contains("not GDPR consent"), warnings);
        assertTrue(warnings.contains("does not say which data purpose `research` uses"), warnings);
        for (ExportFile store : List.of(
                ApplePrivacyManifest.export(policy, Mappings.builtIn()),
                PlayDataSafety.export(policy, Mappings.builtIn()))) {
            String storeWarnings = String.join("\n", store.warnings());
            assertTrue(storeWarnings.contains("does not say which data purpose `research` uses"), storeWarnings);
            assertTrue(storeWarnings.contains("does not say which data `affiliates` receives"), storeWarnings);
        }
        String json = PledgeJson.export(policy).content();
        assertTrue(json.contains("\"alternatives\""), json);
        assertTrue(json.contains("\"dataUnstated\""), json);
        assertTrue(json.contains("\"impliedConsent\""), json);
    }

    @Test
    void theDiffReportsDataLeftUnstatedAndNewAlternatives() {
        PolicyDiff diff = PolicyDiff.compare(before, policy);
        List<String> unstated = diff.changes("purpose-data-unstated").stream()
                .map(Change::describe)
                .toList();
        assertEquals(
                List.of("purpose `research` now uses data the policy does not itemise (`uses unstated`)"), unstated);
        List<String> bases = diff.changes("legal-basis-changed").stream()
                .map(Change::describe)
                .toList();
        assertEquals(
                List.of("purpose `recommendations` legal basis changed from explicit-consent to consent or"
                        + " no-objection or explicit-consent"),
                bases);
        PurposeImpact research = diff.freshConsent().stream()
                .filter(p -> p.purpose().equals("research"))
                .findFirst()
                .orElseThrow();
        assertTrue(research.reasons().contains("now uses data the policy does not itemise"), research.toString());
        assertFalse(
                diff.freshConsent().stream().anyMatch(p -> p.purpose().equals("recommendations")),
                "the guard still asks explicit consent: no fresh consent for a basis that is no stricter");
    }
}
