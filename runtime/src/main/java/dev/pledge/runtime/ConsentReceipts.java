// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Exports consent records as JSON receipts, one JSON object per record, for the subject (a copy of their
 * consent) or for auditors. Written by hand; every string is escaped (see docs/runtime.md for the schema).
 *
 * <p>Shape (on one line; {@code channel}, {@code evidence} and {@code jurisdiction} may be {@code null}):
 *
 * <pre>{@code
 * {"receiptType":"pledge-consent-receipt","receiptVersion":1,"recordId":"...","subjectId":"...",
 *  "purpose":{"id":"ad-personalisation","version":2},"policy":{"id":"xiaomi","version":"2021-06-15"},
 *  "action":"GRANT","timestamp":"2025-01-31T10:15:30.123456Z","channel":"app-settings",
 *  "evidence":"...","jurisdiction":"EU"}
 * }</pre>
 */
public final class ConsentReceipts {
    /** Value of {@code receiptType}. */
    public static final String RECEIPT_TYPE = "pledge-consent-receipt";
    /** Value of {@code receiptVersion}; rises when the shape changes incompatibly. */
    public static final int RECEIPT_VERSION = 1;

    private ConsentReceipts() {}

    /**
     * The receipt of one record.
     *
     * @param record the record
     * @return one JSON object, without line breaks
     */
    public static String toJson(ConsentRecord record) {
        StringBuilder b = new StringBuilder(256);
        append(b, record);
        return b.toString();
    }

    /**
     * Writes the receipts of every record of a store, in append order, one per line (JSON Lines).
     *
     * @param store the store
     * @param out   where to write
     * @return the number of receipts written
     * @throws UncheckedIOException if writing fails
     */
    public static long writeAll(ConsentStore store, Appendable out) {
        Objects.requireNonNull(out, "out");
        long[] n = {0};
        StringBuilder b = new StringBuilder(256);
        store.forEach(r -> {
            b.setLength(0);
            append(b, r);
            b.append('\n');
            write(out, b);
            n[0]++;
        });
        return n[0];
    }

    /**
     * Writes the receipts of one subject's records, one per line (JSON Lines): the subject's copy of their
     * consent history.
     *
     * @param store     the store
     * @param subjectId the subject
     * @param out       where to write
     * @return the number of receipts written
     * @throws UncheckedIOException if writing fails
     */
    public static long writeHistory(ConsentStore store, String subjectId, Appendable out) {
        Objects.requireNonNull(out, "out");
        long n = 0;
        StringBuilder b = new StringBuilder(256);
        for (ConsentRecord r : store.history(subjectId)) {
            b.setLength(0);
            append(b, r);
            b.append('\n');
            write(out, b);
            n++;
        }
        return n;
    }

    static void append(StringBuilder b, ConsentRecord r) {
        b.append("{\"receiptType\":");
        JsonText.string(b, RECEIPT_TYPE);
        b.append(",\"receiptVersion\":").append(RECEIPT_VERSION);
        b.append(",\"recordId\":");
        JsonText.string(b, r.recordId());
        b.append(",\"subjectId\":");
        JsonText.string(b, r.subjectId());
        b.append(",\"purpose\":{\"id\":");
        JsonText.string(b, r.purposeId());
        b.append(",\"version\":").append(r.purposeVersion());
        b.append("},\"policy\":{\"id\":");
        JsonText.string(b, r.policyId());
        b.append(",\"version\":");
        JsonText.string(b, r.policyVersion());
        b.append("},\"action\":");
        JsonText.string(b, r.action().name());
        b.append(",\"timestamp\":");
        JsonText.string(b, r.timestamp().toString());
        b.append(",\"channel\":");
        JsonText.string(b, r.channel());
        b.append(",\"evidence\":");
        JsonText.string(b, r.evidence());
        b.append(",\"jurisdiction\":");
        JsonText.string(b, r.jurisdiction());
        b.append('}');
    }

    private static void write(Appendable out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write consent receipts: " + e.getMessage(), e);
        }
    }
}
