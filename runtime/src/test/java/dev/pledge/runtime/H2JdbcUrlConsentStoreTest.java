// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store contract on an H2 file reached through a plain {@code jdbc:h2:file:} URL, not {@code h2()}. */
class H2JdbcUrlConsentStoreTest extends JdbcConsentStoreContract {
    @TempDir
    Path folder;

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase(folder, true);
    }

    @Override
    SqlDialect expectedDialect() {
        return SqlDialect.H2;
    }
}
