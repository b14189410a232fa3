// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the PostgreSQL database named by env {@code PLEDGE_PG_URL}, dropped afterwards. Without
 * the variable the test is skipped locally and fails in CI ({@code CI=true}).
 */
final class PostgresTestDatabase implements TestDatabase {
    static final String ENV = "PLEDGE_PG_URL";

    private final String baseUrl;
    private final String schema;
    private final String url;

    private PostgresTestDatabase(String baseUrl) throws SQLException {
        this.baseUrl = baseUrl;
        this.schema =
                "pledge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl);
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        this.url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** @return the configured URL; aborts (skips) the test when unset locally, fails it when unset in CI */
    static String configuredUrl() {
        return configuredUrl(System::getenv);
    }

    /** @param env the environment to read @return the URL, as {@link #configuredUrl()} */
    static String configuredUrl(java.util.function.UnaryOperator<String> env) {
        String url = env.apply(ENV);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(env.apply("CI"))) {
                fail(ENV + " is not set but CI=true: the PostgreSQL tests must run in CI. .ci/run starts PostgreSQL "
                        + "and sets " + ENV
                        + " (e.g. jdbc:postgresql://127.0.0.1:5432/pledge?user=pledge&password=pledge)");
            }
            Assumptions.abort(ENV + " is not set: skipping the PostgreSQL tests. Run `bash .ci/run --postgres-only` "
                    + "and export the variable it prints to run them");
        }
        return url;
    }

    static PostgresTestDatabase create() throws SQLException {
        return new PostgresTestDatabase(configuredUrl());
    }

    @Override
    public JdbcConsentStore open() {
        return ConsentStores.jdbc(url);
    }

    @Override
    public Connection raw() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public List<String> writerArguments() {
        return List.of("jdbc", url);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl);
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
