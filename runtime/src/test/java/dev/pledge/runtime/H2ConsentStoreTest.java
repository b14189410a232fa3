// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store contract on embedded H2, the default store. */
class H2ConsentStoreTest extends JdbcConsentStoreContract {
    @TempDir
    Path folder;

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase(folder);
    }

    @Override
    SqlDialect expectedDialect() {
        return SqlDialect.H2;
    }
}
