// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link ConsentRecord}s to rows of {@code pledge_consent_record} and back. Reading checks every column:
 * a damaged row gives a {@link LedgerException} that names the record id (or the row's sequence number when
 * even the id is missing), never a raw {@code NullPointerException}.
 */
final class RecordRows {
    /** Columns in the order {@link #bind} and {@link #read} use. */
    static final String COLUMNS = "seq, record_id, subject_id, purpose_id, purpose_version, policy_id, policy_version, "
            + "action, recorded_at, channel, evidence, jurisdiction";

    private static final String INSERT_INTO = "INSERT INTO " + SchemaMigrator.RECORD_TABLE
            + " (record_id, subject_id, purpose_id, purpose_version, policy_id, policy_version, action, recorded_at, "
            + "channel, evidence, jurisdiction) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int PARAMETERS = 11;

    /** Inserts one record. */
    static final String INSERT = INSERT_INTO + ROW;

    /** Most rows in one INSERT statement (PostgreSQL allows 32,767 parameters). */
    static final int MAX_ROWS_PER_STATEMENT = 1000;

    private RecordRows() {}

    /**
     * An INSERT of {@code rows} records, to bind with {@link #bind(PreparedStatement, int, ConsentRecord)}.
     *
     * @param rows 1 .. {@link #MAX_ROWS_PER_STATEMENT}
     * @return the statement text
     */
    static String insert(int rows) {
        StringBuilder sql = new StringBuilder(INSERT_INTO.length() + rows * (ROW.length() + 2)).append(INSERT_INTO);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    static void bind(PreparedStatement ps, ConsentRecord r) throws SQLException {
        bind(ps, 0, r);
    }

    /**
     * Binds a record to the {@code row}-th row of an {@link #insert(int)} statement.
     *
     * @param ps  the statement
     * @param row 0-based row
     * @param r   the record
     * @throws SQLException if the driver fails
     */
    static void bind(PreparedStatement ps, int row, ConsentRecord r) throws SQLException {
        int at = row * PARAMETERS;
        ps.setString(at + 1, r.recordId());
        ps.setString(at + 2, r.subjectId());
        ps.setString(at + 3, r.purposeId());
        ps.setInt(at + 4, r.purposeVersion());
        ps.setString(at + 5, r.policyId());
        ps.setString(at + 6, r.policyVersion());
        ps.setString(at + 7, r.action().name());
        ps.setObject(at + 8, OffsetDateTime.ofInstant(r.timestamp(), ZoneOffset.UTC));
        setNullable(ps, at + 9, r.channel());
        setNullable(ps, at + 10, r.evidence());
        setNullable(ps, at + 11, r.jurisdiction());
    }

    /**
     * Inserts records in statements of up to {@link #MAX_ROWS_PER_STATEMENT} rows, in order, without committing.
     *
     * @param c       the connection, in a transaction
     * @param records the records
     * @throws SQLException if the driver fails (a duplicate record id: SQLState 23505)
     */
    static void insertAll(java.sql.Connection c, java.util.List<ConsentRecord> records) throws SQLException {
        for (int from = 0; from < records.size(); from += MAX_ROWS_PER_STATEMENT) {
            int rows = Math.min(MAX_ROWS_PER_STATEMENT, records.size() - from);
            try (PreparedStatement ps = c.prepareStatement(insert(rows))) {
                for (int i = 0; i < rows; i++) {
                    bind(ps, i, records.get(from + i));
                }
                ps.executeUpdate();
            }
        }
    }

    /**
     * Reads the current row (selected with {@link #COLUMNS}).
     *
     * @param rs a result set positioned on a row
     * @return the record
     * @throws SQLException    if the driver fails
     * @throws LedgerException if the row is corrupt
     */
    static ConsentRecord read(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        String recordId = rs.getString(2);
        String name = recordId == null || recordId.isBlank() ? "at row seq=" + seq + " (no record id)" : recordId;
        String where = "corrupt consent record " + name + " in " + SchemaMigrator.RECORD_TABLE + ": ";
        int purposeVersion = rs.getInt(5);
        if (rs.wasNull()) {
            throw new LedgerException(where + "purpose_version is null");
        }
        String actionText = rs.getString(8);
        ConsentAction action = ConsentAction.parse(actionText);
        if (action == null) {
            throw new LedgerException(
                    where + (actionText == null ? "action is null" : "unknown action '" + actionText + "'")
                            + "; expected " + ConsentAction.names());
        }
        Instant timestamp;
        try {
            OffsetDateTime at = rs.getObject(9, OffsetDateTime.class);
            if (at == null) {
                throw new LedgerException(where + "recorded_at (the timestamp) is null");
            }
            timestamp = at.toInstant();
        } catch (SQLException e) {
            throw new LedgerException(where + "recorded_at is not a timestamp: " + e.getMessage(), e);
        }
        try {
            return new ConsentRecord(
                    recordId,
                    rs.getString(3),
                    rs.getString(4),
                    purposeVersion,
                    rs.getString(6),
                    rs.getString(7),
                    action,
                    timestamp,
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12));
        } catch (LedgerException e) {
            throw new LedgerException(where + stripPrefix(e.getMessage()), e);
        }
    }

    private static String stripPrefix(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("consent record") && colon >= 0 ? message.substring(colon + 2) : message;
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
