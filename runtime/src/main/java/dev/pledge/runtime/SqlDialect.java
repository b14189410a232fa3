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

    /**
     * How commits become durable on the database behind a connection, checked when a store opens.
     *
     * @param connection an open connection
     * @param database   the database, for messages
     * @return the way to make this database's commits durable
     * @throws SQLException    if the database cannot be asked
     * @throws LedgerException if commits cannot be made durable with this connection's rights
     */
    Durability durability(Connection connection, String database) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement st = connection.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SHOW synchronous_commit")) {
                rs.next();
                String value = rs.getString(1);
                connection.commit();
                return "off".equalsIgnoreCase(value) ? Durability.SYNCHRONOUS_COMMIT_ON : Durability.COMMIT;
            }
        }
        if (isInMemoryH2(connection.getMetaData().getURL())) {
            return Durability.COMMIT;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new LedgerException(
                    "cannot open the consent store on " + database
                            + ": each commit must be forced to disk with CHECKPOINT SYNC, which H2 allows only to admin"
                            + " users (" + e.getMessage()
                            + "); connect as an admin user of the database (its creator), or"
                            + " give the ledger a database of its own with ConsentStores.h2(path)",
                    e);
        }
        return Durability.CHECKPOINT_SYNC;
    }

    /** @return whether an H2 URL names an in-memory database, which no sync can make durable */
    static boolean isInMemoryH2(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:mem:")
                || u.contains("/mem:")
                || u.startsWith("jdbc:h2:memfs:")
                || u.startsWith("jdbc:h2:memlzf:")
                || u.startsWith("jdbc:h2:niomemfs:")
                || u.startsWith("jdbc:h2:niomemlzf:");
    }

    /** What a write transaction does, beyond committing, so that its records survive a crash. */
    enum Durability {
        /** The commit is durable: PostgreSQL with {@code synchronous_commit} on, or an H2 database in memory. */
        COMMIT,
        /** PostgreSQL with {@code synchronous_commit=off}: each ledger transaction turns it on for itself. */
        SYNCHRONOUS_COMMIT_ON,
        /** H2 on disk: after the commit, {@code CHECKPOINT SYNC} writes the store and forces it to the device. */
        CHECKPOINT_SYNC;

        /** Batches a {@link GroupCommit} may have in flight at once. */
        static final int CONCURRENT_COMMITS = 4;

        /**
         * @return how many group-commit batches may be written at once: one where each commit forces the whole
         *         file to disk (H2), a few where the database flushes concurrent commits together (PostgreSQL)
         */
        int concurrentWriters() {
            return this == CHECKPOINT_SYNC ? 1 : CONCURRENT_COMMITS;
        }

        void beginWrite(Connection c) throws SQLException {
            if (this == SYNCHRONOUS_COMMIT_ON) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit TO on");
                }
            }
        }

        void afterCommit(Connection c, java.util.List<ConsentRecord> records) {
            if (this != CHECKPOINT_SYNC) {
                return;
            }
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                String which = records.size() == 1
                        ? "consent record " + records.get(0).recordId() + " was"
                        : records.size() + " consent records were";
                throw new GroupCommit.CommittedButNotSynced(
                        which + " committed but could not be forced to disk (CHECKPOINT SYNC): " + e.getMessage()
                                + "; do not append " + (records.size() == 1 ? "it" : "them") + " again",
                        e);
            }
        }
    }

    /** A held migration lock. */
    interface MigrationLock extends AutoCloseable {
        @Override
        void close();
    }
}
