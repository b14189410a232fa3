// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where {@link JdbcConsentStore} gets connections: borrowed for one operation, then released.
 */
interface ConnectionSource extends AutoCloseable {

    /**
     * @return an open connection with auto-commit off
     * @throws SQLException if none can be had
     */
    Connection borrow() throws SQLException;

    /**
     * Gives a borrowed connection back.
     *
     * @param connection the connection, after commit or rollback
     * @param broken     {@code true} if it failed and must not be reused
     */
    void release(Connection connection, boolean broken);

    /** @return where connections go, for messages: the JDBC URL without credentials or options */
    String describe();

    /** Closes idle connections; borrowing afterwards is not allowed. */
    @Override
    void close();
}
