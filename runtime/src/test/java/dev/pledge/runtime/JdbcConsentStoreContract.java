// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every JDBC database must do; run for H2 and PostgreSQL by the subclasses. */
abstract class JdbcConsentStoreContract {
    private static final Instant AT = Instant.parse("2025-02-03T04:05:06.789012Z");

    private TestDatabase db;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** @return a fresh, empty database */
    abstract TestDatabase createDatabase() throws Exception;

    abstract SqlDialect expectedDialect();

    final TestDatabase db() throws Exception {
        if (db == null) {
            db = createDatabase();
        }
        return db;
    }

    private JdbcConsentStore open() throws Exception {
        JdbcConsentStore store = db().open();
        toClose.add(store);
        return store;
    }

    private static ConsentLedger ledger(ConsentStore store) {
        return ConsentLedger.open(store, TestPurpose.guard(), TestPurpose.POLICY, TestPurpose.POLICY_VERSION);
    }

    @AfterEach
    void tearDown() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void appendsAndReplaysAcrossRestarts() throws Exception {
        List<ConsentRecord> written = new ArrayList<>();
        try (JdbcConsentStore store = db().open()) {
            assertEquals(expectedDialect(), store.dialect());
            ConsentLedger ledger = ledger(store);
            written.add(ledger.grant("alice", TestPurpose.ANALYTICS, TestRegion.EU, "app", "toggle on"));
            written.add(ledger.grant("alice", TestPurpose.AD_PERSONALISATION, TestRegion.EU, "app", null));
            written.add(ledger.grant("bob", TestPurpose.ANALYTICS, null, null, null));
            written.add(ledger.withdraw("alice", TestPurpose.ANALYTICS, TestRegion.EU, "app", "toggle off"));
            written.add(ledger.object("alice", TestPurpose.FRAUD_PREVENTION, TestRegion.EU, "support", null));
            written.add(ledger.object("bob", TestPurpose.FRAUD_PREVENTION, null, "support", null));
            written.add(ledger.withdrawObjection("bob", TestPurpose.FRAUD_PREVENTION, null, "support", "changed mind"));
        }
        JdbcConsentStore store = open();
        assertEquals(7, store.count());
        List<ConsentRecord> all = new ArrayList<>();
        store.forEach(all::add);
        assertEquals(written, all, "records read back equal, in append order");
        assertEquals(List.of(written.get(0), written.get(1), written.get(3), written.get(4)), store.history("alice"));
        assertEquals(List.of(), store.history("nobody"));

        ConsentLedger ledger = ledger(store);
        ConsentGuard guard = ledger.guard();
        SubjectConsent alice = ledger.subject("alice");
        assertEquals(Decision.DENIED_WITHDRAWN, guard.check(alice, TestPurpose.ANALYTICS));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(alice, TestPurpose.AD_PERSONALISATION));
        assertEquals(Decision.DENIED_OBJECTION, guard.check(alice, TestPurpose.FRAUD_PREVENTION));
        assertEquals(Decision.ALLOWED_BY_CONSENT, guard.check(ledger.subject("bob"), TestPurpose.ANALYTICS));
        assertEquals(
                Decision.ALLOWED_BY_BASIS,
                guard.check(ledger.subject("bob"), TestPurpose.FRAUD_PREVENTION),
                "the withdrawn objection is read back as such");
    }

    @Test
    void roundTripsEveryFieldIncludingUnicodeAndNulls() throws Exception {
        JdbcConsentStore store = open();
        ConsentRecord full = new ConsentRecord(
                "r-unicode",
                "用户-42 \"q\" \\",
                "analytics",
                1,
                "test-policy",
                "2025-01-01",
                ConsentAction.PARENTAL_CONSENT,
                Instant.parse("2025-02-03T04:05:06.123456789Z"),
                "web form",
                "согласие 😀\n\tзначок 👍🏽 \u200d \u200f",
                "EU");
        ConsentRecord sparse = new ConsentRecord(
                "r-sparse", "s", "analytics", 7, "p", "v", ConsentAction.OBJECT, AT, null, null, null);
        store.append(full);
        store.append(sparse);
        assertEquals(List.of(full), store.history("用户-42 \"q\" \\"));
        assertEquals(
                Instant.parse("2025-02-03T04:05:06.123456Z"),
                store.history("用户-42 \"q\" \\").get(0).timestamp(),
                "timestamps keep microseconds");
        assertEquals(List.of(sparse), store.history("s"));
    }

    @Test
    void aLargeImportKeepsEveryFieldAsAppendDoes() throws Exception {
        JdbcConsentStore store = open();
        List<ConsentRecord> batch = new ArrayList<>();
        String[] texts = {"plain", "\"quoted\", comma", "back\\slash \\N", "line\nbreak\r\n\ttab", "用户 😀 👍🏽", ""};
        for (int i = 0; i < 3 * PostgresCopy.MIN_RECORDS; i++) {
            String text = texts[i % texts.length];
            boolean sparse = i % 5 == 0;
            batch.add(new ConsentRecord(
                    "bulk-" + i + (text.isEmpty() ? "" : "-" + text.replaceAll("\\s", "_")),
                    "subject " + text.replaceAll("\\s", "_") + i % 3,
                    "analytics",
                    1 + i % 4,
                    "test-policy",
                    "2025-01-01",
                    ConsentAction.values()[i % ConsentAction.values().length],
                    Instant.parse("2025-02-03T04:05:06.123456Z").plusSeconds(i),
                    sparse ? null : "channel-" + i % 2,
                    sparse ? null : text + " " + i,
                    sparse ? null : "EU"));
        }
        store.appendAll(batch);
        List<ConsentRecord> all = new ArrayList<>();
        store.forEach(all::add);
        assertEquals(batch, all, "in order, every field and every null kept");
        LedgerException e = assertThrows(LedgerException.class, () -> store.appendAll(batch));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(batch.size(), store.count(), "a taken id fails the whole import");
    }

    @Test
    void duplicateRecordIdIsRejectedAndNothingIsOverwritten() throws Exception {
        JdbcConsentStore store = open();
        ConsentRecord first = record("dup", "alice", ConsentAction.GRANT);
        store.append(first);
        LedgerException e =
                assertThrows(LedgerException.class, () -> store.append(record("dup", "alice", ConsentAction.WITHDRAW)));
        assertTrue(e.getMessage().contains("consent record dup already exists"), e.getMessage());
        assertEquals(List.of(first), store.history("alice"));
        store.append(record("after", "alice", ConsentAction.WITHDRAW));
        assertEquals(2, store.count(), "the store still works after a failed append");
    }

    @Test
    void schemaMigrationIsIdempotent() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (JdbcConsentStore store = db().open()) {
                assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
                store.append(record("r" + i, "alice", ConsentAction.GRANT));
            }
        }
        assertEquals(List.of(1, 2), appliedVersions());
        try (Connection c = db().raw()) {
            c.setAutoCommit(false);
            assertEquals(0, SchemaMigrator.migrate(c, expectedDialect()), "nothing left to apply");
        }
        try (JdbcConsentStore store = db().open()) {
            assertEquals(3, store.count(), "records survive restarts");
        }
    }

    @Test
    void migratesAnOlderSchemaAndKeepsItsRecords() throws Exception {
        ConsentRecord old = record("old", "alice", ConsentAction.GRANT);
        try (Connection c = db().raw()) {
            c.setAutoCommit(false);
            assertEquals(1, SchemaMigrator.migrate(c, expectedDialect(), 1));
            try (PreparedStatement ps = c.prepareStatement(RecordRows.INSERT)) {
                RecordRows.bind(ps, old);
                ps.executeUpdate();
            }
            c.commit();
        }
        assertEquals(List.of(1), appliedVersions());
        JdbcConsentStore store = open();
        assertEquals(List.of(1, 2), appliedVersions());
        assertEquals(List.of(old), store.history("alice"));
        try (Connection c = db().raw()) {
            assertTrue(indexExists(c, "pledge_consent_record_subject_idx"), "migration 2 created the index");
        }
    }

    @Test
    void refusesASchemaFromANewerRuntime() throws Exception {
        open().close();
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO pledge_schema_version (version, description, applied_at) "
                    + "VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        LedgerException e = assertThrows(LedgerException.class, () -> db().open());
        assertTrue(
                e.getMessage().contains("schema is at version 99, newer than this Pledge runtime supports"),
                e.getMessage());
    }

    @Test
    void concurrentStartsMigrateOnce() throws Exception {
        int starts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<JdbcConsentStore>> futures = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return db().open();
                }));
            }
            go.countDown();
            for (Future<JdbcConsentStore> f : futures) {
                JdbcConsentStore store = f.get(60, TimeUnit.SECONDS);
                toClose.add(store);
                assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(1, 2), appliedVersions());
    }

    @Test
    void eightThreadsGrantingAndWithdrawingLoseNoRecord() throws Exception {
        int threads = 8;
        int perThread = 60;
        JdbcConsentStore store = open();
        ConsentLedger ledger = ledger(store);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        String subject = "subject-" + (i % 4); // subjects shared by all threads
                        ConsentRecord r = (i + thread) % 2 == 0
                                ? ledger.grant(subject, TestPurpose.ANALYTICS, null, "thread-" + thread, null)
                                : ledger.withdraw(subject, TestPurpose.ANALYTICS, null, "thread-" + thread, null);
                        ids.add(r.recordId());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, ids.size());
        assertEquals(threads * perThread, store.count());
        Set<String> stored = new HashSet<>();
        store.forEach(r -> stored.add(r.recordId()));
        assertEquals(ids, stored);
        for (int s = 0; s < 4; s++) {
            List<ConsentRecord> history = store.history("subject-" + s);
            assertEquals(threads * perThread / 4, history.size());
            ConsentRecord last = history.get(history.size() - 1);
            Decision expected =
                    last.action() == ConsentAction.GRANT ? Decision.ALLOWED_BY_CONSENT : Decision.DENIED_WITHDRAWN;
            assertEquals(
                    expected,
                    ledger.guard().check(ledger.subject("subject-" + s), TestPurpose.ANALYTICS),
                    "replay follows the last record in append order");
        }
    }

    @Test
    void corruptActionIsReportedWithTheRecordId() throws Exception {
        JdbcConsentStore store = open();
        store.append(record("good", "alice", ConsentAction.GRANT));
        insertRaw("bad-action", "alice", "MAYBE", 1, "CURRENT_TIMESTAMP");
        LedgerException e = assertThrows(LedgerException.class, () -> store.history("alice"));
        assertEquals(
                "corrupt consent record bad-action in pledge_consent_record: unknown action 'MAYBE'; "
                        + "expected GRANT, WITHDRAW, OBJECT, WITHDRAW_OBJECTION or PARENTAL_CONSENT",
                e.getMessage());
        assertThrows(LedgerException.class, () -> ledger(store).subject("alice"));
        e = assertThrows(LedgerException.class, () -> store.forEach(r -> {}));
        assertTrue(e.getMessage().contains("bad-action"), e.getMessage());
    }

    @Test
    void corruptTimestampAndVersionAreReportedWithTheRecordId() throws Exception {
        JdbcConsentStore store = open();
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            st.execute(db().dropTimestampNotNull());
        }
        insertRaw("no-time", "alice", "GRANT", 1, "NULL");
        LedgerException e = assertThrows(LedgerException.class, () -> store.history("alice"));
        assertEquals(
                "corrupt consent record no-time in pledge_consent_record: recorded_at (the timestamp) is null",
                e.getMessage());

        insertRaw("bad-version", "bob", "GRANT", -3, "CURRENT_TIMESTAMP");
        e = assertThrows(LedgerException.class, () -> store.history("bob"));
        assertEquals(
                "corrupt consent record bad-version in pledge_consent_record: purpose version must be >= 1, "
                        + "was -3",
                e.getMessage());
    }

    @Test
    void storedTextsThatBreakTheRulesAreReportedAsCorrupt() throws Exception {
        JdbcConsentStore store = open();
        insertRaw("blank-subject", " ", "GRANT", 1, "CURRENT_TIMESTAMP");
        LedgerException e = assertThrows(LedgerException.class, () -> store.forEach(r -> {}));
        assertEquals(
                "corrupt consent record blank-subject in pledge_consent_record: subject id is missing", e.getMessage());
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            st.execute("DELETE FROM pledge_consent_record");
        }
        insertRaw("hidden-subject", "user-\u202e", "GRANT", 1, "CURRENT_TIMESTAMP");
        e = assertThrows(LedgerException.class, () -> store.forEach(r -> {}));
        assertEquals(
                "corrupt consent record hidden-subject in pledge_consent_record: subject id holds an invisible format"
                        + " character (U+202E) at index 5: ids and texts of consent records are visible text only",
                e.getMessage());
    }

    @Test
    void closedStoreGivesAClearError() throws Exception {
        JdbcConsentStore store = db().open();
        store.close();
        store.close();
        LedgerException e =
                assertThrows(LedgerException.class, () -> store.append(record("late", "alice", ConsentAction.GRANT)));
        assertTrue(
                e.getMessage().startsWith("cannot append consent record late: the consent store on jdbc:"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("is closed"), e.getMessage());
        assertFalse(e.getMessage().contains("password"), "no credentials in messages: " + e.getMessage());
        assertThrows(LedgerException.class, store::count);
        assertThrows(LedgerException.class, () -> store.history("alice"));
    }

    @Test
    void closedConnectionGivesAClearError() throws Exception {
        Connection shared = db().raw();
        // a data source that wrongly hands out one shared connection: the store closes it after the first use
        JdbcConsentStore store = JdbcConsentStore.open(new OneConnectionDataSource(shared));
        toClose.add(store);
        assertTrue(shared.isClosed(), "the store returned (closed) the connection after migrating");
        LedgerException e =
                assertThrows(LedgerException.class, () -> store.append(record("r", "alice", ConsentAction.GRANT)));
        assertTrue(
                e.getMessage().startsWith("cannot append consent record r: the connection to data source "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" is closed"), e.getMessage());
        e = assertThrows(LedgerException.class, () -> store.history("alice"));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }

    @Test
    void exportsReceiptsFromTheDatabase() throws Exception {
        JdbcConsentStore store = open();
        ConsentLedger ledger = ledger(store);
        ConsentRecord a = ledger.grant("alice", TestPurpose.ANALYTICS, TestRegion.CN, "app", "“quoted” \"text\"");
        ConsentRecord b = ledger.withdraw("alice", TestPurpose.ANALYTICS, TestRegion.CN, "app", null);
        StringBuilder out = new StringBuilder();
        assertEquals(2, ConsentReceipts.writeAll(store, out));
        assertEquals(ConsentReceipts.toJson(a) + "\n" + ConsentReceipts.toJson(b) + "\n", out.toString());
    }

    private List<Integer> appliedVersions() throws Exception {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = db().raw();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM pledge_schema_version ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static boolean indexExists(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, null, false, false)) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        } catch (SQLException e) {
            // some drivers need a table name: fall through to the per-table query
        }
        for (String table : new String[] {"pledge_consent_record", "PLEDGE_CONSENT_RECORD"}) {
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                while (rs.next()) {
                    if (name.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void insertRaw(String id, String subject, String action, int version, String timestampSql)
            throws Exception {
        try (Connection c = db().raw();
                PreparedStatement ps = c.prepareStatement("INSERT INTO pledge_consent_record "
                        + "(record_id, subject_id, purpose_id, purpose_version, policy_id, policy_version, action, recorded_at) "
                        + "VALUES (?, ?, 'analytics', ?, 'test-policy', '2025-01-01', ?, " + timestampSql + ")")) {
            ps.setString(1, id);
            ps.setString(2, subject);
            ps.setInt(3, version);
            ps.setString(4, action);
            ps.executeUpdate();
        }
    }

    private static ConsentRecord record(String id, String subject, ConsentAction action) {
        return new ConsentRecord(
                id,
                subject,
                "analytics",
                1,
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                action,
                AT,
                "test",
                null,
                null);
    }

    /** Hands out the same connection every time: a misconfigured pool, for the closed-connection test. */
    private static final class OneConnectionDataSource implements DataSource {
        private final Connection connection;

        OneConnectionDataSource(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
