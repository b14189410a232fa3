// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import org.junit.jupiter.api.BeforeEach;

/** Ledger integrity on PostgreSQL at env {@code PLEDGE_PG_URL}: skipped locally without it, failed in CI. */
class PostgresLedgerIntegrityTest extends LedgerIntegrityContract {

    @BeforeEach
    void requirePostgres() {
        PostgresTestDatabase.configuredUrl();
    }

    @Override
    TestDatabase createDatabase() throws Exception {
        return PostgresTestDatabase.create();
    }

    @Override
    SqlDialect.Durability expectedDurability() {
        return SqlDialect.Durability.COMMIT;
    }
}
