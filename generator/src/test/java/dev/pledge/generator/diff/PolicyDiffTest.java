// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.diff.PurposeImpact.Impact;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.ProvisionRequirement;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.TransferMechanism;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One focused test per kind of change and per consent rule, on small policies. */
class PolicyDiffTest {

    /** A small valid policy; tests replace parts of it. */
    static final String BASE = """
			policy shop "Shop" { version "1" }
			region eea "EEA" { }
			region usa "United States" { }
			category account "Account" {
			  data email "Email"
			  data phone "Phone"
			  data location "Location"
			}
			purpose orders "Orders" { basis contract uses email retention 30 days }
			purpose news "Newsletter" { basis consent uses email withdraw settings "Settings > News" }
			party mailer "Mailer" { kind service-provider receives email for news }
			right access { via web "https://shop.example/access" }
			""";

    @TempDir
    Path dir;

    private PolicyDiff diff(String before, String after) {
        Policy old = TestPolicies.view(dir.resolve("old"), TestPolicies.files("shop.pledge", before));
        Policy now = TestPolicies.view(dir.resolve("new"), TestPolicies.files("shop.pledge", after));
        return PolicyDiff.compare(old, now);
    }

    private static PurposeImpact impact(PolicyDiff diff, String purpose) {
        return diff.purposes().stream()
                .filter(p -> p.purpose().equals(purpose))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no impact for " + purpose + " in " + diff.purposes()));
    }

    @Test
    void aRegionalBasisChangeIsReportedForItsRegion() {
        PolicyDiff diff = diff(
                BASE,
                BASE.replace(
                        "basis contract uses email",
                        "basis contract basis consent in eea withdraw web \"https://shop.example/c\" uses email"));
        assertEquals(
                List.of(new Change.LegalBasisChanged("orders", "eea", LegalBasis.CONTRACT, LegalBasis.CONSENT)),
                diff.changes("legal-basis-changed"));
        assertEquals(Impact.FRESH_CONSENT, impact(diff, "orders").impact());
        assertEquals(
                List.of("legal basis in eea changed from contract to consent"),
                impact(diff, "orders").reasons());
    }

    @Test
    void aWithdrawnCommitmentIsReported() {
        String promised = BASE + "commitment no-sale \"We do not sell your data\" { no-sale }\n";
        PolicyDiff diff = diff(promised, BASE);
        assertEquals(
                List.of(new Change.CommitmentRemoved("no-sale", "We do not sell your data", List.of("no-sale"))),
                diff.changes("commitment-removed"));
        assertEquals(
                List.of(new Change.CommitmentAdded("no-sale", "We do not sell your data", List.of("no-sale"))),
                diff(BASE, promised).changes("commitment-added"));
    }

    @Test
    void aChangedOccasionOfDisclosureIsReported() {
        PolicyDiff diff = diff(
                BASE,
                BASE.replace("receives email for news }", "receives email for news when consent, legal-obligation }"));
        assertEquals(
                List.of(new Change.TriggersChanged("mailer", List.of("consent", "legal-obligation"), List.of())),
                diff.changes("triggers-changed"));
    }

    @Test
    void removedSafeguardsOfAConsentPurposeNeedFreshConsent() {
        String guarded = BASE.replace(
                "withdraw settings \"Settings > News\" }",
                "withdraw settings \"Settings > News\" safeguards pseudonymised not-linked-to phone }");
        PolicyDiff diff = diff(guarded, BASE);
        assertEquals(
                List.of(new Change.SafeguardsChanged(
                        "news", List.of(), List.of("pseudonymised", "not-linked-to:phone"))),
                diff.changes("safeguards-changed"));
        assertEquals(Impact.FRESH_CONSENT, impact(diff, "news").impact());
        PolicyDiff added = diff(BASE, guarded);
        assertTrue(added.purposes().stream().noneMatch(p -> p.purpose().equals("news")), "more safeguards: no impact");
    }

    @Test
    void anUnstatedBasisBecomingConsentNeedsFreshConsent() {
        PolicyDiff diff = diff(
                BASE.replace("basis contract", "basis unstated"),
                BASE.replace("basis contract", "basis consent withdraw web \"https://shop.example/c\""));
        assertEquals(
                List.of(new Change.LegalBasisChanged("orders", null, LegalBasis.UNSTATED, LegalBasis.CONSENT)),
                diff.changes("legal-basis-changed"));
        assertEquals(Impact.FRESH_CONSENT, impact(diff, "orders").impact());
    }

    @Test
    void samePolicyHasNoChanges() {
        PolicyDiff diff = diff(BASE, BASE);
        assertTrue(diff.isEmpty());
        assertEquals(List.of(), diff.purposes());
        assertEquals("Policy diff: shop (1) -> shop (1)\nNo changes.\n", DiffText.write(diff));
    }

    @Test
    void itemAddedAndRemoved() {
        PolicyDiff diff = diff(BASE, BASE.replace("data phone \"Phone\"", "data age \"Age\" { sensitive }"));
        assertEquals(List.of(new Change.ItemAdded("age", "Age", "account", true)), diff.changes("item-added"));
        assertEquals(List.of(new Change.ItemRemoved("phone", "Phone")), diff.changes("item-removed"));
        assertEquals(List.of(), diff.purposes(), "no purpose uses them: nothing to consent to or notify");
    }

    @Test
    void newConsentPurposeNeedsFreshConsentNewContractPurposeOnlyNotice() {
        PolicyDiff diff = diff(BASE, BASE + """
				purpose ads "Ads" { basis consent uses phone withdraw settings "Settings > Ads" }
				purpose delivery "Delivery" { basis contract uses location }
				""");
        assertEquals(
                List.of(
                        new Change.PurposeAdded("ads", "Ads", LegalBasis.CONSENT, List.of("phone")),
                        new Change.PurposeAdded("delivery", "Delivery", LegalBasis.CONTRACT, List.of("location"))),
                diff.changes("purpose-added"));
        assertEquals(Impact.FRESH_CONSENT, impact(diff, "ads").impact());
        assertEquals(
                List.of("new purpose based on consent"), impact(diff, "ads").reasons());
        assertEquals(Impact.NOTICE, impact(diff, "delivery").impact());
    }

    @Test
    void removedPurposeNeedsOnlyANotice() {
        PolicyDiff diff = diff(
                BASE, BASE.replace("purpose orders \"Orders\" { basis contract uses email retention 30 days }", ""));
        assertEquals(
                List.of(new Change.PurposeRemoved("orders", "Orders", LegalBasis.CONTRACT)),
                diff.changes("purpose-removed"));
        assertEquals(
                new PurposeImpact("orders", Impact.NOTICE, List.of("purpose removed"), 1, null),
                impact(diff, "orders"));
    }

    @Test
    void partyAddedAndRemoved() {
        PolicyDiff diff = diff(BASE, BASE.replace("party mailer \"Mailer\"", "party sender \"Sender\""));
        assertEquals(
                List.of(new Change.PartyAdded("sender", "Sender", true, List.of("email"))),
                diff.changes("party-added"));
        assertEquals(List.of(new Change.PartyRemoved("mailer", "Mailer", true)), diff.changes("party-removed"));
        PurposeImpact news = impact(diff, "news");
        assertEquals(Impact.FRESH_CONSENT, news.impact(), "consent covered the recipients it was given for");
        assertEquals(List.of("data goes to new recipients: sender"), news.reasons());
    }

    @Test
    void renamedSplitMergedAndMovedDeclarationsAreRestructuresNotDrops() {
        PolicyDiff diff = diff(
                BASE + """
						right control news-off "Stop the newsletter" { via settings "Settings > News" }
						right control email-choice "Choose your emails" { via settings "Settings > Email" purposes news }
						right control cookie-choice "Choose which cookies to accept" { via browser "Block cookies" }
						""",
                BASE.replace("party mailer \"Mailer\" {", "party sender \"Mailer (EU)\" {")
                                .replace("data phone \"Phone\"", "data mobile \"phone\"")
                        + """
						right control emails "Emails we send you" { via settings "Settings > News" purposes news }
						tracking ad-cookies "Advertising cookies" { kind cookie opt-out browser "Cookie settings" }
						""");
        assertEquals(
                List.of(
                        new Restructure("item", List.of("phone"), "item", List.of("mobile")),
                        new Restructure("party", List.of("mailer"), "party", List.of("sender")),
                        new Restructure("right", List.of("news-off", "email-choice"), "right", List.of("emails")),
                        new Restructure("right", List.of("cookie-choice"), "tracking", List.of("ad-cookies"))),
                diff.restructures(),
                "same title (case and brackets aside); two controls merged by a way or purpose in common;"
                        + " a control now a way to opt out of a tracking technology");
        assertEquals(3, diff.changes("right-removed").size(), "the typed changes themselves stay");
        assertTrue(DiffText.write(diff).contains("right news-off, email-choice is now right emails"));
        assertTrue(DiffJson.write(diff).contains("\"afterKind\": \"tracking\""));
    }

    @Test
    void aConsentPurposeThatNowProfilesNeedsFreshConsentAProvisionChangeOnlyANotice() {
        PolicyDiff diff = diff(
                BASE,
                BASE.replace(
                                "withdraw settings \"Settings > News\" }",
                                "withdraw settings \"Settings > News\" profiling }")
                        .replace("retention 30 days }", "retention 30 days provision required-for-contract }"));
        assertEquals(
                List.of(new Change.AutomatedProcessingAdded("news", true, false)),
                diff.changes("automated-processing-added"));
        assertEquals(
                List.of(new Change.ProvisionChanged("orders", "purpose", null, ProvisionRequirement.CONTRACT_ENTRY)),
                diff.changes("provision-changed"));
        assertEquals(Impact.FRESH_CONSENT, impact(diff, "news").impact(), "consent was not given for profiling");
        assertEquals(List.of("now profiles people"), impact(diff, "news").reasons());
        assertEquals(Impact.NOTICE, impact(diff, "orders").impact());
    }

    @Test
    void aRealRemovalIsNoRestructure() {
        PolicyDiff diff = diff(BASE, BASE.replace("data phone \"Phone\"", "data age \"Age\""));
        assertEquals(List.of(), diff.restructures());
    }

    @Test
    void partyReceivesMoreItemsAndForMorePurposes() {
        PolicyDiff diff = diff(BASE, BASE.replace("receives email for news", "receives email for news, orders"));
        assertEquals(
                List.of(new Change.PartyReceivesMore("mailer", List.of(), List.of("orders"))),
                diff.changes("party-receives-more"));
        assertEquals(Impact.NOTICE, impact(diff, "orders").impact(), "orders rests on a contract");

        diff = diff(
                BASE,
                BASE.replace("uses email withdraw", "uses email, phone withdraw")
                        .replace("receives email for news", "receives email, phone for news"));
        assertEquals(
                List.of(new Change.PartyReceivesMore("mailer", List.of("phone"), List.of())),
                diff.changes("party-receives-more"));
        assertTrue(DiffText.write(diff).contains("party `mailer` now also receives phone"));
    }

    @Test
    void rightAddedAndRemoved() {
        PolicyDiff diff = diff(BASE, BASE.replace("right access", "right erasure"));
        assertEquals(List.of(new Change.RightAdded("erasure", RightKind.ERASURE)), diff.changes("right-added"));
        assertEquals(List.of(new Change.RightRemoved("access", RightKind.ACCESS)), diff.changes("right-removed"));
    }

    @Test
    void widenedConsentPurposeNeedsFreshConsentAndAHigherVersion() {
        PolicyDiff diff = diff(BASE, BASE.replace("uses email withdraw", "uses email, location withdraw"));
        assertEquals(List.of(new Change.PurposeWidened("news", List.of("location"))), diff.changes("purpose-widened"));
        PurposeImpact news = impact(diff, "news");
        assertEquals(Impact.FRESH_CONSENT, news.impact());
        assertEquals(List.of("uses more data: location"), news.reasons());
        assertFalse(news.versionRaised(), "the policy left the purpose at version 1");
        assertTrue(DiffText.write(diff).contains("news: uses more data: location [version stays 1: write `version 2`"));

        PurposeImpact raised = impact(
                diff(BASE, BASE.replace("uses email withdraw", "uses email, location version 2 withdraw")), "news");
        assertEquals(Impact.FRESH_CONSENT, raised.impact());
        assertTrue(raised.versionRaised());
        assertEquals(2, raised.newVersion());
    }

    @Test
    void widenedPurposeOnAnotherBasisNeedsOnlyANotice() {
        PolicyDiff diff = diff(BASE, BASE.replace("basis contract uses email", "basis contract uses email, phone"));
        assertEquals(List.of(new Change.PurposeWidened("orders", List.of("phone"))), diff.changes("purpose-widened"));
        assertEquals(
                new PurposeImpact("orders", Impact.NOTICE, List.of("uses more data: phone"), 1, 1),
                impact(diff, "orders"));
    }

    @Test
    void basisChangedToConsentNeedsFreshConsentAwayFromConsentOnlyANotice() {
        PolicyDiff toConsent = diff(
                BASE,
                BASE.replace(
                        "basis contract uses email retention",
                        "basis consent uses email withdraw settings \"Settings\" retention"));
        assertEquals(
                List.of(new Change.LegalBasisChanged("orders", null, LegalBasis.CONTRACT, LegalBasis.CONSENT)),
                toConsent.changes("legal-basis-changed"));
        assertEquals(Impact.FRESH_CONSENT, impact(toConsent, "orders").impact());

        PolicyDiff toExplicit =
                diff(BASE, BASE.replace("basis consent uses email", "basis explicit-consent uses email"));
        assertEquals(
                Impact.FRESH_CONSENT, impact(toExplicit, "news").impact(), "consent given is not explicit consent");

        PolicyDiff awayFromConsent = diff(
                BASE,
                BASE.replace(
                        "basis consent uses email withdraw settings \"Settings > News\"",
                        "basis legitimate-interest \"keeping customers informed\" uses email"));
        assertEquals(
                new PurposeImpact(
                        "news",
                        Impact.NOTICE,
                        List.of("legal basis changed from consent to legitimate-interest"),
                        1,
                        1),
                impact(awayFromConsent, "news"));
    }

    @Test
    void retentionChangedNeedsANotice() {
        PolicyDiff diff = diff(BASE, BASE.replace("retention 30 days", "retention 2 years after \"the last order\""));
        assertEquals(
                List.of(new Change.RetentionChanged("orders", "30 days", "2 years after \"the last order\"")),
                diff.changes("retention-changed"));
        assertEquals(Impact.NOTICE, impact(diff, "orders").impact());
        assertEquals(
                List.of("retention changed from 30 days to 2 years after \"the last order\""),
                impact(diff, "orders").reasons());
    }

    @Test
    void retentionRuleChanged() {
        PolicyDiff diff =
                diff(BASE + "retention default { keep 1 year }\n", BASE + "retention default { keep 2 years }\n");
        assertEquals(
                List.of(new Change.RetentionChanged("default", "1 year", "2 years")),
                diff.changes("retention-changed"));
        assertEquals(List.of(), diff.purposes(), "a rule is not a purpose: no verdict, the change is listed");
    }

    @Test
    void transferAdded() {
        PolicyDiff diff = diff(BASE, BASE + """
				transfer to-usa "To the US" { from eea to usa recipients mailer by standard-contractual-clauses }
				""");
        assertEquals(
                List.of(new Change.TransferAdded(
                        "to-usa",
                        List.of("eea"),
                        List.of("usa"),
                        List.of("mailer"),
                        List.of(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES))),
                diff.changes("transfer-added"));
    }
}
