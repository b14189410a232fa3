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
     * Parent folders are created. Each append is committed and written to the file before it returns
     * ({@code WRITE_DELAY=0}) and forced to the device ({@code CHECKPOINT SYNC}), so it survives a crash of
     * the process or of the machine. One process opens the file at a time (H2 file lock).
     *
     * @param file the database file, without or with the {@code .mv.db} suffix
     * @return the store
     * @throws LedgerException if the H2 driver is missing or the file cannot be opened
     */
    public static JdbcConsentStore h2(Path file) {
        Objects.requireNonNull(file, "file");
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            abs = abs.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        try {
            Path parent = abs.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new LedgerException(
                    "cannot create the folder of the consent database " + abs + ": " + e.getMessage(), e);
        }
        return open(h2Url(abs), new Properties(), true);
    }

    /**
     * The JDBC URL {@link #h2(Path)} uses, for tools that want to look into the database.
     *
     * @param fileWithoutSuffix absolute database path without {@code .mv.db}
     * @return the URL
     */
    static String h2Url(Path fileWithoutSuffix) {
        return "jdbc:h2:file:" + fileWithoutSuffix + ";WRITE_DELAY=0";
    }

    /**
     * A store in the database at a JDBC URL: PostgreSQL
     * ({@code jdbc:postgresql://host:5432/db?user=u&password=p}) or H2. Keeps up to 8 idle connections.
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
        return open(url, copy, false);
    }

    /**
     * A store over an application's data source, typically its connection pool.
     *
     * @param dataSource an H2 or PostgreSQL data source
     * @return the store
     */
    public static JdbcConsentStore jdbc(DataSource dataSource) {
        return JdbcConsentStore.open(dataSource);
    }

    private static JdbcConsentStore open(String url, Properties info, boolean sync) {
        if (!url.startsWith("jdbc:")) {
            throw new LedgerException("not a JDBC URL: '" + PooledConnectionSource.redact(url) + "'");
        }
        return JdbcConsentStore.open(new PooledConnectionSource(url, info, MAX_IDLE_CONNECTIONS), sync);
    }
}
