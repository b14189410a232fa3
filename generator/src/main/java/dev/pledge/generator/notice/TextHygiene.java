// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

/**
 * Makes policy text safe to place in any notice format before escaping: line breaks become
 * {@code \n}, tabs spaces, and characters that no reader sees but that change what a reader sees
 * are removed: C0 and C1 control characters (terminal escapes), and explicit bidirectional
 * embeddings, overrides and isolates (which could make text read backwards, as in
 * "Trojan Source"). Right-to-left text itself (Arabic, Hebrew) is kept as written; formats isolate
 * it so it cannot reorder the text around it.
 */
final class TextHygiene {

    private TextHygiene() {}

    static String clean(String text) {
        String lines = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        StringBuilder clean = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> {
            if (c == '\t') {
                clean.append(' ');
            } else if (c == '\n' || !isHidden(c)) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString().strip();
    }

    /** Whether the text has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko...). */
    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL // C0, DEL, C1
                || (c >= '\u202A' && c <= '\u202E') // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2066' && c <= '\u2069'); // LRI, RLI, FSI, PDI
    }
}
