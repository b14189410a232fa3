// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The PostgreSQL tests fail in CI without a database, and are skipped (visibly) elsewhere. */
class PostgresGateTest {

    @Test
    void failsInCiWithoutUrl() {
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class, () -> PostgresTestDatabase.configuredUrl(Map.of("CI", "true")::get));
        assertTrue(e.getMessage().contains("PLEDGE_PG_URL is not set but CI=true"), e.getMessage());
    }

    @Test
    void skipsLocallyWithoutUrl() {
        TestAbortedException e = assertThrows(
                TestAbortedException.class, () -> PostgresTestDatabase.configuredUrl(Map.<String, String>of()::get));
        assertTrue(e.getMessage().contains("skipping the PostgreSQL tests"), e.getMessage());
    }

    @Test
    void usesTheUrlWhenSet() {
        String url = "jdbc:postgresql://127.0.0.1:5432/pledge?user=pledge&password=pledge";
        assertEquals(url, PostgresTestDatabase.configuredUrl(Map.of("CI", "true", "PLEDGE_PG_URL", url)::get));
    }
}
