// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A fresh, empty database for one test: H2 in a temporary folder, or a fresh schema in PostgreSQL. */
interface TestDatabase extends AutoCloseable {

    /** @return a store opened the way applications open it */
    JdbcConsentStore open();

    /** @return a connection for raw SQL (auto-commit on), bypassing the store */
    Connection raw() throws SQLException;

    /** @return arguments that tell {@link LedgerWriterProcess} how to open the same store */
    List<String> writerArguments();

    /** @return SQL that makes {@code recorded_at} nullable, to plant a corrupt row */
    default String dropTimestampNotNull() {
        return "ALTER TABLE pledge_consent_record ALTER COLUMN recorded_at DROP NOT NULL";
    }

    @Override
    void close() throws Exception;
}
