// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A ledger that cannot be corrupted or fooled, on every JDBC database: run for H2 and PostgreSQL. */
abstract class LedgerIntegrityContract {
    private static final Instant AT = Instant.parse("2025-02-03T04:05:06.789012Z");

    private TestDatabase db;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    abstract TestDatabase createDatabase() throws Exception;

    private TestDatabase db() throws Exception {
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

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aSubjectWithAnUnpairedSurrogateCannotReadAnotherSubjectsRecords() throws Exception {
        JdbcConsentStore store = open();
        store.append(record("r1", "user-?"));
        store.append(record("r2", "user-\uD83D\uDE00"));
        assertThrows(LedgerException.class, () -> store.history("user-\uD800"));
        assertThrows(LedgerException.class, () -> store.history("user-\u0000"));
        assertEquals(List.of("r1"), ids(store.history("user-?")));
        assertEquals(List.of("r2"), ids(store.history("user-\uD83D\uDE00")), "a surrogate pair is kept as is");
    }

    @Test
    void aForeignTableOfTheLedgersNameFailsTheOpenAndRecordsNoMigration() throws Exception {
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE pledge_consent_record (id INTEGER, note VARCHAR(20))");
        }
        LedgerException e = assertThrows(LedgerException.class, () -> db().open());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "cannot apply consent ledger migration 1 (consent record table): the database"
                                        + " already has a table pledge_consent_record that is not a Pledge consent record table"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("rename that table, or give the ledger a database or schema of its own"));
        assertEquals(0, recordedMigrations(), "the failed migration is not recorded as applied");
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE pledge_consent_record");
        }
        JdbcConsentStore store = open();
        assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion(), "once the table is gone, it migrates");
    }

    @Test
    void anImportIsAllOrNone() throws Exception {
        JdbcConsentStore store = open();
        ConsentLedger ledger =
                ConsentLedger.open(store, TestPurpose.guard(), TestPurpose.POLICY, TestPurpose.POLICY_VERSION);
        List<ConsentRecord> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(record("imp-" + i, "subject-" + (i % 50)));
        }
        assertEquals(2_500, ledger.importAll(batch));
        assertEquals(2_500, store.count());
        List<ConsentRecord> all = new ArrayList<>();
        store.forEach(all::add);
        assertEquals(batch, all, "in order, every field kept");

        List<ConsentRecord> again = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            again.add(record("new-" + i, "subject-1"));
        }
        again.add(record("imp-7", "subject-1"));
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.importAll(again));
        assertEquals(
                "consent record imp-7 already exists; records are immutable, so none of the 1501 records was appended",
                e.getMessage());
        assertEquals(2_500, store.count(), "nothing of the failed import was appended");

        List<ConsentRecord> invalid = new ArrayList<>(again.subList(0, 10));
        invalid.add(new ConsentRecord(
                "bad-purpose",
                "s",
                "no-such-purpose",
                1,
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                ConsentAction.GRANT,
                AT,
                null,
                null,
                null));
        e = assertThrows(LedgerException.class, () -> ledger.importAll(invalid));
        assertTrue(e.getMessage().startsWith("consent record bad-purpose: unknown purpose"), e.getMessage());
        assertEquals(2_500, store.count(), "validated before anything is written");
    }

    @Test
    void concurrentAppendsShareCommitsButEachLearnsItsOwnOutcome() throws Exception {
        JdbcConsentStore store = open();
        store.append(record("taken", "alice"));
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = i == 20 && thread == 3 ? "taken" : "t" + thread + "-" + i;
                        try {
                            store.append(record(id, "subject-" + thread));
                        } catch (LedgerException e) {
                            failures.add(id + ": " + e.getMessage());
                        }
                    }
                    return failures;
                }));
            }
            go.countDown();
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                failures.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertEquals(List.of("taken: consent record taken already exists; records are immutable"), failures);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1 + threads * perThread - 1, store.count(), "every other record of the shared batches is kept");
        assertEquals(perThread - 1, store.history("subject-3").size());
    }

    @Test
    void aDurableCommitIsConfigured() throws Exception {
        JdbcConsentStore store = open();
        assertEquals(expectedDurability(), store.durability());
    }

    abstract SqlDialect.Durability expectedDurability();

    /** Rows of the version table; 0 when it does not exist (PostgreSQL rolls back its creation too). */
    private int recordedMigrations() throws Exception {
        try (Connection c = db().raw();
                Statement st = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
                boolean found = false;
                while (tables.next()) {
                    found |= "pledge_schema_version".equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
                if (!found) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pledge_schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<String> ids(List<ConsentRecord> records) {
        return records.stream().map(ConsentRecord::recordId).toList();
    }

    static ConsentRecord record(String id, String subject) {
        return new ConsentRecord(
                id,
                subject,
                "analytics",
                1,
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                ConsentAction.GRANT,
                AT.plus(id.length(), ChronoUnit.MICROS),
                "import",
                "from the consent platform",
                "EU");
    }
}
