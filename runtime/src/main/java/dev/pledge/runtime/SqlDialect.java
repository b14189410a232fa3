// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The databases the JDBC store supports, and what differs between them: how schema migrations are serialised.
 */
enum SqlDialect {
    /** Embedded H2 (2.x). A file database is opened by one process at a time, so a JVM-wide lock suffices. */
    H2,
    /** PostgreSQL; migrations take a transaction-scoped advisory lock, so concurrent starts queue up. */
    POSTGRESQL;

    /** Advisory lock key for migrations: "pledge" in ASCII. */
    static final long PG_MIGRATION_LOCK = 0x706C65646765L;

    private static final ReentrantLock H2_MIGRATION_LOCK = new ReentrantLock();

    /**
     * Recognises the database behind a connection.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws SQLException    if the metadata cannot be read
     * @throws LedgerException if the database is neither H2 nor PostgreSQL
     */
    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new LedgerException(
                "unsupported database '" + product + "' for the consent ledger; use H2 or PostgreSQL");
    }

    /**
     * Serialises schema migrations: until the returned handle is closed (after commit), no other start
     * migrates the same database.
     *
     * @param connection the migrating connection, in a transaction
     * @return the lock handle
     * @throws SQLException if the lock cannot be taken
     */
    MigrationLock lockForMigration(Connection connection) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + PG_MIGRATION_LOCK + ")");
            }
            return () -> {
                // released by the commit or rollback that ends the transaction
            };
        }
        H2_MIGRATION_LOCK.lock();
        return H2_MIGRATION_LOCK::unlock;
    }

    /** A held migration lock. */
    interface MigrationLock extends AutoCloseable {
        @Override
        void close();
    }
}
