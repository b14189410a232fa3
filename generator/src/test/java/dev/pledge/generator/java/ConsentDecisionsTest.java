// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.runtime.ConsentAction;
import dev.pledge.runtime.ConsentDeniedException;
import dev.pledge.runtime.ConsentLedger;
import dev.pledge.runtime.ConsentRecord;
import dev.pledge.runtime.Decision;
import dev.pledge.runtime.InMemoryConsentStore;
import dev.pledge.runtime.LedgerException;
import dev.pledge.runtime.PurposeSpec;
import dev.pledge.runtime.RegionSpec;
import dev.pledge.runtime.SubjectConsent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated guard and ledger of a real policy through every {@link Decision}: the Xiaomi 2021
 * policy, overlaid by an EEA policy that {@code extends} it with children rules (parental consent in
 * the EEA, a minimum age elsewhere), a region-bound purpose and a purpose at version 2.
 */
class ConsentDecisionsTest {

    private static final String EEA_OVERLAY = """
			import "xiaomi.pledge"
			policy xiaomi-eea "Xiaomi Privacy Policy (EEA)" extends xiaomi {
				version "2021.1.15.1"
			}
			children eea-minors "Children in the EEA" {
				regions eea
				under 16 need parental-consent
			}
			children young-children "Young children" {
				regions global
				under 13 need not-allowed
			}
			children community-children "Children in Mi Community" {
				services mi-community
				regions global
				under 16 need not-allowed
			}
			purpose eea-research "Research on device use in the EEA" {
				basis consent
				uses model
				version 2
				regions eea
				withdraw settings "Settings > Privacy"
				retention 90 days
			}
			purpose eea-ads "Measure our ads" {
				basis consent in eea
				basis legitimate-interest "knowing which of our ads work"
				uses model
				withdraw settings "Settings > Ads"
				retention 30 days
			}
			commitment children-profiling "We do not profile children" { no-profiling-of-children }
			purpose implied-cookies "Cookies deemed accepted" {
				basis implied-consent "When you enable cookies, you are deemed to have consented."
				uses model
				withdraw browser "Block cookies"
				retention 30 days
			}
			purpose local-law "Marketing as local law requires" {
				basis consent or no-objection or explicit-consent "consent or indication of no objection, which may require separate explicit consent"
				uses model
				withdraw link "Unsubscribe"
				retention 30 days
			}
			purpose unless-objected "Processing unless you object" {
				basis no-objection
				uses model
				opt-out link "Unsubscribe"
				retention 30 days
			}
			purpose unstated-basis "A purpose whose basis the policy does not give" {
				basis unstated
				uses model
				retention 30 days
			}
			""";

    @TempDir
    static Path dir;

    private static Policy policy;
    private static CompiledApi api;
    private static Object ledger;

    @BeforeAll
    static void generate() throws IOException {
        Path policies = Files.createDirectories(dir.resolve("policy"));
        try (Stream<Path> files = Files.list(TestPolicies.XIAOMI_2021)) {
            for (Path file : files.toList()) {
                Files.copy(file, policies.resolve(file.getFileName()));
            }
        }
        Files.writeString(policies.resolve("xiaomi-eea.pledge"), EEA_OVERLAY);
        policy = TestPolicies.view(TestPolicies.load(List.of(policies.resolve("xiaomi-eea.pledge"))), null);
        api = CompiledApi.of(policy, "com.example.xiaomi.eea", dir);
        ledger = api.callStatic(
                "XiaomiEeaLedger",
                "open",
                new InMemoryConsentStore(),
                Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        CompiledApi.call(ledger, "close");
    }

    private static PurposeSpec purpose(String id) {
        return (PurposeSpec) ((Optional<?>) api.callStatic("Purpose", "byId", id)).orElseThrow();
    }

    private static RegionSpec region(String id) {
        return (RegionSpec) ((Optional<?>) api.callStatic("Region", "byId", id)).orElseThrow();
    }

    private static String firstPurposeWith(LegalBasis basis) {
        return policy.purposes().stream()
                .filter(p -> p.basis() == basis && p.regions().isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Decision check(SubjectConsent subject, PurposeSpec purpose) {
        return (Decision) api.callStatic("XiaomiEeaConsent", "check", subject, purpose);
    }

    /** A subject's state replayed from the ledger, in a region, with an age. */
    private static SubjectConsent subject(String id, String region, int age) {
        SubjectConsent subject = (SubjectConsent) CompiledApi.call(ledger, "subject", id);
        return subject.region(region == null ? null : region(region)).age(age);
    }

    private static void record(String action, String subject, PurposeSpec purpose) {
        CompiledApi.call(ledger, action, subject, purpose, region("eea"), "app-settings", null);
    }

    @Test
    void overlayCarriesTheRegionalRules() {
        PurposeSpec research = purpose("eea-research");
        RegionSpec eea = region("eea");
        assertEquals(2, research.version());
        assertEquals(1L << eea.ordinal(), research.regionMask());
        assertEquals(16, eea.childAge());
        assertEquals(0, region("global").childAge());
        assertEquals("2021.1.15.1", readStatic("XiaomiEeaConsent", "POLICY_VERSION"));
        assertTrue(policy.purposes().size() > 50, "the base policy's purposes are part of the overlay");
    }

    @Test
    void allowedByBasisAndDeniedAfterObjection() {
        PurposeSpec obligation = purpose(firstPurposeWith(LegalBasis.LEGAL_OBLIGATION));
        PurposeSpec interest = purpose(firstPurposeWith(LegalBasis.LEGITIMATE_INTEREST));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("basis", "eea", 30), obligation));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("basis", "eea", 30), interest));
        record("object", "basis", interest);
        assertEquals(Decision.DENIED_OBJECTION, check(subject("basis", "eea", 30), interest));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("basis", "eea", 30), obligation));
    }

    @Test
    void aRegionalBasisDecidesByTheSubjectsRegion() {
        PurposeSpec ads = purpose("eea-ads");
        assertEquals(dev.pledge.runtime.LegalBasis.CONSENT, ads.basis(region("eea")));
        assertEquals(dev.pledge.runtime.LegalBasis.LEGITIMATE_INTEREST, ads.basis(region("global")));
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("regional", "eea", 30), ads));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("regional", "global", 30), ads));
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("regional", null, 30), ads), "unknown: strictest");
        record("grant", "regional", ads);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("regional", "eea", 30), ads));
    }

    @Test
    void anUnstatedBasisNeedsConsent() {
        PurposeSpec unstated = purpose("unstated-basis");
        assertEquals(dev.pledge.runtime.LegalBasis.UNSTATED, unstated.basis());
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("unstated", "global", 30), unstated));
        record("grant", "unstated", unstated);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("unstated", "eea", 30), unstated));
    }

    @Test
    void impliedConsentIsConsentTheAppRecordsAndTheSubjectCanWithdraw() {
        PurposeSpec cookies = purpose("implied-cookies");
        assertEquals(dev.pledge.runtime.LegalBasis.IMPLIED_CONSENT, cookies.basis());
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("implied", "global", 30), cookies), "never assumed");
        record("grant", "implied", cookies); // the app records the act: the person enabled cookies
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("implied", "global", 30), cookies));
        record("withdraw", "implied", cookies);
        assertEquals(Decision.DENIED_WITHDRAWN, check(subject("implied", "global", 30), cookies));
    }

    @Test
    void alternativesLocalLawDecidesAmongApplyTheStrictest() {
        PurposeSpec localLaw = purpose("local-law");
        assertEquals(dev.pledge.runtime.LegalBasis.EXPLICIT_CONSENT, localLaw.basis());
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("alternatives", "global", 30), localLaw));
        record("grant", "alternatives", localLaw);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("alternatives", "global", 30), localLaw));
    }

    @Test
    void noObjectionAllowsUntilTheSubjectObjects() {
        PurposeSpec unlessObjected = purpose("unless-objected");
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("objecting", "global", 30), unlessObjected));
        record("object", "objecting", unlessObjected);
        assertEquals(Decision.DENIED_OBJECTION, check(subject("objecting", "global", 30), unlessObjected));
    }

    @Test
    void aChildIsNotProfiledWhenThePolicyPromisesIt() {
        PurposeSpec ads = purpose("personalised-ads-profiling");
        assertTrue(ads.notForChildren(), "a profiling purpose");
        record("grant", "young", ads);
        record("parentalConsent", "young", ads);
        assertEquals(Decision.DENIED_CHILD_PROFILING, check(subject("young", "eea", 12), ads));
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("young", "eea", 16), ads));
    }

    @Test
    void consentGivenWithdrawnAndMissing() {
        PurposeSpec research = purpose("eea-research");
        assertEquals(Decision.DENIED_NO_CONSENT, check(subject("consent", "eea", 30), research));
        record("grant", "consent", research);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("consent", "eea", 30), research));
        record("withdraw", "consent", research);
        assertEquals(Decision.DENIED_WITHDRAWN, check(subject("consent", "eea", 30), research));
    }

    @Test
    void consentForAnOlderPurposeVersionNoLongerCounts() {
        PurposeSpec research = purpose("eea-research");
        ConsentLedger untyped = (ConsentLedger) CompiledApi.call(ledger, "ledger");
        untyped.append(new ConsentRecord(
                "r-old",
                "old",
                "eea-research",
                1,
                "xiaomi-eea",
                "2020.1", // made under an older version of the policy, when the purpose was at version 1
                ConsentAction.GRANT,
                Instant.parse("2021-05-01T00:00:00Z"),
                "app-settings",
                null,
                "eea"));
        assertEquals(Decision.DENIED_OUTDATED_VERSION, check(subject("old", "eea", 30), research));
        record("grant", "old", research);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("old", "eea", 30), research));
    }

    @Test
    void childrenNeedParentalConsent() {
        PurposeSpec research = purpose("eea-research");
        record("grant", "child", research);
        assertEquals(Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT, check(subject("child", "eea", 12), research));
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("child", "eea", 16), research), "16 is not under 16");
        record("parentalConsent", "child", research);
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("child", "eea", 12), research));
    }

    @Test
    void childrenUnderTheMinimumAgeMayNotUseTheService() {
        assertEquals(13, ((RegionSpec) region("global")).minimumAge());
        PurposeSpec antiFraud = purpose("security-anti-fraud"); // L72: legitimate interest, no consent asked
        assertEquals(Decision.DENIED_UNDER_MINIMUM_AGE, check(subject("young", "global", 12), antiFraud));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("young", "global", 13), antiFraud));
        assertEquals(
                Decision.ALLOWED_BY_BASIS,
                check(subject("young", "global", 12), purpose("records-legal-obligations")),
                "a legal obligation binds at any age");
        assertEquals(
                Decision.ALLOWED_BY_BASIS, check(subject("young", "eea", 12), antiFraud), "no minimum age in the EEA");
        assertEquals(
                Decision.DENIED_NO_CONSENT,
                check(subject("young", "global", 13), purpose("order-processing")),
                "the seed states no basis for orders: the guard waits for consent");
    }

    @Test
    void theMostSpecificChildrensRuleHoldsForAPurposeOfItsService() {
        PurposeSpec community = purpose("community");
        RegionSpec global = region("global");
        assertEquals(16, community.minimumAge(global), "the rule for Mi Community, not the region's");
        assertEquals(13, purpose("order-processing").minimumAge(global));
        assertEquals(Decision.DENIED_UNDER_MINIMUM_AGE, check(subject("teen", "global", 14), community));
        assertEquals(Decision.ALLOWED_BY_BASIS, check(subject("teen", "global", 14), purpose("security-anti-fraud")));
        assertEquals(
                Decision.DENIED_NO_CONSENT,
                check(subject("teen", "eea", 14), community),
                "only in its region: in the EEA it waits for consent (the seed states no basis for it)");
    }

    @Test
    void purposesBoundToARegionAreDeniedElsewhere() {
        PurposeSpec research = purpose("eea-research");
        record("grant", "traveller", research);
        assertEquals(
                Decision.DENIED_REGION, check(subject("traveller", "eea", 30).region(region("global")), research));
        assertEquals(
                Decision.DENIED_REGION,
                check(subject("traveller", "eea", 30).region(null), research),
                "an unknown region is denied");
        assertEquals(Decision.ALLOWED_BY_CONSENT, check(subject("traveller", "eea", 30), research));
    }

    @Test
    void requireThrowsWithTheDecision() {
        PurposeSpec research = purpose("eea-research");
        SubjectConsent subject = subject("require", "eea", 30);
        ConsentDeniedException denied = assertThrows(
                ConsentDeniedException.class, () -> api.callStatic("XiaomiEeaConsent", "require", subject, research));
        assertEquals(Decision.DENIED_NO_CONSENT, denied.decision());
        assertEquals("eea-research", denied.purposeId());
        record("grant", "require", research);
        assertDoesNotThrow(
                () -> api.callStatic("XiaomiEeaConsent", "require", subject("require", "eea", 30), research));
    }

    @Test
    void everyDecisionIsReachedByTheseTests() {
        // the tests above name every decision; this guards against the runtime adding one they miss
        assertEquals(
                EnumSet.allOf(Decision.class),
                EnumSet.of(
                        Decision.ALLOWED_BY_BASIS,
                        Decision.DENIED_OBJECTION,
                        Decision.DENIED_NO_CONSENT,
                        Decision.ALLOWED_BY_CONSENT,
                        Decision.DENIED_WITHDRAWN,
                        Decision.DENIED_OUTDATED_VERSION,
                        Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT,
                        Decision.DENIED_REGION,
                        Decision.DENIED_UNDER_MINIMUM_AGE,
                        Decision.DENIED_CHILD_PROFILING));
    }

    @Test
    void ledgerValidatesPurposeAndRegionIds() {
        ConsentRecord granted = (ConsentRecord) CompiledApi.call(
                ledger, "record", ConsentAction.GRANT, "ids", "eea-research", "eea", "web-form", "notice v2");
        assertEquals(2, granted.purposeVersion());
        assertEquals("xiaomi-eea", granted.policyId());
        LedgerException unknown = assertThrows(
                LedgerException.class,
                () -> CompiledApi.call(ledger, "record", ConsentAction.GRANT, "ids", "eea-reserch", null, null, null));
        assertTrue(
                unknown.getMessage()
                        .startsWith("unknown purpose 'eea-reserch' in policy 'xiaomi-eea'; known purposes: "),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains("eea-research"), unknown.getMessage());
        LedgerException region = assertThrows(
                LedgerException.class,
                () -> CompiledApi.call(
                        ledger, "record", ConsentAction.GRANT, "ids", "eea-research", "mars", null, null));
        assertTrue(
                region.getMessage().startsWith("unknown region 'mars' in policy 'xiaomi-eea'; known regions: global,"),
                region.getMessage());
    }

    private static Object readStatic(String type, String field) {
        try {
            return api.type(type).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
