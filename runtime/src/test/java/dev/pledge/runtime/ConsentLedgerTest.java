// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static dev.pledge.runtime.TestPurpose.AD_PERSONALISATION;
import static dev.pledge.runtime.TestPurpose.ANALYTICS;
import static dev.pledge.runtime.TestPurpose.BILLING;
import static dev.pledge.runtime.TestPurpose.FRAUD_PREVENTION;
import static dev.pledge.runtime.TestPurpose.HEALTH_INSIGHTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger over the in-memory store: validation and replay (the JDBC stores share the contract tests). */
class ConsentLedgerTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final ConsentStore store = ConsentStores.inMemory();
    private final ConsentLedger ledger = ConsentLedger.open(
            store,
            TestPurpose.guard(),
            TestPurpose.POLICY,
            TestPurpose.POLICY_VERSION,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsCarryEveryField() {
        ConsentRecord r = ledger.grant("alice", AD_PERSONALISATION, TestRegion.EU, "web-banner", "banner v3");
        assertEquals("alice", r.subjectId());
        assertEquals("ad-personalisation", r.purposeId());
        assertEquals(2, r.purposeVersion());
        assertEquals(TestPurpose.POLICY, r.policyId());
        assertEquals(TestPurpose.POLICY_VERSION, r.policyVersion());
        assertEquals(ConsentAction.GRANT, r.action());
        assertEquals(NOW, r.timestamp());
        assertEquals("web-banner", r.channel());
        assertEquals("banner v3", r.evidence());
        assertEquals("EU", r.jurisdiction());
        assertEquals(36, r.recordId().length(), "a UUID");
        assertEquals(java.util.List.of(r), store.history("alice"));
    }

    @Test
    void replayRebuildsTheStateTheGuardChecks() {
        ledger.grant("alice", ANALYTICS, TestRegion.EU, "app", null);
        ledger.grant("alice", AD_PERSONALISATION, TestRegion.EU, "app", null);
        ledger.withdraw("alice", ANALYTICS, null, "app", null);
        ledger.object("alice", FRAUD_PREVENTION, null, "support", "ticket 42");
        ledger.grant("bob", ANALYTICS, TestRegion.US, "app", null);

        ConsentGuard guard = ledger.guard();
        SubjectConsent alice = ledger.subject("alice");
        assertEquals(TestRegion.EU.ordinal(), alice.regionOrdinal(), "region from the latest jurisdiction");
        assertEquals(Decision.DENIED_WITHDRAWN, guard.check(alice, ANALYTICS));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(alice, AD_PERSONALISATION));
        assertEquals(Decision.DENIED_OBJECTION, guard.check(alice, FRAUD_PREVENTION));
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(alice, HEALTH_INSIGHTS));
        SubjectConsent bob = ledger.subject("bob");
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(bob, ANALYTICS));
        assertEquals(TestRegion.US.ordinal(), bob.regionOrdinal());
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(ledger.subject("carol"), ANALYTICS));
    }

    @Test
    void childWithParentalConsentReplays() {
        ledger.grant("kid", ANALYTICS, TestRegion.EU, "app", null);
        SubjectConsent before = ledger.subject("kid").age(12);
        assertEquals(
                Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT, ledger.guard().check(before, ANALYTICS));
        ledger.parentalConsent("kid", ANALYTICS, TestRegion.EU, "parent-portal", "verified by card check");
        SubjectConsent after = ledger.subject("kid").age(12);
        assertEquals(Decision.ALLOWED_BY_CONSENT, ledger.guard().check(after, ANALYTICS));
    }

    @Test
    void consentForAnOlderPurposeVersionNoLongerCountsAfterThePolicyWidensIt() {
        PurposeSpec v1 = Purpose.consent(0, "analytics", 1);
        PurposeSpec v2 = Purpose.consent(0, "analytics", 2);
        ConsentLedger old = ConsentLedger.open(store, ConsentGuard.of(new PurposeSpec[] {v1}), "p", "2024");
        old.grant("alice", v1, null, "app", null);
        ConsentLedger current = ConsentLedger.open(store, ConsentGuard.of(new PurposeSpec[] {v2}), "p", "2025");
        SubjectConsent alice = current.subject("alice");
        assertEquals(1, alice.grantedVersion(v2));
        assertEquals(Decision.DENIED_OUTDATED_VERSION, current.guard().check(alice, v2));
        current.grant("alice", v2, null, "app", null);
        assertEquals(Decision.ALLOWED_BY_CONSENT, current.guard().check(current.subject("alice"), v2));

        LedgerException e = assertThrows(LedgerException.class, () -> old.subject("alice"));
        assertTrue(e.getMessage().contains("newer policy than this application runs"), e.getMessage());
    }

    @Test
    void replaySkipsPurposesThePolicyNoLongerDeclaresAndOtherPolicies() {
        store.append(new ConsentRecord(
                "r1",
                "alice",
                "removed-purpose",
                1,
                TestPurpose.POLICY,
                "2020",
                ConsentAction.GRANT,
                NOW,
                null,
                null,
                null));
        store.append(new ConsentRecord(
                "r2", "alice", "analytics", 9, "other-policy", "1", ConsentAction.GRANT, NOW, null, null, null));
        SubjectConsent alice = ledger.subject("alice");
        assertEquals(Decision.DENIED_NO_CONSENT, ledger.guard().check(alice, ANALYTICS));
    }

    @Test
    void unknownPurposeIsRejectedWithTheKnownOnes() {
        ConsentRecord r = record("r-x", "alice", "ads", 1, ConsentAction.GRANT);
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.append(r));
        assertEquals(
                "consent record r-x: unknown purpose 'ads' in policy 'test-policy'; known purposes: analytics, "
                        + "ad-personalisation, health-insights, fraud-prevention, billing, local-storage, interest-profile",
                e.getMessage());
        assertEquals(0, store.count());
    }

    @Test
    void versionNewerThanThePolicysIsRejected() {
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> ledger.append(record("r-v", "alice", "ad-personalisation", 3, ConsentAction.GRANT)));
        assertEquals(
                "consent record r-v: version 3 of purpose 'ad-personalisation' is newer than the policy's version 2",
                e.getMessage());
        ledger.append(new ConsentRecord(
                "r-old",
                "alice",
                "ad-personalisation",
                1,
                TestPurpose.POLICY,
                "2024-06-01",
                ConsentAction.GRANT,
                NOW,
                "test",
                null,
                null));
        assertEquals(1, store.count(), "older versions are history and are accepted");
    }

    @Test
    void missingOrBlankFieldsAreRejected() {
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.grant(null, ANALYTICS, null, null, null));
        assertEquals("cannot record GRANT: subject id is missing", e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.grant(" ", ANALYTICS, null, null, null));
        assertEquals("cannot record GRANT: subject id is missing", e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.grant("alice", null, null, null, null));
        assertTrue(e.getMessage().contains("purpose is missing"), e.getMessage());
        e = assertThrows(LedgerException.class, () -> record("r", "", "analytics", 1, ConsentAction.GRANT));
        assertEquals("consent record r: subject id is missing", e.getMessage());
        e = assertThrows(
                LedgerException.class,
                () -> new ConsentRecord("r", "s", "analytics", 1, "p", "1", null, NOW, null, null, null));
        assertTrue(e.getMessage().startsWith("consent record r: action is missing"), e.getMessage());
        e = assertThrows(
                LedgerException.class,
                () -> new ConsentRecord(
                        "r", "s", "analytics", 1, "p", "1", ConsentAction.GRANT, null, null, null, null));
        assertEquals("consent record r: timestamp is missing", e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.subject(null));
        assertTrue(e.getMessage().contains("subject id is missing"), e.getMessage());
    }

    @Test
    void actionsMustFitThePurposesBasis() {
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.grant("alice", BILLING, null, null, null));
        assertTrue(
                e.getMessage().contains("GRANT does not apply to purpose 'billing': its basis is CONTRACT"),
                e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.object("alice", ANALYTICS, null, null, null));
        assertTrue(e.getMessage().contains("withdraw consent-based ones"), e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.object("alice", BILLING, null, null, null));
        assertTrue(e.getMessage().contains("OBJECT does not apply to purpose 'billing'"), e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.withdrawObjection("alice", BILLING, null, null, null));
        assertTrue(
                e.getMessage()
                        .contains("WITHDRAW_OBJECTION does not apply to purpose 'billing': its basis is CONTRACT"),
                e.getMessage());
    }

    @Test
    void aWithdrawnObjectionIsReplayedInOrder() {
        ledger.object("alice", FRAUD_PREVENTION, null, "settings", "switch off");
        ledger.withdrawObjection("alice", FRAUD_PREVENTION, null, "settings", "switch on");
        assertEquals(Decision.ALLOWED_BY_BASIS, ledger.guard().check(ledger.subject("alice"), FRAUD_PREVENTION));
        ledger.object("alice", FRAUD_PREVENTION, null, "settings", "switch off again");
        assertEquals(Decision.DENIED_OBJECTION, ledger.guard().check(ledger.subject("alice"), FRAUD_PREVENTION));
        assertEquals(
                List.of(ConsentAction.OBJECT, ConsentAction.WITHDRAW_OBJECTION, ConsentAction.OBJECT),
                ledger.store().history("alice").stream()
                        .map(ConsentRecord::action)
                        .toList());
    }

    @Test
    void recordsOfAnotherPolicyOrUnknownJurisdictionAreRejected() {
        ConsentRecord other = new ConsentRecord(
                "r-p", "alice", "analytics", 1, "other", "1", ConsentAction.GRANT, NOW, null, null, null);
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.append(other));
        assertTrue(
                e.getMessage().contains("it is for policy 'other', but this ledger is for 'test-policy'"),
                e.getMessage());
        ConsentRecord mars = new ConsentRecord(
                "r-j",
                "alice",
                "analytics",
                1,
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                ConsentAction.GRANT,
                NOW,
                null,
                null,
                "MARS");
        e = assertThrows(LedgerException.class, () -> ledger.append(mars));
        assertTrue(e.getMessage().contains("unknown jurisdiction 'MARS'"), e.getMessage());
    }

    @Test
    void importedRecordsMustBeOfThisPolicyVersionOrAnEarlierOne() {
        LedgerException e =
                assertThrows(LedgerException.class, () -> ledger.append(imported("r-new", "2026-01-01", 2, NOW)));
        assertEquals(
                "consent record r-new: it is for version '2026-01-01' of policy 'test-policy', newer than this"
                        + " ledger's version '2025-01-01': the record was made under a policy this application does"
                        + " not run yet",
                e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.append(imported("r-x", "draft", 2, NOW)));
        assertTrue(e.getMessage().contains("which cannot be ordered against this ledger's version"), e.getMessage());
        ConsentLedger freeForm = ConsentLedger.open(
                store, TestPurpose.guard(), TestPurpose.POLICY, "2025-eea", Clock.fixed(NOW, ZoneOffset.UTC));
        freeForm.append(imported("r-free", "2024-eea", 1, NOW)); // labels without an order: another is accepted
        e = assertThrows(
                LedgerException.class, () -> ledger.append(imported("r-now-old", TestPurpose.POLICY_VERSION, 1, NOW)));
        assertTrue(
                e.getMessage()
                        .endsWith("a record made under this policy version carries the purpose's current version"),
                e.getMessage());
        ledger.append(imported("r-2024", "2024-12-31", 1, NOW));
        ledger.append(imported("r-now", TestPurpose.POLICY_VERSION, 2, NOW));
        assertEquals(3, store.count());
    }

    @Test
    void importedRecordsCannotComeFromTheFuture() {
        ledger.append(imported("r-skewed", TestPurpose.POLICY_VERSION, 2, NOW.plusSeconds(299)));
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> ledger.append(imported("r-future", TestPurpose.POLICY_VERSION, 2, NOW.plusSeconds(3600))));
        assertEquals(
                "consent record r-future: its time 2025-03-01T13:00:00Z lies ahead of this ledger's clock"
                        + " (2025-03-01T12:00:00Z): a record cannot be made in the future; check the exporting"
                        + " system's clock",
                e.getMessage());
    }

    @Test
    void anImportIsValidatedWholeBeforeAnythingIsWritten() {
        List<ConsentRecord> records = List.of(
                imported("i-1", TestPurpose.POLICY_VERSION, 2, NOW),
                imported("i-2", "2024-12-31", 1, NOW),
                imported("i-1", TestPurpose.POLICY_VERSION, 2, NOW));
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.importAll(records));
        assertEquals("consent record i-1 appears twice in the import", e.getMessage());
        assertEquals(0, store.count());
        assertEquals(2, ledger.importAll(records.subList(0, 2)));
        assertEquals(2, store.count());
    }

    private static ConsentRecord imported(String id, String policyVersion, int purposeVersion, Instant at) {
        return new ConsentRecord(
                id,
                "alice",
                "ad-personalisation",
                purposeVersion,
                TestPurpose.POLICY,
                policyVersion,
                ConsentAction.GRANT,
                at,
                "cmp-import",
                null,
                "EU");
    }

    @Test
    void duplicateRecordIdsAreRejected() {
        ledger.append(record("same", "alice", "analytics", 1, ConsentAction.GRANT));
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> ledger.append(record("same", "alice", "analytics", 1, ConsentAction.WITHDRAW)));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void closedStoreGivesAClearError() {
        ledger.close();
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.subject("alice"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    private static ConsentRecord record(String id, String subject, String purpose, int version, ConsentAction action) {
        return new ConsentRecord(
                id,
                subject,
                purpose,
                version,
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                action,
                NOW,
                "test",
                null,
                null);
    }
}
