// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Creates {@link ConsentStore}s. The default for an application is {@link #h2(Path)}: an embedded H2 file
 * next to the application, no server. Production deployments use PostgreSQL via {@link #jdbc(String)} or
 * {@link #jdbc(DataSource)}.
 */
public final class ConsentStores {
    /** Idle connections kept by stores opened from a URL. */
    static final int MAX_IDLE_CONNECTIONS = 8;

    private static final Object H2_OPENING = new Object();

    private ConsentStores() {}

    /**
     * A store in the heap; nothing survives the process. For tests and tools.
     *
     * @return an empty in-memory store
     */
    public static ConsentStore inMemory() {
        return new InMemoryConsentStore();
    }

    /**
     * The default store: an embedded H2 database in a file, created with its schema if absent.
     *
     * <p>H2 writes {@code <file>.mv.db}; a {@code .mv.db} suffix on {@code file} is accepted and dropped.
     * Parent folders are created. Each append is committed, written to the file and forced to the device
     * ({@code CHECKPOINT SYNC}) before it returns, so it survives a crash of the process or of the machine;
     * concurrent appends share the commit and the sync. One process opens the file at a time (H2 file lock).
     *
     * <p>An existing file is checked before H2 opens it: a file that is empty, has no valid H2 header, ends
     * before the data its header points to, holds no ledger, or holds fewer records than it had acknowledged
     * (its mark, {@code <file>.pledge-mark}, see docs/runtime.md) is refused with a {@link LedgerException},
     * never opened as an empty or older ledger; so is a missing file whose mark says it held records.
     *
     * @param file the database file, without or with the {@code .mv.db} suffix; it may not contain {@code ;}
     *             (which would end the database name in H2's URL) or control characters
     * @return the store
     * @throws LedgerException if the path is not usable, the H2 driver is missing, or the file cannot be opened
     *                         or is damaged
     */
    public static JdbcConsentStore h2(Path file) {
        Objects.requireNonNull(file, "file");
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            abs = abs.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        checkH2Path(abs);
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new LedgerException(
                    "cannot create the folder of the consent database " + abs + ": " + e.getMessage(), e);
        }
        // one check-and-open at a time in this JVM, so that a second store never reads a file H2 is creating
        Path mvDb = abs.resolveSibling(abs.getFileName() + ".mv.db");
        synchronized (H2_OPENING) {
            H2File.State state = H2File.check(mvDb);
            LedgerMark mark = LedgerMark.acquire(mvDb);
            try {
                if (state != H2File.State.IN_USE) {
                    mark.check(mvDb, state == H2File.State.EXISTING);
                }
                return open(h2Url(abs), new Properties(), state == H2File.State.EXISTING, mark);
            } catch (LedgerException e) {
                mark.release();
                throw H2File.explain(mvDb, e);
            }
        }
    }

    /**
     * The JDBC URL {@link #h2(Path)} uses, for tools that want to look into the database. Old versions of
     * chunks are not kept once a newer one is on disk ({@code RETENTION_TIME=0}): every commit is forced to
     * the device before the next begins, so they are not needed to recover, and the open file stays within a
     * few times its compacted size instead of growing by a chunk per commit.
     *
     * @param fileWithoutSuffix absolute database path without {@code .mv.db}
     * @return the URL
     */
    static String h2Url(Path fileWithoutSuffix) {
        return "jdbc:h2:file:" + fileWithoutSuffix + ";RETENTION_TIME=0";
    }

    /** H2 reads {@code ;} in a URL as the start of settings: a path holding one could run SQL ({@code INIT=}). */
    private static void checkH2Path(Path path) {
        String text = path.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new LedgerException("cannot use " + RecordText.quote(text) + " as a consent database: the path"
                        + " contains "
                        + (c == ';'
                                ? "';', which H2 would read as the start of database settings"
                                : "a control character")
                        + "; choose a path without it");
            }
        }
    }

    /**
     * A store in the database at a JDBC URL: PostgreSQL
     * ({@code jdbc:postgresql://host:5432/db?user=u&password=p}) or H2. Keeps up to 8 idle connections. An H2
     * database on disk gets the durability {@link #h2(Path)} gives (every commit forced to disk, whatever
     * {@code WRITE_DELAY} says); a URL with {@code FILE_LOCK=NO} is refused.
     *
     * @param url the JDBC URL, credentials included as the driver allows
     * @return the store
     * @throws LedgerException if the driver is missing, the database cannot be reached, or the schema cannot
     *                         be migrated
     */
    public static JdbcConsentStore jdbc(String url) {
        return jdbc(url, new Properties());
    }

    /**
     * Like {@link #jdbc(String)}, with separate credentials.
     *
     * @param url      the JDBC URL
     * @param user     the database user
     * @param password the password
     * @return the store
     */
    public static JdbcConsentStore jdbc(String url, String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", Objects.requireNonNull(user, "user"));
        info.setProperty("password", Objects.requireNonNull(password, "password"));
        return jdbc(url, info);
    }

    /**
     * Like {@link #jdbc(String)}, with driver properties.
     *
     * @param url  the JDBC URL
     * @param info driver properties (user, password, ssl, ...)
     * @return the store
     */
    public static JdbcConsentStore jdbc(String url, Properties info) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(info, "info");
        Properties copy = new Properties();
        copy.putAll(info);
        refuseUnsafeH2Settings(url, copy);
        Path mvDb = h2FileOf(url, copy);
        if (mvDb == null) {
            return open(url, copy, false, null);
        }
        // the file may be an application's database that holds no ledger yet: it gets one (unlike h2(path)),
        // but a file cut short is refused before H2 could open it at an older state
        synchronized (H2_OPENING) {
            H2File.check(mvDb);
            try {
                return open(url, copy, false, null);
            } catch (LedgerException e) {
                throw H2File.explain(mvDb, e);
            }
        }
    }

    /**
     * The {@code .mv.db} file of an H2 URL for a database on disk ({@code jdbc:h2:file:/data/ledger},
     * {@code jdbc:h2:./ledger}, {@code jdbc:h2:~/ledger}), whose header and newest chunk {@link H2File} can
     * check before H2 opens it; null for any other URL (in memory, over TCP, another database) and for an
     * encrypted file ({@code CIPHER=}: its header is not readable without the key).
     */
    static Path h2FileOf(String url, Properties info) {
        String prefix = "jdbc:h2:";
        if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        int semicolon = url.indexOf(';');
        String name = url.substring(prefix.length(), semicolon < 0 ? url.length() : semicolon);
        String settings = semicolon < 0 ? "" : url.substring(semicolon).toUpperCase(java.util.Locale.ROOT);
        if (settings.contains(";CIPHER=")
                || info.stringPropertyNames().stream().anyMatch(k -> k.equalsIgnoreCase("CIPHER"))) {
            return null;
        }
        if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
            name = name.substring("file:".length());
        } else if (name.indexOf(':') >= 0 && !(name.length() > 1 && name.charAt(1) == ':')) {
            return null; // mem:, tcp:, ssl:, zip:, nio... (a Windows drive letter aside)
        }
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path base = Path.of(name).toAbsolutePath().normalize();
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /**
     * Refuses H2 settings that would let a second process write the same file ({@code FILE_LOCK=NO}): the
     * ledger's durability rests on one writer per file. Other settings are the caller's; commits are forced
     * to disk whatever {@code WRITE_DELAY} says.
     */
    private static void refuseUnsafeH2Settings(String url, Properties info) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return;
        }
        Properties settings = new Properties();
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                settings.setProperty(
                        parts[i].substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT),
                        parts[i].substring(eq + 1).trim());
            }
        }
        info.stringPropertyNames()
                .forEach(k -> settings.setProperty(k.toUpperCase(java.util.Locale.ROOT), info.getProperty(k)));
        if ("NO".equalsIgnoreCase(settings.getProperty("FILE_LOCK", ""))) {
            throw new LedgerException("refusing the consent store URL " + PooledConnectionSource.redact(url)
                    + " with FILE_LOCK=NO: without the file lock a second process can open and corrupt the ledger;"
                    + " remove the setting");
        }
    }

    /**
     * A store over an application's data source, typically its connection pool. Commits are forced to disk as for
     * {@link #jdbc(String)}, but the H2 file checks cannot run: the pool opens the file, so a file cut short or
     * rolled back is not refused here. Use {@link #h2(Path)} (file check and mark) or {@link #jdbc(String)} (file
     * check) where that matters (docs/runtime.md, "Not covered").
     *
     * @param dataSource an H2 or PostgreSQL data source
     * @return the store
     */
    public static JdbcConsentStore jdbc(DataSource dataSource) {
        return JdbcConsentStore.open(dataSource);
    }

    private static JdbcConsentStore open(String url, Properties info, boolean existingLedger, LedgerMark mark) {
        if (!url.startsWith("jdbc:")) {
            throw new LedgerException("not a JDBC URL: '" + PooledConnectionSource.redact(url) + "'");
        }
        return JdbcConsentStore.open(new PooledConnectionSource(url, info, MAX_IDLE_CONNECTIONS), existingLedger, mark);
    }
}
