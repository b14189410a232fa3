// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import org.junit.jupiter.api.BeforeEach;

/**
 * The JDBC store contract on PostgreSQL at env {@code PLEDGE_PG_URL}: skipped locally without it, failed in
 * CI without it.
 */
class PostgresConsentStoreTest extends JdbcConsentStoreContract {

    @BeforeEach
    void requirePostgres() {
        PostgresTestDatabase.configuredUrl();
    }

    @Override
    TestDatabase createDatabase() throws Exception {
        return PostgresTestDatabase.create();
    }

    @Override
    SqlDialect expectedDialect() {
        return SqlDialect.POSTGRESQL;
    }
}
