// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static dev.pledge.runtime.TestPurpose.AD_PERSONALISATION;
import static dev.pledge.runtime.TestPurpose.ANALYTICS;
import static dev.pledge.runtime.TestPurpose.BILLING;
import static dev.pledge.runtime.TestPurpose.FRAUD_PREVENTION;
import static dev.pledge.runtime.TestPurpose.HEALTH_INSIGHTS;
import static dev.pledge.runtime.TestPurpose.INTEREST_PROFILE;
import static dev.pledge.runtime.TestPurpose.LOCAL_STORAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsentGuardTest {
    private final ConsentGuard guard = TestPurpose.guard();

    private SubjectConsent subject() {
        return guard.newSubject("subject-1").region(TestRegion.EU).age(30);
    }

    @Test
    void allowedByConsentForCurrentVersion() {
        SubjectConsent s = subject().grant(AD_PERSONALISATION, 2);
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, AD_PERSONALISATION));
    }

    @Test
    void allowedByBasisWithoutAnyConsent() {
        SubjectConsent s = subject();
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING));
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, FRAUD_PREVENTION));
    }

    @Test
    void aChildIsDeniedAPurposeThePolicyPromisesNotToUseOnChildren() {
        SubjectConsent child = subject().age(10).grant(INTEREST_PROFILE, 1).parentalConsent(INTEREST_PROFILE, 1);
        assertEquals(Decision.DENIED_CHILD_PROFILING, guard.check(child, INTEREST_PROFILE));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(child.age(16), INTEREST_PROFILE), "16 is not a child");
    }

    @Test
    void deniedWithoutConsent() {
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(subject(), ANALYTICS));
    }

    @Test
    void deniedAfterWithdrawalAndAllowedAgainAfterNewGrant() {
        SubjectConsent s = subject().grant(ANALYTICS, 1).withdraw(ANALYTICS);
        assertEquals(Decision.DENIED_WITHDRAWN, guard.check(s, ANALYTICS));
        s.grant(ANALYTICS, 1);
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, ANALYTICS));
    }

    @Test
    void deniedForConsentToAnOlderPurposeVersion() {
        SubjectConsent s = subject().grant(AD_PERSONALISATION, 1);
        assertEquals(Decision.DENIED_OUTDATED_VERSION, guard.check(s, AD_PERSONALISATION));
    }

    @Test
    void childNeedsParentalConsentForTheCurrentVersion() {
        SubjectConsent s = guard.newSubject("kid").region(TestRegion.EU).age(15).grant(AD_PERSONALISATION, 2);
        assertEquals(Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT, guard.check(s, AD_PERSONALISATION));
        s.parentalConsent(AD_PERSONALISATION, 1);
        assertEquals(
                Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT,
                guard.check(s, AD_PERSONALISATION),
                "parental consent for an older version does not count");
        s.parentalConsent(AD_PERSONALISATION, 2);
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, AD_PERSONALISATION));
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING), "basis-allowed purposes need no parent");
    }

    @Test
    void childAgeDependsOnTheRegion() {
        SubjectConsent s = guard.newSubject("teen").age(15).grant(ANALYTICS, 1);
        s.region(TestRegion.CN); // children under 14
        assertFalse(guard.isChild(s));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, ANALYTICS));
        s.region(TestRegion.EU); // children under 16
        assertTrue(guard.isChild(s));
        assertEquals(Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT, guard.check(s, ANALYTICS));
        s.region(TestRegion.SG); // no rule
        assertFalse(guard.isChild(s));
        s.region(null); // unknown region: the strictest age of the policy (16) applies
        assertTrue(guard.isChild(s));
        s.age(SubjectConsent.UNKNOWN);
        assertFalse(guard.isChild(s));
    }

    @Test
    void withdrawalDropsParentalConsent() {
        SubjectConsent s = guard.newSubject("kid")
                .region(TestRegion.EU)
                .age(10)
                .grant(ANALYTICS, 1)
                .parentalConsent(ANALYTICS, 1)
                .withdraw(ANALYTICS)
                .grant(ANALYTICS, 1);
        assertEquals(Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT, guard.check(s, ANALYTICS));
    }

    @Test
    void deniedAfterObjectionToLegitimateInterest() {
        SubjectConsent s = subject().object(FRAUD_PREVENTION);
        assertEquals(Decision.DENIED_OBJECTION, guard.check(s, FRAUD_PREVENTION));
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING));
    }

    @Test
    void withdrawingTheObjectionAllowsProcessingAgain() {
        SubjectConsent s = subject().object(FRAUD_PREVENTION).withdrawObjection(FRAUD_PREVENTION);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, FRAUD_PREVENTION));
        assertEquals(
                Decision.DENIED_OBJECTION,
                guard.check(s.object(FRAUD_PREVENTION), FRAUD_PREVENTION),
                "a new objection counts again");
        assertEquals(
                Decision.ALLOWED_BY_BASIS,
                guard.check(subject().withdrawObjection(FRAUD_PREVENTION), FRAUD_PREVENTION),
                "withdrawing an objection never made changes nothing");
    }

    @Test
    void objectionDoesNotStopNonObjectableBases() {
        SubjectConsent s = subject().object(BILLING);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING));
    }

    @Test
    void deniedOutsideTheAllowedRegions() {
        SubjectConsent s = subject().grant(HEALTH_INSIGHTS, 1);
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, HEALTH_INSIGHTS));
        s.region(TestRegion.US);
        assertEquals(Decision.DENIED_REGION, guard.check(s, HEALTH_INSIGHTS));
        assertEquals(Decision.DENIED_REGION, guard.check(s, LOCAL_STORAGE), "region applies to every basis");
        s.region(TestRegion.CN);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, LOCAL_STORAGE));
        s.region(null);
        assertEquals(Decision.DENIED_REGION, guard.check(s, HEALTH_INSIGHTS), "unknown region fails closed");
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(s, ANALYTICS), "unrestricted purposes ignore region");
    }

    @Test
    void childrenUnderTheMinimumAgeAreDeniedEverythingButLegalObligationAndVitalInterest() {
        SubjectConsent s = guard.newSubject("kid")
                .region(TestRegion.KR)
                .age(12)
                .grant(ANALYTICS, 1)
                .parentalConsent(ANALYTICS, 1);
        assertEquals(Decision.DENIED_UNDER_MINIMUM_AGE, guard.check(s, ANALYTICS), "parental consent does not help");
        assertEquals(Decision.DENIED_UNDER_MINIMUM_AGE, guard.check(s, BILLING), "nor does a contract");
        assertEquals(Decision.DENIED_UNDER_MINIMUM_AGE, guard.check(s, FRAUD_PREVENTION));
        assertTrue(guard.isBelowMinimumAge(s));
        s.age(13);
        assertFalse(guard.isBelowMinimumAge(s));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(s, ANALYTICS), "13 to 15: a child with parental consent");
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING));
        s.region(TestRegion.CN).age(12);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, LOCAL_STORAGE), "a legal obligation binds at any age");
        s.region(TestRegion.EU);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING), "EU has no minimum age");
        s.region(null);
        assertEquals(
                Decision.DENIED_UNDER_MINIMUM_AGE,
                guard.check(s, BILLING),
                "an unknown region takes the policy's highest minimum age: fail closed");
        s.age(SubjectConsent.UNKNOWN);
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(s, BILLING), "an unknown age is not a child's");
    }

    @Test
    void everyDecisionIsReachable() {
        Set<Decision> seen = EnumSet.noneOf(Decision.class);
        SubjectConsent adult = subject();
        seen.add(guard.check(adult, ANALYTICS));
        seen.add(guard.check(adult, BILLING));
        seen.add(guard.check(adult.grant(ANALYTICS, 1), ANALYTICS));
        seen.add(guard.check(adult.withdraw(ANALYTICS), ANALYTICS));
        seen.add(guard.check(adult.grant(AD_PERSONALISATION, 1), AD_PERSONALISATION));
        seen.add(guard.check(adult.object(FRAUD_PREVENTION), FRAUD_PREVENTION));
        seen.add(guard.check(adult.region(TestRegion.US), HEALTH_INSIGHTS));
        SubjectConsent kid =
                guard.newSubject("kid").region(TestRegion.EU).age(9).grant(ANALYTICS, 1);
        seen.add(guard.check(kid, ANALYTICS));
        seen.add(guard.check(kid, INTEREST_PROFILE));
        seen.add(guard.check(kid.region(TestRegion.KR), BILLING));
        assertEquals(EnumSet.allOf(Decision.class), seen);
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void requireThrowsWithTheDecisionExactlyWhenDenied(Decision expected) {
        SubjectConsent s = stateFor(expected);
        PurposeSpec p = purposeFor(expected);
        assertEquals(expected, guard.check(s, p));
        if (expected.allowed()) {
            guard.require(s, p);
        } else {
            ConsentDeniedException e = assertThrows(ConsentDeniedException.class, () -> guard.require(s, p));
            assertEquals(expected, e.decision());
            assertEquals(p.id(), e.purposeId());
            assertEquals(s.subjectId(), e.subjectId());
            assertTrue(e.getMessage().contains(expected.name()), e.getMessage());
            assertFalse(e.getMessage().contains(s.subjectId()), "message must not leak the subject id");
        }
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void everyDecisionHasAMessageMatchingItsOutcome(Decision d) {
        assertFalse(d.message().isBlank());
        assertTrue(d.message().startsWith(d.allowed() ? "allowed:" : "denied:"), d.message());
        assertEquals(d.name().startsWith("ALLOWED"), d.allowed());
    }

    private SubjectConsent stateFor(Decision d) {
        SubjectConsent s = subject();
        return switch (d) {
            case ALLOWED_BY_CONSENT -> s.grant(ANALYTICS, 1);
            case ALLOWED_BY_BASIS, DENIED_NO_CONSENT -> s;
            case DENIED_WITHDRAWN -> s.grant(ANALYTICS, 1).withdraw(ANALYTICS);
            case DENIED_OUTDATED_VERSION -> s.grant(AD_PERSONALISATION, 1);
            case DENIED_CHILD_WITHOUT_PARENTAL_CONSENT -> s.age(12).grant(ANALYTICS, 1);
            case DENIED_OBJECTION -> s.object(FRAUD_PREVENTION);
            case DENIED_REGION -> s.region(TestRegion.US);
            case DENIED_UNDER_MINIMUM_AGE -> s.region(TestRegion.KR).age(10);
            case DENIED_CHILD_PROFILING -> s.age(10).grant(INTEREST_PROFILE, 1).parentalConsent(INTEREST_PROFILE, 1);
        };
    }

    private static PurposeSpec purposeFor(Decision d) {
        return switch (d) {
            case ALLOWED_BY_CONSENT, DENIED_NO_CONSENT, DENIED_WITHDRAWN, DENIED_CHILD_WITHOUT_PARENTAL_CONSENT ->
                ANALYTICS;
            case ALLOWED_BY_BASIS, DENIED_UNDER_MINIMUM_AGE -> BILLING;
            case DENIED_OUTDATED_VERSION -> AD_PERSONALISATION;
            case DENIED_CHILD_PROFILING -> INTEREST_PROFILE;
            case DENIED_OBJECTION -> FRAUD_PREVENTION;
            case DENIED_REGION -> HEALTH_INSIGHTS;
        };
    }

    @Test
    void worksBeyondSixtyFourPurposes() {
        Purpose[] many = new Purpose[130];
        for (int i = 0; i < many.length; i++) {
            many[i] = Purpose.consent(i, "purpose-" + i, 1);
        }
        ConsentGuard g = ConsentGuard.of(many);
        SubjectConsent s = g.newSubject("s").grant(many[129], 1).grant(many[64], 1);
        assertEquals(Decision.ALLOWED_BY_CONSENT, g.check(s, many[129]));
        assertEquals(Decision.ALLOWED_BY_CONSENT, g.check(s, many[64]));
        assertEquals(Decision.DENIED_NO_CONSENT, g.check(s, many[1]), "bit 1 must not alias bit 65 or 129");
        assertEquals(Decision.DENIED_NO_CONSENT, g.check(s, many[0]), "bit 0 must not alias bit 64");
    }

    @Test
    void rejectsPurposesOfAnotherPolicyAndMisSizedState() {
        ConsentGuard other = ConsentGuard.of(new PurposeSpec[] {Purpose.consent(0, "analytics", 1)});
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> other.check(other.newSubject("s"), ANALYTICS));
        assertTrue(e.getMessage().contains("not a purpose of this guard's policy"), e.getMessage());
        SubjectConsent small = new SubjectConsent("s", 1);
        e = assertThrows(IllegalArgumentException.class, () -> guard.check(small, ANALYTICS));
        assertTrue(e.getMessage().contains("newSubject()"), e.getMessage());
    }

    @Test
    void rejectsInconsistentPolicies() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ConsentGuard.of(new PurposeSpec[] {Purpose.consent(1, "a", 1)}),
                "ordinal must match index");
        assertThrows(
                IllegalArgumentException.class,
                () -> ConsentGuard.of(new PurposeSpec[] {Purpose.consent(0, "a", 1), Purpose.consent(1, "a", 1)}));
        assertThrows(
                IllegalArgumentException.class,
                () -> ConsentGuard.of(new PurposeSpec[] {Purpose.consent(0, "a", 0)}),
                "version starts at 1");
        assertThrows(
                NullPointerException.class,
                () -> ConsentGuard.of(new PurposeSpec[] {new Purpose(0, "a", null, 1, -1L)}));
    }

    @Test
    void looksUpPurposesAndRegionsById() {
        assertEquals(FRAUD_PREVENTION, guard.purpose("fraud-prevention"));
        assertEquals(TestRegion.CN, guard.region("CN"));
        assertEquals(null, guard.purpose("nope"));
    }
}
