// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.CLEAN;
import static dev.pledge.dsl.PolicyFixture.cleanWith;
import static dev.pledge.dsl.PolicyFixture.describe;
import static dev.pledge.dsl.PolicyFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.Severity;
import dev.pledge.dsl.pledge.LegalBasis;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Tracking;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real policy says and the language must say as truthfully (issue #12, item 12): data it does not itemise
 * ({@code uses unstated}, {@code receives unstated}), consent deemed given by an action ({@code implied-consent}),
 * and bases local law decides among ({@code basis consent or no-objection or explicit-consent "..."}).
 */
class UnstatedDataAndAlternativesTest {

    @TempDir
    Path folder;

    private LoadResult check(String text) {
        return new PolicyFixture(folder).check(text);
    }

    /** The declaration of a type with a name (or the first of the type when name is null). */
    private static <T extends EObject> T find(LoadResult result, Class<T> type, String name) {
        return result.resourceSet().getResources().stream()
                .filter(r -> !r.getContents().isEmpty())
                .flatMap(r -> EcoreUtil2.getAllContentsOfType(r.getContents().get(0), type).stream())
                .filter(o -> name == null || name.equals(o.eGet(o.eClass().getEStructuralFeature("name"))))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPurposeAndARecipientMayUseDataThePolicyDoesNotItemise() {
        LoadResult result = check(
                cleanWith("uses ad-clicks\n", "uses ad-clicks\n  uses unstated \"the information you give us\"\n")
                        + "recipient affiliates \"Our affiliates\" { kind affiliate receives unstated \"Personal Information\" }\n");
        assertEquals(Set.of(Rule.DATA_UNSTATED.id()), rules(result), describe(result));
        assertEquals(2, result.findings().size(), describe(result));
        assertTrue(describe(result).contains("does not say which data purpose 'measure' uses"), describe(result));
        assertTrue(describe(result).contains("does not say which data 'affiliates' receives"), describe(result));
        Purpose measure = find(result, Purpose.class, "measure");
        assertEquals(
                "the information you give us",
                measure.getUnstatedData().getWords().getValue());
        assertEquals(1, measure.getUses().size(), "the items it names stay");
        Party affiliates = find(result, Party.class, "affiliates");
        assertTrue(affiliates.getDisclosures().get(0).getData().isEmpty());
    }

    /** A regional overlay may say a purpose of its base also uses data it does not itemise; only a purpose may. */
    @Test
    void anOverlayMayAddDataItDoesNotItemiseToAPurpose() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("base.pledge", CLEAN);
        fixture.write("eu.pledge", """
				import "base.pledge"
				policy shop-eu "Shop EU" extends shop { version "1" }
				extend measure { uses unstated "what you post in our community" }
				""");
        LoadResult result = fixture.load(List.of(folder));
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), describe(result));
        assertTrue(
                describe(result)
                        .contains("eu.pledge:3:23: warning: the policy does not say which further data purpose"
                                + " 'measure' uses here"),
                describe(result));
        fixture.write("eu.pledge", """
				import "base.pledge"
				policy shop-eu "Shop EU" extends shop { version "1" }
				extend mailer { uses unstated "what you post" }
				""");
        LoadResult misplaced = fixture.load(List.of(folder));
        assertTrue(rules(misplaced).contains(Rule.EXTENSION_MISMATCH.id()), describe(misplaced));
        assertTrue(describe(misplaced).contains("`uses` extends a purpose, but 'mailer' is a"), describe(misplaced));
    }

    @Test
    void unstatedWithoutWordsAndAnItemNamedLikeTheKeywordStillParse() {
        LoadResult result = check(cleanWith("uses ad-clicks\n", "uses unstated\n  uses ad-clicks\n"));
        assertEquals(Set.of(Rule.DATA_UNSTATED.id()), rules(result), describe(result));
    }

    @Test
    void consentDeemedGivenByAnActionIsNotGdprConsent() {
        String text = cleanWith(
                                "basis legitimate-interest \"knowing which ads work\"",
                                "basis implied-consent \"When you enable cookies, you are deemed to have consented.\"\n"
                                        + "  withdraw browser \"Block cookies\"")
                        .replace("opt-out web \"https://shop.example/ads\"\n", "")
                + "tracking cookies \"Cookies\" { kind cookie for measure collects ad-clicks"
                + " implied-consent \"When you enable cookies, you are deemed to have consented.\" }\n";
        LoadResult result = check(text);
        assertEquals(Set.of(Rule.GDPR_CONSENT_FORM.id()), rules(result), describe(result));
        assertTrue(describe(result).contains("not consent under the GDPR"), describe(result));
        assertTrue(find(result, Tracking.class, "cookies").isImpliedConsent());
    }

    @Test
    void impliedConsentKeepsThePromiseOfOnlyWithConsentAndNoObjectionBreaksIt() {
        String promise = "commitment promises \"Our promises\" { only-with-consent }\n";
        String others = cleanWith("basis legitimate-interest \"knowing which ads work\"", "basis unstated");
        String implied =
                others.replace("basis contract\n", "basis implied-consent\n  withdraw browser \"Block cookies\"\n")
                        + promise;
        assertEquals(Set.of(), rules(check(implied), Severity.ERROR), describe(check(implied)));
        LoadResult objection = check(others.replace(
                        "basis contract\n", "basis consent or no-objection\n  withdraw web \"https://x.example\"\n")
                + promise);
        assertEquals(Set.of(Rule.COMMITMENT_CONTRADICTED.id()), rules(objection, Severity.ERROR), describe(objection));
        assertTrue(describe(objection).contains("basis consent or no-objection"), describe(objection));
    }

    @Test
    void alternativesAreParsedInOrderWithTheWordsOfThePolicy() {
        LoadResult result = check(cleanWith(
                "basis explicit-consent\n",
                "basis consent or no-objection or explicit-consent \"consent or indication of no objection\"\n"));
        Purpose nearby = find(result, Purpose.class, "nearby");
        assertEquals(LegalBasis.CONSENT, nearby.getBases().get(0).getBasis());
        assertEquals(
                List.of(LegalBasis.NO_OBJECTION, LegalBasis.EXPLICIT_CONSENT),
                nearby.getBases().get(0).getAlternatives());
        assertEquals(
                "consent or indication of no objection",
                nearby.getBases().get(0).getInterest().getValue());
        // the location is sensitive: explicit consent among alternatives is a gap, not a contradiction
        assertEquals(
                Set.of(Rule.SENSITIVE_EXPLICIT_CONSENT_OPEN.id(), Rule.GDPR_CONSENT_FORM.id()),
                rules(result),
                describe(result));
    }

    @Test
    void sensitiveDataUnderAlternativesWithoutExplicitConsentIsStillAnError() {
        LoadResult result = check(cleanWith("basis explicit-consent\n", "basis consent or no-objection\n"));
        assertEquals(
                Set.of(Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT.id()), rules(result, Severity.ERROR), describe(result));
        assertTrue(describe(result).contains("under basis consent or no-objection"), describe(result));
    }

    @Test
    void unstatedIsNoAlternative() {
        LoadResult result = check(cleanWith("basis contract\n", "basis contract or unstated\n"));
        assertEquals(Set.of(Rule.MISSING_LEGAL_BASIS.id()), rules(result, Severity.ERROR), describe(result));
    }

    @Test
    void odiaIsStillALanguageAfterOrBecameAKeyword() {
        LoadResult result = check(cleanWith("languages en, zh", "languages en, zh, or")
                .replace("\"Process your orders\"", "\"Process your orders\" or \"ଆପଣଙ୍କ ଅର୍ଡର\""));
        assertEquals(Set.of(), rules(result, Severity.ERROR), describe(result));
    }
}
