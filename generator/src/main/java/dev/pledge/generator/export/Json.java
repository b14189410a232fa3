// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import java.util.Collection;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON (RFC 8259): two-space
 * indentation, keys in map order, {@code \n} line ends and a final line end, so the same tree gives
 * the same bytes every time. Strings are escaped: quote, backslash, every control character, and
 * U+2028/U+2029 (which end a line in JavaScript). Everything else is written as is (UTF-8).
 */
public final class Json {

    private Json() {}

    /** The value as an indented JSON document ending with a line end. */
    public static String write(Object value) {
        StringBuilder json = new StringBuilder(4096);
        write(json, value, 0);
        return json.append('\n').toString();
    }

    /** A JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        string(json, text);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value, int depth) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(json, map, depth);
        } else if (value instanceof Collection<?> list) {
            array(json, list, depth);
        } else if (value instanceof Enum<?> || value instanceof Number) {
            throw new IllegalArgumentException(
                    "no JSON form for " + value.getClass().getName() + ": convert it to a string or an integer first");
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder json, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            json.append("{}");
            return;
        }
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.append(first ? "\n" : ",\n");
            first = false;
            indent(json, depth + 1);
            string(json, (String) entry.getKey());
            json.append(": ");
            write(json, entry.getValue(), depth + 1);
        }
        json.append('\n');
        indent(json, depth);
        json.append('}');
    }

    private static void array(StringBuilder json, Collection<?> list, int depth) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        json.append('[');
        boolean first = true;
        for (Object element : list) {
            json.append(first ? "\n" : ",\n");
            first = false;
            indent(json, depth + 1);
            write(json, element, depth + 1);
        }
        json.append('\n');
        indent(json, depth);
        json.append(']');
    }

    private static void indent(StringBuilder json, int depth) {
        json.append("  ".repeat(depth));
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
