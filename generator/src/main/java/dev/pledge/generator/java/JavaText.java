// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Policy text made safe for Java source. Any text, whatever characters it holds, yields a string
 * literal that compiles to exactly that text, and Javadoc that cannot end its comment or change
 * the code around it. Javac turns {@code \}{@code u000a}-style escapes into characters before
 * anything else, even in comments, so a backslash never reaches a comment, and characters that
 * would let the text look different from what the compiler reads (bidirectional controls, other
 * invisible formatting) never appear raw.
 */
final class JavaText {

    /** Longest literal written in one piece; javac limits a constant string to 65535 UTF-8 bytes. */
    static final int MAX_LITERAL_CHARS = 8000;

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\x0B\\f\\x85\\u2028\\u2029]");

    private JavaText() {}

    /** A Java expression whose value is the text: a literal, or for long text a join of literals. */
    static String literal(String text) {
        if (text.length() <= MAX_LITERAL_CHARS) {
            return quote(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + MAX_LITERAL_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(quote(text.substring(start, end)));
            start = end;
        }
        return "String.join(\"\", " + String.join(", ", pieces) + ")";
    }

    private static String quote(String text) {
        StringBuilder java = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                case '\b' -> java.append("\\b");
                case '\f' -> java.append("\\f");
                default -> {
                    if (Character.isISOControl(c)) {
                        // three octal digits: never read together with a digit that follows
                        java.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int codePoint = text.codePointAt(i);
                        if (isVisible(codePoint)) {
                            java.append(c).append(text.charAt(++i));
                        } else {
                            java.append(String.format(Locale.ROOT, "\\u%04x\\u%04x", (int) c, (int) text.charAt(++i)));
                        }
                    } else if (!isVisible(c)) {
                        // a Unicode escape: javac reads it as the character, inside the literal
                        java.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        java.append(c);
                    }
                }
            }
        }
        return java.append('"').toString();
    }

    /**
     * Javadoc lines for a text: HTML-escaped, with {@code @}, backslashes, {@code *}{@code /} and
     * invisible characters written as character references, split at line breaks, trimmed,
     * without leading or trailing blank lines.
     */
    static List<String> javadoc(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text, -1)) {
            lines.add(javadocLine(line).strip());
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** One line of text for a comment: {@link #javadoc} for text known to hold no line break. */
    static String comment(String text) {
        return String.join(" ", javadoc(text));
    }

    private static String javadocLine(String line) {
        StringBuilder doc = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> doc.append("&amp;");
                case '<' -> doc.append("&lt;");
                case '>' -> doc.append("&gt;");
                case '@' -> doc.append("&#64;");
                case '\\' -> doc.append("&#92;");
                case '/' -> doc.append(i > 0 && line.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\t' -> doc.append(' ');
                default -> {
                    int codePoint = line.codePointAt(i);
                    if (Character.isSupplementaryCodePoint(codePoint) && isVisible(codePoint)) {
                        doc.appendCodePoint(codePoint);
                        i++;
                    } else if (Character.isISOControl(c) || Character.isSurrogate(c) && codePoint == c) {
                        // no character reference is valid HTML for these: show the replacement character
                        doc.append('\uFFFD');
                    } else if (!isVisible(codePoint)) {
                        doc.append("&#x")
                                .append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT))
                                .append(';');
                        i += Character.charCount(codePoint) - 1;
                    } else {
                        doc.append(c);
                    }
                }
            }
        }
        return doc.toString();
    }

    /** Characters that show as themselves: not controls, formatting, separators other than space, or unassigned. */
    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> codePoint == ' ';
            default -> true;
        };
    }
}
