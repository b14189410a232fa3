// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.nio.charset.StandardCharsets;

/**
 * An {@code AndroidManifest.xml} in an Android App Bundle ({@code base/manifest/AndroidManifest.xml}):
 * aapt2's {@code XmlNode} message in protocol buffers. Only the fields the scanner needs are read:
 * {@code XmlNode {element = 1; source = 3}}, {@code XmlElement {name = 3; attribute = 4; child = 5}},
 * {@code XmlAttribute {namespace_uri = 1; name = 2; value = 3; resource_id = 5}} and
 * {@code SourcePosition {line_number = 1}}; everything else is skipped by its wire type.
 */
final class ProtoManifest {

    private static final int ANDROID_NAME = 0x01010003;
    private static final String ANDROID = "http://schemas.android.com/apk/res/android";

    private final byte[] bytes;
    private final AndroidManifest.Builder manifest = new AndroidManifest.Builder();

    private ProtoManifest(byte[] bytes) {
        this.bytes = bytes;
    }

    static AndroidManifest parse(byte[] bytes) {
        ProtoManifest reader = new ProtoManifest(bytes);
        try {
            reader.node(0, bytes.length);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated protocol buffer", e);
        }
        return reader.manifest.build();
    }

    /** An {@code XmlNode} in {@code [at, end)}. */
    private void node(int at, int end) {
        int element = -1;
        int elementEnd = -1;
        int line = 0;
        for (int[] field = new int[3]; at < end; ) {
            at = field(at, field);
            if (field[0] == 1 && field[1] == 2) {
                element = field[2];
                elementEnd = at;
            } else if (field[0] == 3 && field[1] == 2) {
                line = firstVarint(field[2], at, 1);
            }
        }
        if (element >= 0) {
            element(element, elementEnd, line);
        }
    }

    private void element(int at, int end, int line) {
        String tag = "";
        String packageAttribute = null;
        String androidName = null;
        int start = at;
        for (int[] field = new int[3]; at < end; ) {
            at = field(at, field);
            if (field[0] == 3 && field[1] == 2) {
                tag = string(field[2], at);
            } else if (field[0] == 4 && field[1] == 2) {
                String[] attribute = attribute(field[2], at);
                if (attribute[0].equals("package") && attribute[2].isEmpty()) {
                    packageAttribute = attribute[1];
                } else if (attribute[3].equals("name")) {
                    androidName = attribute[1];
                }
            }
        }
        manifest.element(tag, packageAttribute, androidName, line);
        for (int[] field = new int[3]; start < end; ) {
            start = field(start, field);
            if (field[0] == 5 && field[1] == 2) {
                node(field[2], start);
            }
        }
    }

    /** {name, value, namespace, "name" when it is android:name}. */
    private String[] attribute(int at, int end) {
        String namespace = "";
        String name = "";
        String value = "";
        int resourceId = 0;
        for (int[] field = new int[3]; at < end; ) {
            at = field(at, field);
            switch (field[0] * 8 + field[1]) {
                case 1 * 8 + 2 -> namespace = string(field[2], at);
                case 2 * 8 + 2 -> name = string(field[2], at);
                case 3 * 8 + 2 -> value = string(field[2], at);
                case 5 * 8 -> resourceId = field[2];
                default -> {
                    // source position, compiled item: not needed
                }
            }
        }
        boolean androidName = resourceId == ANDROID_NAME || (name.equals("name") && namespace.equals(ANDROID));
        return new String[] {name, value, namespace, androidName ? "name" : ""};
    }

    /**
     * Reads one field's key and value at {@code at}: {@code field[0]} its number, {@code field[1]} its
     * wire type, {@code field[2]} a varint's value or a length-delimited value's start (its end is
     * returned). Returns where the next field starts.
     */
    private int field(int at, int[] field) {
        long key = varint(at);
        at = next;
        field[0] = (int) (key >>> 3);
        field[1] = (int) (key & 7);
        switch (field[1]) {
            case 0 -> {
                field[2] = (int) varint(at);
                return next;
            }
            case 1 -> {
                return check(at + 8);
            }
            case 2 -> {
                long length = varint(at);
                field[2] = next;
                return check(next + (int) length);
            }
            case 5 -> {
                return check(at + 4);
            }
            default -> throw new IllegalArgumentException("unknown protocol buffer wire type " + field[1]);
        }
    }

    /** The first varint field {@code number} of a message in {@code [at, end)}, or 0. */
    private int firstVarint(int at, int end, int number) {
        for (int[] field = new int[3]; at < end; ) {
            at = field(at, field);
            if (field[0] == number && field[1] == 0) {
                return field[2];
            }
        }
        return 0;
    }

    private int next;

    private long varint(int at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = bytes[at++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                next = at;
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    private int check(int end) {
        if (end < 0 || end > bytes.length) {
            throw new IllegalArgumentException("truncated protocol buffer");
        }
        return end;
    }

    private String string(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
