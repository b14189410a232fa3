// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PolicyVersionsTest {
    @Test
    void ordersDatesAndDottedNumbersAndNothingElse() {
        assertEquals(-1, Integer.signum(PolicyVersions.compare("2015-01-01", "2021-06-15")));
        assertEquals(1, Integer.signum(PolicyVersions.compare("2.10", "2.9")));
        assertEquals(0, PolicyVersions.compare("v2", "2.0"));
        assertEquals(-1, Integer.signum(PolicyVersions.compare("1", "99999999999999999999")));
        assertEquals(0, PolicyVersions.compare("draft", "draft"));
        assertNull(PolicyVersions.compare("draft", "2021-06-15"));
        assertNull(PolicyVersions.compare("2021-06-15", "3"));
        assertNull(PolicyVersions.compare("2021-02-30", "2021-03-01"), "not a date");
    }
}
