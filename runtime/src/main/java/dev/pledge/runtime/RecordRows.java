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

    static final String INSERT = "INSERT INTO " + SchemaMigrator.RECORD_TABLE
            + " (record_id, subject_id, purpose_id, purpose_version, policy_id, policy_version, action, recorded_at, "
            + "channel, evidence, jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RecordRows() {}

    static void bind(PreparedStatement ps, ConsentRecord r) throws SQLException {
        ps.setString(1, r.recordId());
        ps.setString(2, r.subjectId());
        ps.setString(3, r.purposeId());
        ps.setInt(4, r.purposeVersion());
        ps.setString(5, r.policyId());
        ps.setString(6, r.policyVersion());
        ps.setString(7, r.action().name());
        ps.setObject(8, OffsetDateTime.ofInstant(r.timestamp(), ZoneOffset.UTC));
        setNullable(ps, 9, r.channel());
        setNullable(ps, 10, r.evidence());
        setNullable(ps, 11, r.jurisdiction());
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
