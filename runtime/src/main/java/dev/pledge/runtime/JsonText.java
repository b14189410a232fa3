// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * Writes JSON string literals (RFC 8259) by hand: the runtime has no JSON library.
 */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /**
     * Appends {@code value} as a JSON string literal with quotes, or {@code null}.
     *
     * <p>Escapes {@code "} and {@code \}, every control character U+0000..U+001F (short forms for
     * {@code \b \f \n \r \t}, {@code \}{@code u00XX} for the rest), DEL, U+2028 and U+2029 (line separators
     * that break JavaScript), and unpaired surrogates (which cannot be encoded in UTF-8). Everything else,
     * including non-Latin text and emoji (surrogate pairs), is written as is.
     *
     * @param out   where to write
     * @param value the string, or {@code null}
     */
    static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < n
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
