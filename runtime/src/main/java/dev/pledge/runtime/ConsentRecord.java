// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One immutable entry of the consent ledger, with the fields of a consent record after ISO/IEC TS 27560.
 *
 * <p>The constructor checks that every required field is present and well formed and throws
 * {@link LedgerException} otherwise; the timestamp is truncated to microseconds, the precision every store
 * keeps. Whether the record fits a policy (known purpose, version not newer) is checked by
 * {@link ConsentLedger}.
 *
 * @param recordId      unique id of this record (27560 record identifier); the ledger uses random UUIDs
 * @param subjectId     the data subject (27560 PII principal identifier), pseudonymous where possible
 * @param purposeId     kebab-case purpose id of the policy (27560 purpose)
 * @param purposeVersion version of the purpose the action refers to, {@code >= 1}
 * @param policyId      the policy (27560 privacy notice / policy identifier)
 * @param policyVersion the policy version in force when the record was made
 * @param action        what happened (27560 consent status change: given, withdrawn, objected, objection withdrawn, parental)
 * @param timestamp     when it happened, UTC (27560 timestamp)
 * @param channel       how it was collected, for example {@code app-settings}, {@code web-banner}, or
 *                      {@code null} (27560 collection method)
 * @param evidence      free-text evidence, for example the notice text shown or a form reference, or
 *                      {@code null} (27560 evidence / notice reference)
 * @param jurisdiction  region id of the policy that governs the record, or {@code null} (27560 jurisdiction)
 */
public record ConsentRecord(
        String recordId,
        String subjectId,
        String purposeId,
        int purposeVersion,
        String policyId,
        String policyVersion,
        ConsentAction action,
        Instant timestamp,
        String channel,
        String evidence,
        String jurisdiction) {

    /** Longest record id, subject id, purpose id, policy id or version, channel or jurisdiction accepted. */
    public static final int MAX_ID_LENGTH = 255;

    /** Longest evidence text accepted, in chars. */
    public static final int MAX_EVIDENCE_LENGTH = 10_000;

    /**
     * Validates and normalises the fields (the timestamp is truncated to microseconds).
     *
     * @param recordId       unique id of this record
     * @param subjectId      the data subject
     * @param purposeId      kebab-case purpose id
     * @param purposeVersion purpose version, {@code >= 1}
     * @param policyId       the policy
     * @param policyVersion  the policy version
     * @param action         what happened
     * @param timestamp      when it happened
     * @param channel        collection channel, or {@code null}
     * @param evidence       evidence text, or {@code null}
     * @param jurisdiction   region id, or {@code null}
     * @throws LedgerException if a required field is missing, a text is not well-formed Unicode, holds a control or an
     *                         invisible format character or is too long, the timestamp
     *                         lies outside 1970-01-01..9999-12-31 or the version is below 1
     */
    public ConsentRecord {
        RecordText.requireId("record id", recordId, RecordText.where(null));
        String where = RecordText.where(recordId);
        RecordText.requireId("subject id", subjectId, where);
        RecordText.requireId("purpose id", purposeId, where);
        RecordText.requireId("policy id", policyId, where);
        RecordText.requireId("policy version", policyVersion, where);
        if (purposeVersion < 1) {
            throw new LedgerException(where + "purpose version must be >= 1, was " + purposeVersion);
        }
        if (action == null) {
            throw new LedgerException(where + "action is missing (" + ConsentAction.names() + ")");
        }
        if (timestamp == null) {
            throw new LedgerException(where + "timestamp is missing");
        }
        RecordText.timestamp(timestamp, where);
        timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
        RecordText.optionalId("channel", channel, where);
        RecordText.evidence(evidence, where);
        RecordText.optionalId("jurisdiction", jurisdiction, where);
    }
}
