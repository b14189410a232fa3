// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledger integrity on an H2 file opened through a plain JDBC URL, as applications that configure a URL do (the
 * default {@code h2(path)} store has tests of its own for damaged files).
 */
class H2LedgerIntegrityTest extends LedgerIntegrityContract {
    @TempDir
    Path folder;

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase(folder, true);
    }

    @Override
    SqlDialect.Durability expectedDurability() {
        return SqlDialect.Durability.CHECKPOINT_SYNC;
    }
}
