// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A subject made by the guard answers checks from its decision table; one built with the
 * constructor is decided on each check. Whatever happens to a subject, the two must agree.
 */
class DecisionTableTest {

    private final ConsentGuard guard = TestPurpose.guard();

    @Test
    void theTableAgreesWithDecidingOnTheSpotAfterEveryChange() {
        Random random = new Random(20261123);
        Set<Decision> seen = EnumSet.noneOf(Decision.class);
        for (int subject = 0; subject < 300; subject++) {
            SubjectConsent table = guard.newSubject("s" + subject);
            SubjectConsent plain = new SubjectConsent("s" + subject, TestPurpose.values().length);
            for (int step = 0; step < 30; step++) {
                int kind = random.nextInt(7);
                TestPurpose purpose = TestPurpose.values()[random.nextInt(TestPurpose.values().length)];
                int version = 1 + random.nextInt(2);
                TestRegion region =
                        random.nextInt(5) == 0 ? null : TestRegion.values()[random.nextInt(TestRegion.values().length)];
                int age = random.nextInt(4) == 0 ? SubjectConsent.UNKNOWN : random.nextInt(30);
                for (SubjectConsent state : new SubjectConsent[] {table, plain}) {
                    switch (kind) {
                        case 0 -> state.grant(purpose, version);
                        case 1 -> state.withdraw(purpose);
                        case 2 -> state.object(purpose);
                        case 3 -> state.parentalConsent(purpose, version);
                        case 4 -> state.withdrawObjection(purpose);
                        case 5 -> state.region(region);
                        default -> state.age(age);
                    }
                }
                for (TestPurpose each : TestPurpose.values()) {
                    Decision expected = guard.check(plain, each);
                    assertEquals(
                            expected, guard.check(table, each), "subject " + subject + ", step " + step + ", " + each);
                    seen.add(expected);
                }
            }
        }
        assertEquals(EnumSet.allOf(Decision.class), seen, "the random walk reaches every decision");
    }
}
