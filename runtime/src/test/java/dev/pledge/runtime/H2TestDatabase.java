// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An H2 file database in a temporary folder, opened as applications open it: through
 * {@link ConsentStores#h2(Path)}, or through {@link ConsentStores#jdbc(String)} with a plain file URL.
 */
final class H2TestDatabase implements TestDatabase {
    private final Path file;
    private final boolean viaJdbcUrl;

    H2TestDatabase(Path folder) {
        this(folder, false);
    }

    H2TestDatabase(Path folder, boolean viaJdbcUrl) {
        this.file = folder.resolve("ledger");
        this.viaJdbcUrl = viaJdbcUrl;
    }

    /** @return the URL an application would write, with none of the settings {@code h2()} adds */
    String plainUrl() {
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    @Override
    public JdbcConsentStore open() {
        return viaJdbcUrl ? ConsentStores.jdbc(plainUrl()) : ConsentStores.h2(file);
    }

    @Override
    public Connection raw() throws SQLException {
        return DriverManager.getConnection(ConsentStores.h2Url(file));
    }

    @Override
    public List<String> writerArguments() {
        return viaJdbcUrl ? List.of("jdbc", plainUrl()) : List.of("h2", file.toString());
    }

    @Override
    public void close() {
        // the temporary folder is removed by JUnit
    }
}
