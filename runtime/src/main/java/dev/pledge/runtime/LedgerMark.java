// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The high-water mark of an H2 ledger file: how many records it held when it last acknowledged an append, kept
 * in a small file beside it ({@code consent.mv.db} has {@code consent.pledge-mark}), outside the data H2 may
 * roll back.
 *
 * <p>H2 opens a damaged file without complaint at whatever older state it can still read: a file cut short
 * past its newest chunk, or cut when H2 had not marked it clean, opens without the latest records, and nothing
 * in the file itself tells a cut that removed acknowledged records from a crash that stopped a write before it
 * was acknowledged. The mark does: it is advanced after each commit is forced to disk and before the append
 * returns, so it never exceeds what is durable (a crash between the two leaves it lower, never higher), and a
 * file that opens with fewer records than its mark lost acknowledged ones. Records are never deleted, so the
 * count only grows.
 *
 * <p>The file holds two slots of one line each, in different sectors ({@code pledge-mark:1,generation:1f,
 * records:4200,crc32:...}); each write replaces the older slot and is forced to the device, so a write torn by
 * a crash leaves the other slot, and its smaller count, readable. One instance per file in this JVM, shared by
 * every store on it (see {@link #acquire}).
 */
final class LedgerMark {
    /** What the mark file's name ends with, in place of {@code .mv.db}. */
    static final String SUFFIX = ".pledge-mark";

    private static final int SLOT = 512;
    private static final String MAGIC = "pledge-mark:1";
    private static final Map<Path, LedgerMark> OPEN = new HashMap<>();

    private final Path file;
    private int users;
    private FileChannel channel;
    private long generation;
    private long records = -1;

    private LedgerMark(Path file) {
        this.file = file;
    }

    /**
     * The mark of a ledger file, shared by the stores open on it in this JVM; {@link #release} it when the
     * store closes.
     *
     * @param mvDb the {@code .mv.db} file
     * @return the mark (its file may not exist yet)
     */
    static LedgerMark acquire(Path mvDb) {
        String name = mvDb.getFileName().toString();
        Path file = mvDb.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + SUFFIX);
        synchronized (OPEN) {
            LedgerMark mark = OPEN.computeIfAbsent(file, LedgerMark::new);
            mark.users++;
            return mark;
        }
    }

    /** Ends one store's use of the mark; the last one closes the file. */
    void release() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(file);
        }
        synchronized (this) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was pending: every write was forced already
                }
                channel = null;
            }
        }
    }

    /** @return the mark file */
    Path file() {
        return file;
    }

    /**
     * Reads the mark from its file.
     *
     * @return the records the ledger held when it last acknowledged an append, or -1 when there is no mark file
     * @throws LedgerException if the file exists but neither slot is readable
     */
    synchronized long read() {
        if (!Files.exists(file)) {
            return -1;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LedgerException("cannot read the consent ledger's mark " + file + ": " + e.getMessage(), e);
        }
        long[] best = null;
        for (int slot = 0; slot < 2; slot++) {
            long[] value = slot(bytes, slot * SLOT);
            if (value != null && (best == null || value[0] > best[0])) {
                best = value;
            }
        }
        if (best == null) {
            throw new LedgerException("the consent ledger's mark " + file + " is damaged (" + bytes.length
                    + " bytes, no readable count): it records how many consent records the ledger beside it held;"
                    + " if the ledger is sound, delete the mark and Pledge writes a new one when it opens the"
                    + " ledger");
        }
        generation = best[0];
        records = best[1];
        return records;
    }

    /**
     * Refuses a ledger file that holds fewer records than it acknowledged, before H2 opens it for writing.
     *
     * @param mvDb   the {@code .mv.db} file, not open in this JVM
     * @param exists whether the file exists ({@link H2File#check} found it sound so far)
     * @throws LedgerException if the file is missing, or holds fewer records than its mark, or the mark is
     *                         damaged
     */
    void check(Path mvDb, boolean exists) {
        long acknowledged = read();
        if (acknowledged <= 0) {
            return; // no mark yet (a new ledger, or one written before marks): opening writes one
        }
        if (!exists) {
            throw new LedgerException("the consent database " + mvDb + " is missing, but its mark " + file
                    + " says it held " + acknowledged + " consent records: it was deleted or moved, and Pledge"
                    + " does not start an empty ledger in its place (records would be silently lost); restore it"
                    + " from a backup, or delete the mark as well to start an empty ledger");
        }
        long held = Math.max(0, H2File.records(mvDb));
        if (held < acknowledged) {
            throw H2File.damaged(
                    mvDb,
                    "H2 reads " + held + " consent records in it, but it had acknowledged " + acknowledged
                            + " as durable (its mark " + file + " says so): the file was cut short or part of it"
                            + " lost, and H2 would open it at an older state without the last "
                            + (acknowledged - held) + " (to continue from that state, after restoring an older"
                            + " backup on purpose, delete the mark)");
        }
    }

    /** A slot's {generation, records}, or null when it is not a complete, checksummed line. */
    private static long[] slot(byte[] bytes, int offset) {
        int end = offset;
        while (end < bytes.length && end < offset + SLOT && bytes[end] != '\n') {
            end++;
        }
        if (end >= bytes.length || bytes[end] != '\n') {
            return null;
        }
        String line = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        int crcAt = line.lastIndexOf(",crc32:");
        if (!line.startsWith(MAGIC + ",") || crcAt < 0) {
            return null;
        }
        try {
            if (Long.parseLong(line.substring(crcAt + ",crc32:".length()), 16) != crc(line.substring(0, crcAt))) {
                return null;
            }
            String[] fields = line.substring(MAGIC.length() + 1, crcAt).split(",");
            if (fields.length != 2 || !fields[0].startsWith("generation:") || !fields[1].startsWith("records:")) {
                return null;
            }
            long generation = Long.parseLong(fields[0].substring("generation:".length()), 16);
            long records = Long.parseLong(fields[1].substring("records:".length()));
            return generation < 0 || records < 0 ? null : new long[] {generation, records};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.ISO_8859_1));
        return crc.getValue();
    }

    /**
     * Raises the mark to {@code count} records unless it is that high already, and writes the file if there is
     * none: on opening, with the records the ledger holds durably.
     *
     * @param count the records the ledger holds durably now
     * @throws LedgerException if the mark cannot be written
     */
    synchronized void advance(long count) {
        if (channel == null && records < 0) {
            read();
        }
        if (count > records || !Files.exists(file)) {
            write(Math.max(count, records));
        }
    }

    /**
     * Adds records to the mark once they are durable: each store calls it after the sync that covered its
     * batch, so the sum never runs ahead of the file (records written to the file some other way are not
     * counted, which leaves the mark lower, never higher).
     *
     * @param durable how many records the sync made durable
     * @throws LedgerException if the mark cannot be written
     */
    synchronized void add(long durable) {
        write(Math.max(records, 0) + durable);
    }

    private void write(long count) {
        try {
            if (channel == null) {
                channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            long next = generation + 1;
            String line = MAGIC + ",generation:" + Long.toHexString(next) + ",records:" + count;
            line += ",crc32:" + Long.toHexString(crc(line)) + "\n";
            ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.ISO_8859_1));
            long at = (next % 2) * SLOT;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            channel.force(false);
            generation = next;
            records = count;
        } catch (IOException e) {
            throw new LedgerException(
                    "cannot write the consent ledger's mark " + file + ": " + e.getMessage()
                            + "; the mark records how many consent records are durable, so that a damaged ledger"
                            + " file is refused on opening; check the disk (full? read-only?)",
                    e);
        }
    }
}
