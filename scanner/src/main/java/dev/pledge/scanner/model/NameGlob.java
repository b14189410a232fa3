// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.regex.Pattern;

/**
 * Globs over binary class names, in the style of forbidden-apis: {@code *} matches within one name
 * segment, {@code **} across segments ({@code **.SuppressPledge}, {@code org.h2.server.**}),
 * {@code ?} one character of a segment.
 */
public final class NameGlob {

    private NameGlob() {}

    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^.$]*");
            } else if (c == '?') {
                regex.append("[^.$]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
