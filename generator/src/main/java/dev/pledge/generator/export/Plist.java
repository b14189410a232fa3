// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings and booleans as an XML property list (Apple's plist 1.0 DTD), tab
 * indented like Xcode writes it. Text is escaped for XML ({@code & < > " '}); characters XML 1.0
 * cannot hold (most control characters, lone surrogates) are rejected.
 */
final class Plist {

    private Plist() {}

    static String write(Map<String, Object> root) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
        xml.append("<plist version=\"1.0\">\n");
        value(xml, root, 0);
        return xml.append("</plist>\n").toString();
    }

    private static void value(StringBuilder xml, Object value, int depth) {
        String indent = "\t".repeat(depth);
        if (value instanceof Boolean bool) {
            xml.append(indent).append(bool ? "<true/>" : "<false/>").append('\n');
        } else if (value instanceof String text) {
            xml.append(indent).append("<string>").append(escape(text)).append("</string>\n");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                xml.append(indent).append("<dict/>\n");
                return;
            }
            xml.append(indent).append("<dict>\n");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                xml.append(indent)
                        .append('\t')
                        .append("<key>")
                        .append(escape((String) entry.getKey()))
                        .append("</key>\n");
                value(xml, entry.getValue(), depth + 1);
            }
            xml.append(indent).append("</dict>\n");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                xml.append(indent).append("<array/>\n");
                return;
            }
            xml.append(indent).append("<array>\n");
            list.forEach(element -> value(xml, element, depth + 1));
            xml.append(indent).append("</array>\n");
        } else {
            throw new IllegalArgumentException("no plist form for "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    boolean surrogatePair = Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (surrogatePair) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                            || Character.isSurrogate(c)
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        throw new IllegalArgumentException(
                                "text holds a character XML cannot carry: U+" + String.format("%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
