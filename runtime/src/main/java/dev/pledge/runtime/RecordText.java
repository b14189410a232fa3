// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.time.Instant;

/**
 * The rules every text of a consent record follows, checked before a record reaches any store, so that
 * memory, H2 and PostgreSQL accept and refuse the same records and no store changes a text on the way
 * (PostgreSQL turns an unpaired surrogate into {@code ?}, which would merge two subjects, and refuses NUL).
 *
 * <ul>
 *   <li><b>Ids</b> (record, subject, purpose, policy, policy version, channel, jurisdiction): at most
 *       {@value ConsentRecord#MAX_ID_LENGTH} chars of well-formed UTF-16; no control characters, no
 *       format characters (zero-width spaces, joiners, direction controls, byte-order marks), no line or
 *       paragraph separators, and no space at either end: an id that looks like another must not be
 *       another.</li>
 *   <li><b>Evidence</b> (free text): at most {@value ConsentRecord#MAX_EVIDENCE_LENGTH} chars of well-formed
 *       UTF-16; tab and line breaks are allowed, other control characters are not; of the format characters
 *       only those real scripts and emoji need are allowed (joiners, directional marks, soft hyphen), not
 *       the embeddings, overrides and isolates that reorder text for a reader (Trojan Source).</li>
 *   <li><b>Timestamps</b>: between {@link #EARLIEST} and {@link #LATEST}, which every store and ISO 8601's
 *       four-digit years can hold.</li>
 * </ul>
 */
final class RecordText {
    /** Earliest timestamp a record may carry: 1970-01-01T00:00:00Z. */
    static final Instant EARLIEST = Instant.EPOCH;
    /** Latest timestamp a record may carry: the end of 9999-12-31 (stored as 23:59:59.999999). */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private RecordText() {}

    /**
     * Checks a required id.
     *
     * @param field    the field, for the message: {@code subject id}
     * @param value    the value
     * @param where    the start of a message: {@code "consent record r-1: "}
     * @throws LedgerException if the id is missing, blank, too long or not a well-formed id
     */
    static void requireId(String field, String value, String where) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(where + field + " is missing");
        }
        checkId(field, value, where);
    }

    /**
     * Checks an optional id: {@code null} passes.
     *
     * @param field    the field
     * @param value    the value, or {@code null}
     * @param where    the start of a message
     * @throws LedgerException if the id is present but blank, too long or not a well-formed id
     */
    static void optionalId(String field, String value, String where) {
        if (value != null) {
            if (value.isBlank()) {
                throw new LedgerException(where + field + " is blank: leave it out (null) or give a value");
            }
            checkId(field, value, where);
        }
    }

    /**
     * Checks evidence text: {@code null} passes.
     *
     * @param value    the text, or {@code null}
     * @param where    the start of a message
     * @throws LedgerException if the text is too long or holds a character evidence may not hold
     */
    static void evidence(String value, String where) {
        if (value == null) {
            return;
        }
        length("evidence", value, where, ConsentRecord.MAX_EVIDENCE_LENGTH);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            i = surrogates("evidence", value, i, where);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                throw bad("evidence", value, i, where, "a control character");
            }
            if (reordersText(c) || c == '\uFEFF') {
                throw bad("evidence", value, i, where, "an invisible direction or format control");
            }
        }
    }

    /**
     * Checks a record's timestamp.
     *
     * @param timestamp the time, not {@code null}
     * @param where     the start of a message
     * @throws LedgerException if it lies outside {@link #EARLIEST} .. {@link #LATEST}
     */
    static void timestamp(Instant timestamp, String where) {
        if (timestamp.isBefore(EARLIEST) || timestamp.isAfter(LATEST)) {
            throw new LedgerException(where + "timestamp " + timestamp
                    + " is out of range: consent records are dated from 1970-01-01 to 9999-12-31 (UTC)");
        }
    }

    private static void checkId(String field, String value, String where) {
        length(field, value, where, ConsentRecord.MAX_ID_LENGTH);
        if (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
            throw new LedgerException(where + field + " " + quote(value)
                    + " starts or ends with a space: remove it, ids are compared exactly");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            i = surrogates(field, value, i, where);
            int type = Character.getType(c);
            if (type == Character.CONTROL) {
                throw bad(field, value, i, where, "a control character");
            }
            if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw bad(field, value, i, where, "an invisible format character");
            }
        }
    }

    /** Bidi embeddings, overrides and isolates: they reorder what a reader sees. */
    static boolean reordersText(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** @return the index of the last char of the code point at {@code i}; fails on an unpaired surrogate */
    private static int surrogates(String field, String value, int i, String where) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            throw new LedgerException(where + field + " holds an unpaired surrogate "
                    + String.format("U+%04X", (int) c) + " at index " + i
                    + ": it is not well-formed Unicode text (a store would change or refuse it)");
        }
        return i;
    }

    private static void length(String field, String value, String where, int max) {
        if (value.length() > max) {
            throw new LedgerException(where + field + " is longer than " + max + " chars");
        }
    }

    private static LedgerException bad(String field, String value, int i, String where, String what) {
        return new LedgerException(where + field + " holds " + what + " ("
                + String.format("U+%04X", (int) value.charAt(i)) + ") at index " + i
                + ": ids and texts of consent records are visible text only");
    }

    /** @return the start of a message about a record: {@code consent record <id>: } */
    static String where(String recordId) {
        if (recordId == null || recordId.isBlank() || recordId.length() > ConsentRecord.MAX_ID_LENGTH) {
            return "consent record: ";
        }
        return "consent record " + visible(recordId) + ": ";
    }

    /** A value for a message, in quotes, with invisible and control characters written as escapes. */
    static String quote(String value) {
        return "'" + visible(value) + "'";
    }

    /** The value with control, format and separator characters and unpaired surrogates written as escapes. */
    static String visible(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
