// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.parser;

/** What is wrong with a quoted text the parser could not turn into a value. */
final class ValueErrors {
    private static final String ESCAPES = "btnfr\"'\\";

    private ValueErrors() {}

    /** "invalid escape `\x` in a text: ..." for the first bad escape of a quoted text as written. */
    static String badEscape(String quoted) {
        for (int i = 0; i < quoted.length() - 1; i++) {
            if (quoted.charAt(i) != '\\') {
                continue;
            }
            char next = quoted.charAt(i + 1);
            if (ESCAPES.indexOf(next) >= 0) {
                i++;
                continue;
            }
            if (next == 'u' && hex4(quoted, i + 2)) {
                i += 5;
                continue;
            }
            String written = next == 'u'
                    ? quoted.substring(i, Math.min(quoted.length(), i + 6))
                    : quoted.substring(i, i + 1 + Character.charCount(quoted.codePointAt(i + 1)));
            return "invalid escape `" + written + "` in a text: write `\\\\` for a backslash; the escapes are"
                    + " \\n \\t \\r \\b \\f \\\" \\' \\\\ and \\u followed by four hex digits (e.g. \\u00e9)";
        }
        return "this text cannot be read: check its backslashes (write `\\\\` for one backslash)";
    }

    private static boolean hex4(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
