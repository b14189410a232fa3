// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.regex.Pattern;

/**
 * Which policy texts become links, and to what. Only web addresses ({@code http}, {@code https}),
 * email addresses and phone numbers do; anything else ({@code javascript:}, {@code data:}, relative
 * paths, text with spaces or quotes) stays text. Escaping is still the template's job.
 */
final class Links {

    private static final Pattern WEB = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s\"'<>`\\\\]*)?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,}[0-9]");

    private Links() {}

    /**
     * The text as a web link if it is a web address, else null. Parentheses are percent-encoded,
     * so that the address ends a Markdown link destination where it should.
     */
    static String web(String text) {
        return WEB.matcher(text).matches() ? text.replace("(", "%28").replace(")", "%29") : null;
    }

    /** A {@code mailto:} link if the text is an email address, else null. */
    static String email(String text) {
        return EMAIL.matcher(text).matches() ? "mailto:" + text : null;
    }

    /** A {@code tel:} link if the text is a phone number, else null. */
    static String phone(String text) {
        return PHONE.matcher(text).matches() ? "tel:" + text.replaceAll("[^+0-9]", "") : null;
    }

    /** A link for whatever the text is: web address, email address, phone number; else null. */
    static String any(String text) {
        String web = web(text);
        if (web != null) {
            return web;
        }
        String email = email(text);
        return email != null ? email : phone(text);
    }
}
