// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

/**
 * "Escapes" text for plain-text notices, which have no markup but do have a layout: a line break
 * in a text is followed by an indent, so no text can start a line of its own and pass for a
 * heading or a numbered section of the notice; text with right-to-left letters is wrapped in
 * Unicode isolates (FSI ... PDI) so it cannot reorder the text around it.
 */
final class TextEscaper {

    static final String CONTINUATION_INDENT = "    ";

    private TextEscaper() {}

    static String escape(String text) {
        String indented = text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n" + CONTINUATION_INDENT);
        return TextHygiene.hasRightToLeft(text) ? '\u2068' + indented + '\u2069' : indented;
    }
}
