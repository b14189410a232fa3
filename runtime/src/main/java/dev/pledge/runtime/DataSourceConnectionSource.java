// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Borrows connections from an application's {@link DataSource} (usually a pool) and closes them after each
 * operation, which returns them to that pool.
 */
final class DataSourceConnectionSource implements ConnectionSource {
    private final DataSource dataSource;
    private final String description;

    DataSourceConnectionSource(DataSource dataSource) {
        this.dataSource = dataSource;
        this.description = "data source " + dataSource.getClass().getName();
    }

    @Override
    public Connection borrow() throws SQLException {
        Connection c = dataSource.getConnection();
        if (c == null) {
            throw new SQLException("the data source returned no connection");
        }
        if (!c.isClosed() && c.getAutoCommit()) {
            c.setAutoCommit(false);
        }
        return c;
    }

    @Override
    public void release(Connection connection, boolean broken) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // returning a connection to the application's pool: the pool handles its own failures
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        // the application owns the data source
    }
}
