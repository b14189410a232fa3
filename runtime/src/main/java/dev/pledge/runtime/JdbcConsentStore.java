// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A {@link ConsentStore} in a relational database: embedded H2 (the default, see {@link ConsentStores#h2}) or
 * PostgreSQL (production).
 *
 * <p>Opening a store creates or migrates the schema ({@code pledge_schema_version},
 * {@code pledge_consent_record}); this is idempotent and safe when several instances start at once. An
 * {@link #append} returns when its record is committed and durable: on an H2 database that is not in memory,
 * every commit is followed by {@code CHECKPOINT SYNC}, which writes it to the file and forces the file to the
 * device, however the store was opened ({@link ConsentStores#h2}, a JDBC URL or a data source); on PostgreSQL
 * the commit itself is durable ({@code synchronous_commit}, turned on for the ledger's transactions if the
 * database has it off). Concurrent appends share one transaction and one sync ({@link GroupCommit}). There is
 * no update or delete. Thread-safe: each operation borrows its own connection.
 */
public final class JdbcConsentStore implements ConsentStore {
    private static final int FETCH_SIZE = 500;

    private final ConnectionSource connections;
    private final SqlDialect dialect;
    private final SqlDialect.Durability durability;
    private final GroupCommit commits;
    private final LedgerMark mark;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcConsentStore(
            ConnectionSource connections, SqlDialect dialect, SqlDialect.Durability durability, LedgerMark mark) {
        this.connections = connections;
        this.dialect = dialect;
        this.durability = durability;
        this.mark = mark;
        this.commits = new GroupCommit(this::writeDurably, durability.concurrentWriters());
    }

    /**
     * Opens a store over an application's data source (typically a connection pool) and migrates the schema.
     * Connections are borrowed per operation and closed (returned) afterwards.
     *
     * @param dataSource an H2 or PostgreSQL data source
     * @return the store
     * @throws LedgerException if the database cannot be reached or migrated, or is an H2 file database on
     *                         which the user may not force commits to disk
     */
    public static JdbcConsentStore open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return open(new DataSourceConnectionSource(dataSource), false, null);
    }

    /**
     * @param existingLedger the database must already hold a ledger schema (an H2 file that existed before): a
     *                       file whose schema is gone is damaged, not new
     * @param mark           the high-water mark kept beside an H2 file ({@link ConsentStores#h2}), raised to the
     *                       records it holds and after each durable commit; null for other databases
     */
    static JdbcConsentStore open(ConnectionSource connections, boolean existingLedger, LedgerMark mark) {
        Connection c = null;
        boolean broken = false;
        try {
            c = borrow(connections, "open the consent store");
            SqlDialect dialect = SqlDialect.of(c);
            if (existingLedger && !SchemaMigrator.hasSchema(c)) {
                throw new LedgerException("the consent database " + connections.describe()
                        + " exists but holds no consent ledger: it is damaged (truncated?) or another"
                        + " application's database; restore it from a backup, or move it away to start an empty"
                        + " ledger");
            }
            SchemaMigrator.migrate(c, dialect);
            SqlDialect.Durability durability = dialect.durability(c, connections.describe());
            if (mark != null) {
                long held = count(c);
                try (Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC"); // every record counted is durable before the mark says so
                }
                mark.advance(held);
            }
            return new JdbcConsentStore(connections, dialect, durability, mark);
        } catch (SQLException e) {
            broken = true;
            connections.close();
            throw failure(connections, c, "migrate the consent ledger schema", e);
        } catch (RuntimeException e) {
            broken = true;
            connections.close();
            throw e;
        } finally {
            if (c != null) {
                connections.release(c, broken);
            }
        }
    }

    /** @return the schema version of the database, {@link SchemaMigrator#CURRENT_VERSION} after opening */
    int schemaVersion() {
        return withConnection("read the schema version", SchemaMigrator::currentVersion);
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** @return how commits are made durable on this database */
    SqlDialect.Durability durability() {
        return durability;
    }

    @Override
    public void append(ConsentRecord record) {
        Objects.requireNonNull(record, "record");
        ensureOpen("append consent record " + record.recordId());
        commits.append(record);
    }

    @Override
    public void appendAll(List<ConsentRecord> records) {
        Objects.requireNonNull(records, "records");
        List<ConsentRecord> copy = List.copyOf(records);
        if (!copy.isEmpty()) {
            ensureOpen("append " + copy.size() + " consent records");
            writeDurably(copy);
        }
    }

    /** One transaction: insert, commit, force to disk; what {@link GroupCommit} and {@link #appendAll} call. */
    private void writeDurably(List<ConsentRecord> records) {
        String what = records.size() == 1
                ? "append consent record " + records.get(0).recordId()
                : "append " + records.size() + " consent records";
        withConnection(what, c -> {
            durability.beginWrite(c);
            try {
                if (dialect != SqlDialect.POSTGRESQL
                        || records.size() < PostgresCopy.MIN_RECORDS
                        || !PostgresCopy.copyIn(c, records)) {
                    RecordRows.insertAll(c, records);
                }
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                c.rollback();
                throw duplicate(c, records, e);
            }
            c.commit();
            durability.afterCommit(c, records);
            if (mark != null) {
                advanceMark(records);
            }
            return null;
        });
    }

    /** After the sync: this batch's records are durable now. */
    private void advanceMark(List<ConsentRecord> records) {
        try {
            mark.add(records.size());
        } catch (LedgerException e) {
            throw new GroupCommit.CommittedButNotSynced(
                    (records.size() == 1
                                    ? "consent record " + records.get(0).recordId() + " was"
                                    : records.size() + " consent records were")
                            + " committed and forced to disk, but " + e.getMessage() + "; do not append "
                            + (records.size() == 1 ? "it" : "them") + " again",
                    e);
        }
    }

    private static LedgerException duplicate(Connection c, List<ConsentRecord> records, SQLException e)
            throws SQLException {
        if (records.size() == 1) {
            return new LedgerException(
                    "consent record " + records.get(0).recordId() + " already exists; records are immutable", e);
        }
        String taken = null;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT record_id FROM " + SchemaMigrator.RECORD_TABLE + " WHERE record_id = ?")) {
            for (ConsentRecord r : records) {
                ps.setString(1, r.recordId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        taken = r.recordId();
                        break;
                    }
                }
            }
        }
        c.rollback();
        return new LedgerException(
                (taken == null
                                ? "a record id of the " + records.size() + " records is taken"
                                : "consent record " + taken + " already exists")
                        + "; records are immutable, so none of the " + records.size() + " records was appended",
                e);
    }

    @Override
    public List<ConsentRecord> history(String subjectId) {
        RecordText.requireId("subject id", subjectId, "cannot read the consent history: ");
        return withConnection("read the consent history of a subject", c -> {
            List<ConsentRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RecordRows.COLUMNS + " FROM "
                    + SchemaMigrator.RECORD_TABLE + " WHERE subject_id = ? ORDER BY seq")) {
                ps.setString(1, subjectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(RecordRows.read(rs));
                    }
                }
            }
            c.commit();
            return List.copyOf(out);
        });
    }

    @Override
    public void forEach(Consumer<? super ConsentRecord> action) {
        Objects.requireNonNull(action, "action");
        withConnection("read consent records", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + RecordRows.COLUMNS + " FROM " + SchemaMigrator.RECORD_TABLE + " ORDER BY seq")) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(RecordRows.read(rs));
                    }
                }
            }
            c.commit();
            return null;
        });
    }

    @Override
    public long count() {
        return withConnection("count consent records", c -> {
            long n = count(c);
            c.commit();
            return n;
        });
    }

    /** The records in the ledger table, read on {@code c}. */
    static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + SchemaMigrator.RECORD_TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connections.close();
            if (mark != null) {
                mark.release();
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcConsentStore[" + connections.describe() + ", " + dialect + "]";
    }

    /** Work done with one borrowed connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private void ensureOpen(String what) {
        if (closed.get()) {
            throw new LedgerException(
                    "cannot " + what + ": the consent store on " + connections.describe() + " is closed");
        }
    }

    <T> T withConnection(String what, SqlWork<T> work) {
        ensureOpen(what);
        Connection c = borrow(connections, what);
        boolean broken = false;
        try {
            return work.run(c);
        } catch (SQLException e) {
            broken = true;
            rollbackQuietly(c, e);
            throw failure(connections, c, what, e);
        } catch (RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            connections.release(c, broken);
        }
    }

    private static Connection borrow(ConnectionSource connections, String what) {
        Connection c;
        try {
            c = connections.borrow();
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("No suitable driver")) {
                throw new LedgerException(
                        "cannot " + what + ": no JDBC driver for " + connections.describe()
                                + "; add com.h2database:h2 or org.postgresql:postgresql to the application",
                        e);
            }
            throw new LedgerException(
                    "cannot " + what + ": cannot connect to " + connections.describe() + ": " + msg + sqlState(e), e);
        }
        try {
            if (c.isClosed()) {
                connections.release(c, true);
                throw new LedgerException(
                        "cannot " + what + ": the connection to " + connections.describe() + " is closed");
            }
        } catch (SQLException e) {
            connections.release(c, true);
            throw new LedgerException(
                    "cannot " + what + ": the connection to " + connections.describe() + " is unusable: "
                            + e.getMessage(),
                    e);
        }
        return c;
    }

    private static LedgerException failure(ConnectionSource connections, Connection c, String what, SQLException e) {
        boolean closedNow;
        try {
            closedNow = c != null && c.isClosed();
        } catch (SQLException ignored) {
            closedNow = true;
        }
        if (closedNow) {
            return new LedgerException(
                    "cannot " + what + ": the connection to " + connections.describe() + " was closed" + sqlState(e),
                    e);
        }
        return new LedgerException(
                "cannot " + what + " on " + connections.describe() + ": " + e.getMessage() + sqlState(e), e);
    }

    private static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
