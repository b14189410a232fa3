// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.diff.PurposeImpact.Impact;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.TransferMechanism;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The real test: Xiaomi's 2015 policy against its 2021 policy (the 2015 example reuses the 2021
 * names for the same concepts). Each expectation below was checked against the two policy texts.
 */
class XiaomiDiffTest {

    static final Path XIAOMI_2015 =
            Path.of("..", "examples", "xiaomi", "2015").toAbsolutePath().normalize();

    private static Policy before;
    private static Policy after;
    private static PolicyDiff diff;

    @BeforeAll
    static void compare() {
        before = TestPolicies.view(TestPolicies.load(List.of(XIAOMI_2015)), null);
        after = TestPolicies.view(TestPolicies.load(List.of(TestPolicies.XIAOMI_2021)), null);
        diff = PolicyDiff.compare(before, after);
    }

    private static Change change(String kind, String subject) {
        return diff.changes(kind).stream()
                .filter(c -> c.subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + subject));
    }

    private static PurposeImpact impact(String purpose) {
        return diff.purposes().stream()
                .filter(p -> p.purpose().equals(purpose))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no impact for " + purpose));
    }

    @Test
    void versions() {
        assertEquals(new PolicyDiff.Version("xiaomi-2015", "2015-09-06"), diff.before());
        assertEquals("xiaomi", diff.after().policy());
    }

    @Test
    void advertisingIdentifiersAreNewItems() {
        assertEquals(
                new Change.ItemAdded("oaid", "OAID number (Open Anonymous Device Identifier)", "device", false),
                change("item-added", "oaid"));
        assertEquals("device", ((Change.ItemAdded) change("item-added", "gaid")).category());
        assertEquals(
                new Change.ItemAdded("credit-card", "Credit card number", "provided-info", true),
                change("item-added", "credit-card"));
        assertEquals(
                new Change.ItemRemoved("mailing-address", "Mailing address"),
                change("item-removed", "mailing-address"));
        assertFalse(
                diff.changes("item-added").stream().anyMatch(c -> c.subject().equals("imei")), "imei is in both");
    }

    @Test
    void itemChangesAreExactlyTheNamesOnOneSideOnly() {
        Set<String> old = before.items().stream().map(DataItem::id).collect(Collectors.toSet());
        Set<String> now = after.items().stream().map(DataItem::id).collect(Collectors.toSet());
        assertEquals(
                now.stream().filter(id -> !old.contains(id)).collect(Collectors.toSet()),
                diff.changes("item-added").stream().map(Change::subject).collect(Collectors.toSet()));
        assertEquals(
                old.stream().filter(id -> !now.contains(id)).collect(Collectors.toSet()),
                diff.changes("item-removed").stream().map(Change::subject).collect(Collectors.toSet()));
    }

    @Test
    void purposesOnlyIn2021AreAdded() {
        assertEquals(
                new Change.PurposeAdded(
                        "device-performance",
                        "Optimising device performance",
                        LegalBasis.UNSTATED,
                        after.purpose("device-performance").orElseThrow().items()),
                change("purpose-added", "device-performance"));
        // the seed states no basis for it: the guard asks for consent, so a new one needs consent first
        assertEquals(Impact.FRESH_CONSENT, impact("device-performance").impact());
        assertEquals(LegalBasis.UNSTATED, ((Change.PurposeAdded) change("purpose-added", "order-payment")).basis());
        assertEquals(Impact.FRESH_CONSENT, impact("order-payment").impact());
        assertEquals(
                List.of("new purpose based on unstated"),
                impact("ad-attribution").reasons());
        assertEquals(Impact.NOTICE, impact("records-legal-obligations").impact(), "a stated legal obligation");
    }

    @Test
    void purposesOnlyIn2015AreRemoved() {
        assertEquals(
                LegalBasis.UNSTATED,
                ((Change.PurposeRemoved) change("purpose-removed", "emergency-disclosure")).basis());
        assertEquals(
                new PurposeImpact("spam-blocklist", Impact.NOTICE, List.of("purpose removed"), 1, null),
                impact("spam-blocklist"));
    }

    @Test
    void attributionAndAdvertisingPartnersAreNew() {
        Change.PartyAdded appsflyer = (Change.PartyAdded) change("party-added", "appsflyer");
        assertEquals("AppsFlyer", appsflyer.title());
        assertTrue(appsflyer.named());
        // seed 004 L385: "some of your personal information", not itemised
        assertEquals(List.of("attribution-info"), appsflyer.items());
        assertTrue(diff.changes("party-added").stream()
                .map(Change::subject)
                .toList()
                .containsAll(List.of("adjust", "google", "facebook")));
        assertEquals(
                new Change.PartyRemoved("swiftkey", "SwiftKey input method", true),
                change("party-removed", "swiftkey"));
    }

    @Test
    void gdprRightsNew2021() {
        assertEquals(new Change.RightAdded("portability", RightKind.PORTABILITY), change("right-added", "portability"));
        assertEquals(new Change.RightAdded("restriction", RightKind.RESTRICTION), change("right-added", "restriction"));
        assertEquals(new Change.RightAdded("object", RightKind.OBJECT), change("right-added", "object"));
        assertEquals(
                new Change.RightRemoved("cookie-preferences", RightKind.CONTROL),
                change("right-removed", "cookie-preferences"));
    }

    @Test
    void personalisedContentStatesNoBasisInEitherVersionAndUsesMoreData() {
        assertTrue(diff.changes("legal-basis-changed").stream()
                .noneMatch(c -> c.subject().equals("personalised-content")));
        PurposeImpact impact = impact("personalised-content");
        assertEquals(Impact.FRESH_CONSENT, impact.impact());
        assertTrue(
                impact.reasons().get(0).startsWith("uses more data: "),
                impact.reasons().toString());
        assertEquals(1, impact.oldVersion());
        assertEquals(2, impact.newVersion());
        assertTrue(impact.versionRaised(), "the 2021 policy raises personalised-content to version 2");
    }

    @Test
    void everyPurposeOfBothVersionsThatNeedsFreshConsentHasARaisedVersion() {
        List<String> both = diff.purposes().stream()
                .filter(p -> p.impact() == Impact.FRESH_CONSENT)
                .filter(p -> before.purpose(p.purpose()).isPresent())
                .map(PurposeImpact::purpose)
                .toList();
        assertEquals(
                List.of(
                        "provide-improve-services",
                        "handle-requests",
                        "marketing-promotions",
                        "internal-analytics-research",
                        "activate-register",
                        "mi-account",
                        "order-processing",
                        "miui-activation",
                        "miui-service-operation",
                        "find-device",
                        "mi-message",
                        "location-based-services",
                        "ux-program",
                        "personalised-content"),
                both);
        both.forEach(purpose -> assertTrue(impact(purpose).versionRaised(), purpose));
    }

    @Test
    void miAccountStatesNoBasisIn2021() {
        assertEquals(
                new Change.LegalBasisChanged("mi-account", null, LegalBasis.CONSENT, LegalBasis.UNSTATED),
                change("legal-basis-changed", "mi-account"));
        // consent to no stated basis is not stronger (the guard asks for consent either way); more data is
        assertTrue(impact("mi-account").reasons().contains("legal basis changed from consent to unstated"));
        assertEquals(Impact.FRESH_CONSENT, impact("mi-account").impact());
    }

    @Test
    void findDeviceUsesMoreData() {
        assertEquals(
                new Change.LegalBasisChanged("find-device", null, LegalBasis.CONSENT, LegalBasis.UNSTATED),
                change("legal-basis-changed", "find-device"));
        assertTrue(((Change.PurposeWidened) change("purpose-widened", "find-device"))
                .addedItems()
                .contains("cell-codes"));
        assertEquals(Impact.FRESH_CONSENT, impact("find-device").impact());
    }

    @Test
    void transfersAreAllNew() {
        assertEquals(after.transfers().size(), diff.changes("transfer-added").size());
        Change.TransferAdded eea = (Change.TransferAdded) change("transfer-added", "eea-outside");
        assertEquals(List.of("eea"), eea.from());
        assertEquals(List.of(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES), eea.mechanisms());
    }

    @Test
    void everyFreshConsentPurposeRestsOnConsentIn2021() {
        assertFalse(diff.freshConsent().isEmpty());
        for (PurposeImpact impact : diff.freshConsent()) {
            LegalBasis basis = after.purpose(impact.purpose()).orElseThrow().basis();
            assertTrue(basis.consentRequired(), impact.purpose() + ": " + basis);
        }
    }

    @Test
    void whatThe2021PolicySaysDifferentlyIsNotARemoval() {
        assertEquals(
                List.of(
                        new Restructure(
                                "party",
                                List.of("general-public"),
                                "party",
                                List.of("public-winners", "public-consented", "public-legal")),
                        new Restructure(
                                "right",
                                List.of("ux-program-opt-out", "location-precision"),
                                "right",
                                List.of("ux-program-location")),
                        new Restructure(
                                "right", List.of("cookie-preferences"), "tracking", List.of("advertising-cookies"))),
                diff.restructures(),
                "2015's 'The public' is three kinds of public disclosure in 2021; two controls became one;"
                        + " choosing cookies became the opt-out of advertising cookies");
    }

    @Test
    void jsonOutputCarriesChangesAndImpacts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffJson.write(diff));
        assertEquals("1.1", json.get("formatVersion").asString());
        assertEquals(diff.restructures().size(), json.get("restructures").size());
        assertEquals("xiaomi-2015", json.get("before").get("policy").asString());
        assertEquals(diff.changes().size(), json.get("changes").size());
        assertEquals(
                diff.changes("party-added").size(),
                json.get("counts").get("party-added").asInt());
        JsonNode appsflyer = null;
        for (JsonNode change : json.get("changes")) {
            if (change.get("kind").asString().equals("party-added")
                    && change.get("subject").asString().equals("appsflyer")) {
                appsflyer = change;
            }
        }
        assertEquals("AppsFlyer", appsflyer.get("title").asString());
        JsonNode personalised = null;
        for (JsonNode purpose : json.get("purposes")) {
            if (purpose.get("purpose").asString().equals("personalised-content")) {
                personalised = purpose;
            }
        }
        assertEquals("fresh-consent", personalised.get("impact").asString());
        assertTrue(personalised.get("versionRaised").asBoolean());
    }

    @Test
    void textOutputIsTheSameTwice() {
        String text = DiffText.write(diff);
        assertEquals(text, DiffText.write(PolicyDiff.compare(before, after)));
        assertTrue(
                text.startsWith("Policy diff: xiaomi-2015 (2015-09-06) -> xiaomi ("),
                text.lines().findFirst().orElse(""));
        assertTrue(text.contains("\nFresh consent needed ("));
        assertTrue(text.contains("  party-added            third party `appsflyer` (AppsFlyer) added, receives "));
    }
}
