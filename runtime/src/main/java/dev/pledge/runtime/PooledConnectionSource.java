// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/**
 * Opens connections from a JDBC URL with {@link DriverManager} and keeps a few idle ones for reuse, so that an
 * append does not pay for a new connection. Applications with their own pool use {@link DataSourceConnectionSource}.
 */
final class PooledConnectionSource implements ConnectionSource {
    private final String url;
    private final Properties info;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    PooledConnectionSource(String url, Properties info, int maxIdle) {
        this.url = url;
        this.info = info;
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection borrow() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLException("the connection pool of " + describe() + " is closed", "08003");
            }
            Connection c;
            while ((c = idle.pollFirst()) != null) {
                if (!c.isClosed()) {
                    return c;
                }
            }
        }
        Connection c = DriverManager.getConnection(url, info);
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public void release(Connection connection, boolean broken) {
        synchronized (this) {
            if (!broken && !closed && idle.size() < maxIdle) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public String describe() {
        return redact(url);
    }

    @Override
    public void close() {
        Connection[] toClose;
        synchronized (this) {
            closed = true;
            toClose = idle.toArray(new Connection[0]);
            idle.clear();
        }
        for (Connection c : toClose) {
            closeQuietly(c);
        }
    }

    /** Drops query parameters and {@code ;key=value} options, which may hold credentials. */
    static String redact(String url) {
        int cut = url.length();
        int q = url.indexOf('?');
        if (q >= 0) {
            cut = q;
        }
        int s = url.indexOf(';');
        if (s >= 0 && s < cut) {
            cut = s;
        }
        return url.substring(0, cut);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection that is being discarded: nothing more to do
        }
    }
}
