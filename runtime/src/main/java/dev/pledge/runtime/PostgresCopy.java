// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Imports records into PostgreSQL with {@code COPY ... FROM STDIN} (CSV), several times faster than multi-row
 * {@code INSERT}s, whose 11 parameters per row the server parses, plans and binds one by one. Same transaction,
 * same all-or-none outcome: a taken record id fails the {@code COPY} with the unique violation an insert gives.
 * Only for connections the PostgreSQL JDBC driver can unwrap (a pool's proxy usually can).
 */
final class PostgresCopy {
    /** Fewer records go through the ordinary insert: a {@code COPY} has a round trip of its own to set up. */
    static final int MIN_RECORDS = 64;

    private static final String COPY = "COPY " + SchemaMigrator.RECORD_TABLE
            + " (record_id, subject_id, purpose_id, purpose_version, policy_id, policy_version, action, recorded_at,"
            + " channel, evidence, jurisdiction) FROM STDIN WITH (FORMAT csv)";

    private PostgresCopy() {}

    /**
     * Copies the records in, without committing.
     *
     * @param c       a PostgreSQL connection, in a transaction
     * @param records the records
     * @return false, having done nothing, when the connection is not the PostgreSQL driver's (the caller inserts)
     * @throws SQLException if the server refuses a row (a taken record id: SQLState 23505) or the copy fails
     */
    static boolean copyIn(Connection c, List<ConsentRecord> records) throws SQLException {
        PGConnection pg;
        try {
            if (!c.isWrapperFor(PGConnection.class)) {
                return false;
            }
            pg = c.unwrap(PGConnection.class);
        } catch (NoClassDefFoundError | SQLException driverMissing) {
            return false;
        }
        try {
            pg.getCopyAPI().copyIn(COPY, new StringReader(csv(records)));
        } catch (IOException e) {
            throw new SQLException("COPY of " + records.size() + " consent records failed: " + e.getMessage(), e);
        }
        return true;
    }

    /** The records as CSV rows: every value quoted ({@code ""} inside), a null as nothing (which COPY reads as NULL). */
    static String csv(List<ConsentRecord> records) {
        StringBuilder out = new StringBuilder(records.size() * 160);
        for (ConsentRecord r : records) {
            quoted(out, r.recordId()).append(',');
            quoted(out, r.subjectId()).append(',');
            quoted(out, r.purposeId()).append(',');
            out.append(r.purposeVersion()).append(',');
            quoted(out, r.policyId()).append(',');
            quoted(out, r.policyVersion()).append(',');
            quoted(out, r.action().name()).append(',');
            quoted(out, OffsetDateTime.ofInstant(r.timestamp(), ZoneOffset.UTC).toString())
                    .append(',');
            quoted(out, r.channel()).append(',');
            quoted(out, r.evidence()).append(',');
            quoted(out, r.jurisdiction()).append('\n');
        }
        return out.toString();
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                out.append('"');
            }
            out.append(ch);
        }
        return out.append('"');
    }
}
