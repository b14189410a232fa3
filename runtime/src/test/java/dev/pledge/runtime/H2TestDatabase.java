// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** An H2 file database in a temporary folder, opened through {@link ConsentStores#h2(Path)}. */
final class H2TestDatabase implements TestDatabase {
    private final Path file;

    H2TestDatabase(Path folder) {
        this.file = folder.resolve("ledger");
    }

    @Override
    public JdbcConsentStore open() {
        return ConsentStores.h2(file);
    }

    @Override
    public Connection raw() throws SQLException {
        return DriverManager.getConnection(ConsentStores.h2Url(file));
    }

    @Override
    public List<String> writerArguments() {
        return List.of("h2", file.toString());
    }

    @Override
    public void close() {
        // the temporary folder is removed by JUnit
    }
}
