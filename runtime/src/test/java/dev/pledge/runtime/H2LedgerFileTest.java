// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file behind the default store: a damaged file is an error on open, never an empty ledger; a path cannot
 * smuggle settings into H2's URL; every way of reaching an H2 file forces commits to disk.
 */
class H2LedgerFileTest {
    @TempDir
    Path folder;

    private Path ledgerWithRecords(int records) {
        Path base = folder.resolve("ledger");
        try (JdbcConsentStore store = ConsentStores.h2(base)) {
            ConsentLedger ledger =
                    ConsentLedger.open(store, TestPurpose.guard(), TestPurpose.POLICY, TestPurpose.POLICY_VERSION);
            for (int i = 0; i < records; i++) {
                ledger.grant("subject-" + i, TestPurpose.ANALYTICS, TestRegion.EU, "app", "evidence " + i);
            }
        }
        return folder.resolve("ledger.mv.db");
    }

    private static void truncate(Path file, long size) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /** Opening must fail with a message that says what is wrong, and must leave the file exactly as it was. */
    private static String refusedUnchanged(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.h2(file));
        assertArrayEquals(before, Files.readAllBytes(file), "a refused file is not touched");
        return e.getMessage();
    }

    @Test
    void aFileCutAfterItsHeaderIsRefusedNotOpenedEmpty() throws Exception {
        Path file = ledgerWithRecords(200);
        truncate(file, 8192);
        String message = refusedUnchanged(file);
        assertTrue(
                message.startsWith("the consent database " + file + " is damaged: it is 8192 bytes long, but its"
                        + " header says its newest data starts at byte "),
                message);
        assertTrue(
                message.endsWith("the file was cut short (truncated) and records would be missing; Pledge does not"
                        + " open it as a ledger (records would be silently lost): restore it from a backup"),
                message);
    }

    @Test
    void aFileCutAfterItsHeaderIsRefusedThroughAJdbcUrlToo() throws Exception {
        Path file = ledgerWithRecords(200);
        truncate(file, 8192);
        byte[] before = Files.readAllBytes(file);
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        for (String url : List.of("jdbc:h2:file:" + base, "jdbc:h2:" + base + ";WRITE_DELAY=0")) {
            LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.jdbc(url));
            assertTrue(e.getMessage().startsWith("the consent database " + file + " is damaged: "), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), "a refused file is not touched");
        }
    }

    @Test
    void onlyH2FilesOnDiskAreCheckedBeforeOpening() {
        java.util.Properties none = new java.util.Properties();
        assertEquals(
                Path.of("/data/ledger.mv.db"),
                ConsentStores.h2FileOf("jdbc:h2:file:/data/ledger;MODE=PostgreSQL", none));
        assertEquals(Path.of("/data/ledger.mv.db"), ConsentStores.h2FileOf("jdbc:h2:/data/ledger", none));
        assertEquals(
                Path.of(System.getProperty("user.home"), "ledger.mv.db"),
                ConsentStores.h2FileOf("jdbc:h2:~/ledger", none));
        assertEquals(null, ConsentStores.h2FileOf("jdbc:h2:mem:ledger", none));
        assertEquals(null, ConsentStores.h2FileOf("jdbc:h2:tcp://localhost/~/ledger", none));
        assertEquals(null, ConsentStores.h2FileOf("jdbc:h2:file:/data/ledger;CIPHER=AES", none));
        assertEquals(null, ConsentStores.h2FileOf("jdbc:postgresql://localhost/ledger", none));
    }

    /**
     * A ledger file cut anywhere, closed cleanly by the store or left as a crash leaves it (H2 still holding it
     * open, not marked clean), is refused or still holds every record: never opened at an older state. Cuts at
     * every 4 KB block (H2 writes in blocks of 4 KB) to the end of the file and at seeded offsets within blocks,
     * including cuts past the chunk the header points to.
     */
    @Test
    void aFileCutAnywhereIsRefusedOrStillHoldsEveryRecord() throws Exception {
        Path closed = ledgerWithRecords(300);
        Path crashed = folder.resolve("crashed.mv.db");
        try (JdbcConsentStore store = ConsentStores.h2(folder.resolve("open"))) {
            for (int i = 0; i < 300; i++) {
                store.append(LedgerIntegrityContract.record("open-" + i, "subject-" + i));
            }
            // every append was forced to disk: a copy now is what a kill -9 would leave
            Files.copy(folder.resolve("open.mv.db"), crashed);
            Files.copy(folder.resolve("open" + LedgerMark.SUFFIX), folder.resolve("crashed" + LedgerMark.SUFFIX));
        }
        int refused = 0;
        int opened = 0;
        for (Path file : List.of(closed, crashed)) {
            long size = Files.size(file);
            // a set: a random cut can fall on a block boundary (CI met one: cut-335872 twice)
            Set<Long> cuts = new LinkedHashSet<>(List.of(0L, 100L));
            for (long block = 4096; block < size; block += 4096) {
                cuts.add(block);
            }
            Random random = new Random(16);
            for (int i = 0; i < 12; i++) {
                cuts.add(4096 + (long) (random.nextDouble() * (size - 4096)));
            }
            for (long cut : cuts) {
                Path copy = copyWithMark(file, "cut-" + cut + "-");
                truncate(copy, cut);
                byte[] before = Files.readAllBytes(copy);
                try (JdbcConsentStore store = ConsentStores.h2(copy)) {
                    assertEquals(300, store.count(), "a cut file that opens must have lost nothing (" + copy + ")");
                    opened++;
                } catch (LedgerException e) {
                    assertTrue(
                            e.getMessage().startsWith("the consent database " + copy + " is damaged: "),
                            e.getMessage());
                    assertArrayEquals(before, Files.readAllBytes(copy), "a refused file is not touched");
                    refused++;
                }
            }
        }
        // whether a cut at a block boundary happens to keep every record depends on H2's layout of the
        // file (free space at its end), so only refusals are certain; the whole files must still open
        assertTrue(refused > 0, refused + " refused, " + opened + " opened");
        for (Path file : List.of(closed, crashed)) {
            try (JdbcConsentStore store = ConsentStores.h2(file)) {
                assertEquals(300, store.count(), "the whole file still opens");
            }
        }
    }

    private Path copyWithMark(Path file, String prefix) throws Exception {
        String base = file.getFileName().toString().replace(".mv.db", "");
        Path copy = folder.resolve(prefix + base + ".mv.db");
        Files.copy(file, copy);
        Files.copy(file.resolveSibling(base + LedgerMark.SUFFIX), folder.resolve(prefix + base + LedgerMark.SUFFIX));
        return copy;
    }

    @Test
    void anOlderCopyOfTheFileIsRefusedUntilItsMarkIsDeleted() throws Exception {
        Path file = ledgerWithRecords(100);
        Path backup = Files.copy(file, folder.resolve("backup.mv.db"));
        try (JdbcConsentStore store = ConsentStores.h2(file)) {
            for (int i = 0; i < 50; i++) {
                store.append(LedgerIntegrityContract.record("later-" + i, "alice"));
            }
        }
        Path mark = folder.resolve("ledger" + LedgerMark.SUFFIX);
        assertTrue(Files.readString(mark).contains(",records:150,"), Files.readString(mark));
        Files.copy(backup, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(
                "the consent database " + file + " is damaged: H2 reads 100 consent records in it, but it had"
                        + " acknowledged 150 as durable (its mark " + mark + " says so): the file was cut short or"
                        + " part of it lost, and H2 would open it at an older state without the last 50 (to"
                        + " continue from that state, after restoring an older backup on purpose, delete the mark);"
                        + " Pledge does not open it as a ledger (records would be silently lost): restore it from a"
                        + " backup",
                refusedUnchanged(file));
        Files.delete(mark);
        try (JdbcConsentStore store = ConsentStores.h2(file)) {
            assertEquals(100, store.count());
        }
        assertTrue(Files.readString(mark).contains(",records:100,"), "a new mark from the state accepted");
    }

    @Test
    void aDeletedFileIsNotRecreatedEmptyWhileItsMarkSaysItHeldRecords() throws Exception {
        Path file = ledgerWithRecords(10);
        Files.delete(file);
        LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.h2(file));
        Path mark = folder.resolve("ledger" + LedgerMark.SUFFIX);
        assertEquals(
                "the consent database " + file + " is missing, but its mark " + mark + " says it held 10 consent"
                        + " records: it was deleted or moved, and Pledge does not start an empty ledger in its place"
                        + " (records would be silently lost); restore it from a backup, or delete the mark as well"
                        + " to start an empty ledger",
                e.getMessage());
        assertFalse(Files.exists(file));
        Files.delete(mark);
        try (JdbcConsentStore store = ConsentStores.h2(file)) {
            assertEquals(0, store.count());
        }
    }

    @Test
    void aMarkTornByACrashFallsBackToItsOtherSlotAndADamagedOneIsRefused() throws Exception {
        Path file = ledgerWithRecords(30);
        Path mark = folder.resolve("ledger" + LedgerMark.SUFFIX);
        byte[] bytes = Files.readAllBytes(mark);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int newest = text.indexOf(",records:30,");
        assertTrue(newest >= 0, text);
        bytes[newest + 2] ^= 0x20; // a torn write of the newest slot: the older slot (fewer records) counts
        Files.write(mark, bytes);
        try (JdbcConsentStore store = ConsentStores.h2(file)) {
            assertEquals(30, store.count());
        }
        Files.write(mark, "pledge-mark:1,generation:9,records:30,crc32:0\n".getBytes());
        LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.h2(file));
        assertTrue(
                e.getMessage()
                        .startsWith("the consent ledger's mark " + mark + " is damaged (46 bytes, no readable count):"),
                e.getMessage());
    }

    @Test
    void anEmptyOrForeignFileIsRefused() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.mv.db"));
        assertTrue(refusedUnchanged(empty).contains("it is empty (0 bytes)"));

        Path text = Files.writeString(folder.resolve("notes.mv.db"), "H:2,block:1 these are notes, not a database\n");
        assertTrue(refusedUnchanged(text).contains("it has no valid H2 header"));

        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path random = Files.write(folder.resolve("random.mv.db"), noise);
        assertTrue(refusedUnchanged(random).contains("it has no valid H2 header"));

        Path file = ledgerWithRecords(20);
        byte[] bytes = Files.readAllBytes(file);
        bytes[10] ^= 0x01; // both header copies damaged: the checksum no longer matches
        bytes[4096 + 10] ^= 0x01;
        Files.write(file, bytes);
        assertTrue(refusedUnchanged(file).contains("it has no valid H2 header"));
    }

    @Test
    void anH2DatabaseWithoutALedgerIsNotTakenForANewOne() throws Exception {
        Path base = folder.resolve("app");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INT)");
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.h2(base));
            assertTrue(e.getMessage().contains("exists but holds no consent ledger"), e.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base);
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", null)) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
            assertEquals(List.of("CUSTOMERS"), tables, "no ledger table was created in it");
        }
    }

    @Test
    void aHealthyLedgerReopensAgainAndAgainAndWhileOpen() throws Exception {
        Path file = ledgerWithRecords(50);
        for (int i = 0; i < 5; i++) {
            try (JdbcConsentStore store = ConsentStores.h2(file);
                    JdbcConsentStore second = ConsentStores.h2(file)) {
                store.append(LedgerIntegrityContract.record("again-" + i, "alice"));
                assertEquals(51 + i, second.count(), "a second store in the same JVM shares the open database");
            }
        }
        assertTrue(
                Files.readString(folder.resolve("ledger" + LedgerMark.SUFFIX)).contains(",records:55,"),
                "the stores share one mark");
    }

    @Test
    void aPathCannotInjectSettingsIntoH2sUrl() throws Exception {
        Path evil = folder.resolve("ledger;INIT=CREATE TABLE injected(a INT)");
        LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.h2(evil));
        assertTrue(
                e.getMessage().contains("contains ';', which H2 would read as the start of database settings"),
                e.getMessage());
        assertThrows(LedgerException.class, () -> ConsentStores.h2(folder.resolve("led\nger")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing was created");
        }
    }

    @Test
    void everyWayToAnH2FileForcesCommitsToDisk() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("through-url");
        try (JdbcConsentStore store = ConsentStores.jdbc(url + ";WRITE_DELAY=10000")) {
            assertEquals(SqlDialect.Durability.CHECKPOINT_SYNC, store.durability());
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("through-data-source"));
        try (JdbcConsentStore store = ConsentStores.jdbc(dataSource)) {
            assertEquals(SqlDialect.Durability.CHECKPOINT_SYNC, store.durability());
        }
        try (JdbcConsentStore store = ConsentStores.jdbc("jdbc:h2:mem:h2-ledger-file-test")) {
            assertEquals(SqlDialect.Durability.COMMIT, store.durability(), "nothing to sync in memory");
        }
    }

    @Test
    void settingsThatWeakenTheLedgerAreRefusedSayingWhy() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("unlocked");
        LedgerException e = assertThrows(LedgerException.class, () -> ConsentStores.jdbc(url + ";FILE_LOCK=NO"));
        assertEquals(
                "refusing the consent store URL jdbc:h2:file:" + folder.resolve("unlocked")
                        + " with FILE_LOCK=NO: without the file lock a second process can open and corrupt the"
                        + " ledger; remove the setting",
                e.getMessage());
        Properties info = new Properties();
        info.setProperty("file_lock", "no");
        assertThrows(LedgerException.class, () -> ConsentStores.jdbc(url, info));
        assertFalse(Files.exists(folder.resolve("unlocked.mv.db")));

        try (Connection c = DriverManager.getConnection(url, "admin", "secret");
                Statement st = c.createStatement()) {
            st.execute("CREATE USER clerk PASSWORD 'pw'");
            st.execute("GRANT ALTER ANY SCHEMA TO clerk");
        }
        e = assertThrows(LedgerException.class, () -> ConsentStores.jdbc(url, "clerk", "pw"));
        assertTrue(
                e.getMessage()
                        .contains("each commit must be forced to disk with CHECKPOINT SYNC, which H2 allows only"
                                + " to admin users"),
                e.getMessage());
    }
}
