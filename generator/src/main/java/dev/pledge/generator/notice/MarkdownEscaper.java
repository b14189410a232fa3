// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

/**
 * Escapes text for CommonMark / GitHub Markdown so that it reads as written wherever a template
 * puts it: in a paragraph, a list item, a heading or a table cell.
 * <ul>
 * <li>{@code & < >} become entities, so no HTML tag or entity of the text survives;</li>
 * <li>inline markup ({@code \ ` * _ [ ] # | ~ $}) is backslash-escaped; parentheses need not be,
 * as no {@code ]} can precede them;</li>
 * <li>what would start a block at the start of the text ({@code -}, {@code +}, {@code =},
 * {@code 1.}, {@code 1)}) is backslash-escaped;</li>
 * <li>a line break becomes {@code <br>}, so text never starts a new Markdown line (a new list
 * item, heading or table row) and table cells stay one row;</li>
 * <li>text with right-to-left letters is wrapped in Unicode isolates (FSI ... PDI) so it cannot
 * reorder the text around it.</li>
 * </ul>
 */
final class MarkdownEscaper {

    private static final String INLINE_MARKUP = "\\`*_[]#|~$";
    private static final String BLOCK_STARTS = "-+=";

    private MarkdownEscaper() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean rtl = TextHygiene.hasRightToLeft(text);
        if (rtl) {
            out.append('\u2068');
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atStart = i == 0;
            if (c == '\r') {
                continue;
            }
            switch (c) {
                case '\n' -> out.append("<br>");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    boolean orderedListMark = (c == '.' || c == ')') && digits == i && digits > 0;
                    if (INLINE_MARKUP.indexOf(c) >= 0 || (atStart && BLOCK_STARTS.indexOf(c) >= 0) || orderedListMark) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
            if (Character.isDigit(c) && digits == i) {
                digits++;
            }
        }
        if (rtl) {
            out.append('\u2069');
        }
        return out.toString();
    }
}
