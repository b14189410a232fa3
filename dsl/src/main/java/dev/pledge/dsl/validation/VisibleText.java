// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

/**
 * Text as a reader may safely see it on a console, in SARIF or in an editor: control characters, invisible
 * format characters (zero-width spaces, byte-order marks, the direction controls of Trojan Source attacks),
 * line and paragraph separators and unpaired surrogates are written as {@code \u202e}-style escapes, so a
 * finding stays on one line and shows exactly what the file holds.
 */
public final class VisibleText {

    private VisibleText() {}

    /** @return the text with every hidden character written as an escape; the text itself when it has none */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (hidden(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                switch (cp) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", cp));
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Control, format, line or paragraph separator, or a lone surrogate: nothing a reader can see. */
    public static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The direction controls that reorder what a reader sees (embeddings, overrides, isolates): the characters
     * of Trojan Source attacks, which javac and rustc warn about.
     */
    public static boolean reordersText(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}: how messages name a character one may not be able to see. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
    }
}
