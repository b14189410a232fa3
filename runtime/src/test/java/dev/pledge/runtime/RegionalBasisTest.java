// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A purpose can rest on consent in one region and on another basis elsewhere; the guard decides by the
 * subject's region, and by the strictest basis when the region is unknown. An unstated basis asks for
 * consent.
 */
class RegionalBasisTest {

    /** A purpose with a basis of its own in some regions, shaped like a generated one. */
    record Regional(int ordinal, String id, LegalBasis basis, Map<TestRegion, LegalBasis> byRegion)
            implements PurposeSpec {
        @Override
        public LegalBasis basis(RegionSpec region) {
            return byRegion.getOrDefault(region, basis);
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public long regionMask() {
            return -1L;
        }
    }

    private static final Regional ADS =
            new Regional(0, "ads", LegalBasis.LEGITIMATE_INTEREST, Map.of(TestRegion.EU, LegalBasis.CONSENT));
    private static final Regional RECORDS =
            new Regional(1, "records", LegalBasis.CONTRACT, Map.of(TestRegion.CN, LegalBasis.LEGAL_OBLIGATION));
    private static final Regional UNKNOWN_BASIS = new Regional(2, "unknown-basis", LegalBasis.UNSTATED, Map.of());

    private final ConsentGuard guard =
            ConsentGuard.of(new PurposeSpec[] {ADS, RECORDS, UNKNOWN_BASIS}, TestRegion.values());

    @Test
    void consentInTheRegionThatNeedsItAndTheOtherBasisElsewhere() {
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(subject(TestRegion.EU), ADS));
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(subject(TestRegion.US), ADS));
        assertEquals(
                Decision.ALLOWED_BY_CONSENT, guard.check(subject(TestRegion.EU).grant(ADS, 1), ADS));
    }

    @Test
    void anObjectionCountsWhereTheBasisIsObjectable() {
        assertEquals(
                Decision.DENIED_OBJECTION, guard.check(subject(TestRegion.US).object(ADS), ADS));
        assertEquals(
                Decision.ALLOWED_BY_BASIS, guard.check(subject(TestRegion.CN).object(RECORDS), RECORDS));
    }

    @Test
    void aSubjectOfUnknownRegionGetsTheStrictestBasis() {
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(subject(null), ADS));
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(subject(null), RECORDS));
    }

    @Test
    void theRegionalBasisDecidesWhetherALegalObligationOutranksTheMinimumAge() {
        assertEquals(
                Decision.ALLOWED_BY_BASIS, guard.check(subject(TestRegion.CN).age(3), RECORDS));
        assertEquals(
                Decision.DENIED_UNDER_MINIMUM_AGE,
                guard.check(subject(TestRegion.KR).age(3), RECORDS));
    }

    @Test
    void anUnstatedBasisNeedsConsent() {
        assertTrue(LegalBasis.UNSTATED.needsConsent());
        assertFalse(LegalBasis.UNSTATED.objectable());
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(subject(TestRegion.US), UNKNOWN_BASIS));
        assertEquals(
                Decision.ALLOWED_BY_CONSENT,
                guard.check(subject(TestRegion.US).grant(UNKNOWN_BASIS, 1), UNKNOWN_BASIS));
    }

    @Test
    void theLedgerAcceptsConsentOnlyWhereTheBasisIsConsent() {
        ConsentLedger ledger = ConsentLedger.open(ConsentStores.inMemory(), guard, "p", "1");
        ledger.grant("alice", ADS, TestRegion.EU, "banner", null);
        ledger.grant("bob", ADS, null, "banner", null);
        LedgerException e =
                assertThrows(LedgerException.class, () -> ledger.grant("carol", ADS, TestRegion.US, "banner", null));
        assertTrue(e.getMessage().contains("its basis in US is LEGITIMATE_INTEREST, not consent"), e.getMessage());
        ledger.object("dave", ADS, TestRegion.US, "support", null);
        assertThrows(LedgerException.class, () -> ledger.object("erin", RECORDS, TestRegion.CN, "support", null));
    }

    private SubjectConsent subject(TestRegion region) {
        return guard.newSubject("s").region(region).age(30);
    }
}
