// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks at an H2 database file ({@code .mv.db}) before H2 opens it, because H2 does not refuse a damaged one:
 * a file cut short after its header opens as an <em>empty</em> database, and a file cut anywhere else falls
 * back to an older state that may lack the latest records, both without an error. The ledger then would
 * accept appends as if nothing had been lost.
 *
 * <p>An H2 file (MVStore format) starts with two copies of a header of one block each, a line such as
 * {@code H:2,block:23,blockSize:1000,chunk:7d8,...,version:7d8,fletcher:ab382dfa}: {@code block} is where the
 * newest chunk written at the time of the header begins, in blocks of {@code blockSize} bytes (both hex), and
 * {@code fletcher} a Fletcher-32 checksum of the line before it. H2 writes a chunk before the header that
 * points at it, so a file that ends before that block was cut short. A cut further on is caught by H2 itself
 * (a chunk fails its checksum) or, when the cut leaves a state without the ledger's tables, by the store.
 */
final class H2File {
    /** Bytes H2 reserves for each header copy. */
    private static final int HEADER_BLOCK = 4096;

    private H2File() {}

    /** What the file looked like before opening. */
    enum State {
        /** No file yet: H2 creates it with an empty ledger. */
        ABSENT,
        /** A file with a sound header: it must hold a ledger. */
        EXISTING,
        /** A file another store holds open (H2's file lock): H2 itself shares it or refuses it. */
        IN_USE
    }

    /**
     * Checks the file {@code ConsentStores.h2} is about to open.
     *
     * @param file the {@code .mv.db} file
     * @return whether it exists, and whether it is open already
     * @throws LedgerException if the file is empty, too short for its header, has no valid header, or ends
     *                         before the data its header points to
     */
    static State check(Path file) {
        if (!Files.exists(file)) {
            return State.ABSENT;
        }
        long size;
        byte[] start = new byte[2 * HEADER_BLOCK];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return State.IN_USE; // open in this JVM: its contents are H2's, live
            }
            if (lock == null) {
                return State.IN_USE; // open in another process: H2 will say the file is locked
            }
            try (lock) {
                size = channel.size();
                ByteBuffer buffer = ByteBuffer.wrap(start);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // read the two header blocks, or the whole of a shorter file
                }
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read the consent database " + file + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            throw damaged(
                    file,
                    "it is empty (0 bytes), but H2 writes a header as soon as it creates a file;"
                            + " if no record was ever written to it, delete it");
        }
        Map<String, String> newest = null;
        for (int copy = 0; copy < 2; copy++) {
            Map<String, String> header = header(start, copy * HEADER_BLOCK);
            if (header != null && (newest == null || hex(header, "version") > hex(newest, "version"))) {
                newest = header;
            }
        }
        if (newest == null) {
            throw damaged(
                    file,
                    "it has no valid H2 header (" + size + " bytes): it is not an H2 database file," + " or its first "
                            + 2 * HEADER_BLOCK + " bytes are damaged");
        }
        long blockSize = hex(newest, "blockSize");
        long block = hex(newest, "block");
        if (blockSize > 0 && block >= 0 && (block + 1) * blockSize > size) {
            throw damaged(
                    file,
                    "it is " + size + " bytes long, but its header says its newest data starts at byte "
                            + block * blockSize + ": the file was cut short (truncated) and records would be missing");
        }
        long length = chunkLength(file, block * blockSize);
        if (length > 0 && (block + length) * blockSize > size) {
            throw damaged(
                    file,
                    "it is " + size + " bytes long, but the newest data its header points to ends at byte "
                            + (block + length) * blockSize
                            + ": the file was cut short (truncated) and records would be missing");
        }
        return State.EXISTING;
    }

    /**
     * The length in blocks of the chunk that starts at {@code offset}, from its header line ({@code
     * chunk:7d8,block:23,len:5,...}), or -1 when there is no readable chunk header there (H2 then judges the
     * file itself).
     */
    private static long chunkLength(Path file, long offset) {
        byte[] bytes = new byte[1024];
        int read = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int n;
            while (buffer.hasRemaining() && (n = channel.read(buffer, offset + read)) > 0) {
                read += n;
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read the consent database " + file + ": " + e.getMessage(), e);
        }
        int end = 0;
        while (end < read && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String line = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        if (!line.startsWith("chunk:")) {
            return -1;
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : line.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return hex(fields, "len");
    }

    /** H2's error codes for a file it cannot read: corrupted, wrong format or version, unreadable. */
    private static final java.util.Set<String> UNREADABLE = java.util.Set.of("90030", "90048", "90028", "90067");

    /**
     * Says in the ledger's words that H2 found the file damaged, when that is why opening failed.
     *
     * @param file    the {@code .mv.db} file
     * @param failure why opening failed
     * @return the failure to throw
     */
    static LedgerException explain(Path file, LedgerException failure) {
        if (failure.getCause() instanceof java.sql.SQLException e && UNREADABLE.contains(e.getSQLState())) {
            LedgerException damaged = damaged(file, "H2 cannot read it (" + e.getMessage() + ")");
            damaged.initCause(e);
            return damaged;
        }
        return failure;
    }

    /**
     * How many consent records H2 reads in the file, which it opens read-only: a file that is then refused has
     * not been changed, so whatever of its newer data is still in it can be recovered from it.
     *
     * @param mvDb the {@code .mv.db} file, not open in this JVM
     * @return the records, or -1 when the database holds no ledger table
     * @throws LedgerException if H2 cannot read the file
     */
    static long records(Path mvDb) {
        String path = mvDb.toString();
        String url = "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length())
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            try (java.sql.ResultSet tables = c.getMetaData()
                    .getTables(null, null, SchemaMigrator.RECORD_TABLE.toUpperCase(java.util.Locale.ROOT), null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            return JdbcConsentStore.count(c);
        } catch (java.sql.SQLException e) {
            LedgerException failure =
                    new LedgerException("cannot open the consent database " + mvDb + ": " + e.getMessage(), e);
            throw explain(mvDb, failure);
        }
    }

    static LedgerException damaged(Path file, String why) {
        return new LedgerException("the consent database " + file + " is damaged: " + why
                + "; Pledge does not open it as a ledger (records would be silently lost): restore it from a backup");
    }

    /** The header fields at {@code offset}, or null when there is no well-formed, checksummed header there. */
    static Map<String, String> header(byte[] bytes, int offset) {
        int end = offset;
        while (end < bytes.length && end < offset + HEADER_BLOCK && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String line = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        int checksumAt = line.lastIndexOf(",fletcher:");
        if (!line.startsWith("H:") || checksumAt < 0) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : line.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        byte[] checked = line.substring(0, checksumAt).getBytes(StandardCharsets.ISO_8859_1);
        long expected = hex(fields, "fletcher");
        if (expected < 0 || (fletcher32(checked) & 0xffffffffL) != expected) {
            return null;
        }
        return hex(fields, "block") < 0 || hex(fields, "blockSize") <= 0 ? null : fields;
    }

    private static long hex(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty() || value.length() > 15) {
            return -1;
        }
        try {
            return Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Fletcher-32 over 16-bit big-endian words, an odd last byte padded with 0: H2's header checksum. */
    static int fletcher32(byte[] bytes) {
        int s1 = 0xffff;
        int s2 = 0xffff;
        int i = 0;
        int even = bytes.length & ~1;
        while (i < even) {
            for (int end = Math.min(i + 720, even); i < end; ) {
                int x = ((bytes[i++] & 0xff) << 8) | (bytes[i++] & 0xff);
                s1 += x;
                s2 += s1;
            }
            s1 = (s1 & 0xffff) + (s1 >>> 16);
            s2 = (s2 & 0xffff) + (s2 >>> 16);
        }
        if ((bytes.length & 1) != 0) {
            s1 += (bytes[i] & 0xff) << 8;
            s2 += s1;
        }
        s1 = (s1 & 0xffff) + (s1 >>> 16);
        s2 = (s2 & 0xffff) + (s2 >>> 16);
        return (s2 << 16) | s1;
    }
}
