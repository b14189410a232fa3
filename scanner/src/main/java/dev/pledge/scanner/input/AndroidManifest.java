// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scanner needs from an {@code AndroidManifest.xml}: the package name, the permissions it
 * asks for and the component classes it declares. Read from the three forms packages carry: Android's
 * binary XML in an APK (as aapt and aapt2 write it), protocol buffers in an AAB (aapt2's
 * {@code XmlNode}), and text in an AAR (the library's own manifest, merged into the app's).
 *
 * @param packageName the {@code package} attribute of {@code <manifest>}, or "" when absent
 * @param permissions the {@code <uses-permission>} (and {@code -sdk-23}) names, in file order
 * @param components class names of {@code <activity>}, {@code <service>}, {@code <receiver>} and
 *        {@code <provider>}, as written (relative names start with a dot)
 */
public record AndroidManifest(String packageName, List<Permission> permissions, List<String> components) {

    /** A requested permission and the line of the source manifest it came from (0 when unknown). */
    public record Permission(String name, int line) {}

    public AndroidManifest {
        permissions = List.copyOf(permissions);
        components = List.copyOf(components);
    }

    /**
     * The component classes as internal names, as Android resolves them: {@code .Main} and {@code Main}
     * are classes of the manifest's package, {@code com.example.Main} is itself. Relative names are left
     * out when the manifest names no package (a library built with a {@code namespace} instead).
     */
    public List<String> componentClasses() {
        List<String> classes = new ArrayList<>();
        for (String name : components) {
            boolean relative = name.startsWith(".") || name.indexOf('.') < 0;
            if (relative && packageName.isEmpty()) {
                continue;
            }
            String full = !relative ? name : name.startsWith(".") ? packageName + name : packageName + "." + name;
            classes.add(full.replace('.', '/'));
        }
        return classes;
    }

    private static final int XML = 0x0003;
    private static final int STRING_POOL = 0x0001;
    private static final int START_ELEMENT = 0x0102;
    private static final int RESOURCE_MAP = 0x0180;
    private static final int UTF8 = 0x100;
    private static final int ANDROID_NAME = 0x01010003;
    private static final int TYPE_STRING = 0x03;
    private static final int NO_INDEX = 0xFFFFFFFF;

    /**
     * Reads a binary manifest.
     *
     * @throws IllegalArgumentException when the bytes are not Android binary XML (the message says
     *         what is wrong)
     */
    public static AndroidManifest parse(byte[] bytes) {
        if (isText(bytes)) {
            return TextManifest.parse(bytes);
        }
        if (bytes.length > 0 && bytes[0] == 0x0A) {
            return ProtoManifest.parse(bytes);
        }
        try {
            return new Reader(bytes).read();
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated binary XML", e);
        }
    }

    /** Text XML: {@code <} after an optional byte order mark and white space. */
    private static boolean isText(byte[] bytes) {
        int at =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
            at++;
        }
        return at < bytes.length && bytes[at] == '<';
    }

    /** Collects a manifest's facts from elements, whatever form they were read from. */
    static final class Builder {
        private String packageName = "";
        private final List<Permission> permissions = new ArrayList<>();
        private final List<String> components = new ArrayList<>();

        /** An element: its tag, its {@code package} attribute (or null), its {@code android:name} (or null), its line. */
        void element(String tag, String packageAttribute, String androidName, int line) {
            if (tag.equals("manifest") && packageAttribute != null) {
                packageName = packageAttribute;
            }
            if (androidName == null) {
                return;
            }
            switch (tag) {
                case "uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m" ->
                    permissions.add(new Permission(androidName, line));
                case "activity", "activity-alias", "service", "receiver", "provider" -> components.add(androidName);
                default -> {
                    // other elements' names (meta-data, uses-feature, ...) are not used
                }
            }
        }

        AndroidManifest build() {
            return new AndroidManifest(packageName, permissions, components);
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private String[] strings = new String[0];
        private int[] resourceIds = new int[0];
        private final Builder manifest = new Builder();

        Reader(byte[] bytes) {
            in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        AndroidManifest read() {
            if (in.remaining() < 8 || in.getShort(0) != XML) {
                throw new IllegalArgumentException(
                        "not an Android manifest: neither binary XML (APK), protocol buffers (AAB) nor text (AAR)");
            }
            int end = in.getInt(4);
            if (end > in.limit()) {
                throw new IllegalArgumentException(
                        "truncated: the file says it has " + end + " bytes, it has " + in.limit());
            }
            int at = in.getShort(2) & 0xFFFF;
            while (at + 8 <= end) {
                int type = in.getShort(at) & 0xFFFF;
                int size = in.getInt(at + 4);
                if (size < 8 || at + size > end) {
                    throw new IllegalArgumentException("a chunk at byte " + at + " runs past the end of the file");
                }
                switch (type) {
                    case STRING_POOL -> strings(at);
                    case RESOURCE_MAP -> resourceMap(at, size);
                    case START_ELEMENT -> element(at);
                    default -> {
                        // namespaces, end tags, text: nothing the scanner needs
                    }
                }
                at += size;
            }
            return manifest.build();
        }

        private void strings(int at) {
            int count = in.getInt(at + 8);
            int flags = in.getInt(at + 16);
            int start = at + in.getInt(at + 20);
            strings = new String[count];
            for (int i = 0; i < count; i++) {
                int offset = start + in.getInt(at + (in.getShort(at + 2) & 0xFFFF) + i * 4);
                strings[i] = (flags & UTF8) != 0 ? utf8(offset) : utf16(offset);
            }
        }

        private String utf8(int at) {
            at += (in.get(at) & 0x80) != 0 ? 2 : 1; // length in characters
            int length = in.get(at) & 0xFF;
            if ((length & 0x80) != 0) {
                length = ((length & 0x7F) << 8) | (in.get(at + 1) & 0xFF);
                at += 2;
            } else {
                at += 1;
            }
            byte[] bytes = new byte[length];
            in.get(at, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private String utf16(int at) {
            int length = in.getShort(at) & 0xFFFF;
            if ((length & 0x8000) != 0) {
                length = ((length & 0x7FFF) << 16) | (in.getShort(at + 2) & 0xFFFF);
                at += 4;
            } else {
                at += 2;
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = in.getChar(at + i * 2);
            }
            return new String(chars);
        }

        private void resourceMap(int at, int size) {
            int header = in.getShort(at + 2) & 0xFFFF;
            resourceIds = new int[(size - header) / 4];
            for (int i = 0; i < resourceIds.length; i++) {
                resourceIds[i] = in.getInt(at + header + i * 4);
            }
        }

        private void element(int at) {
            int line = in.getInt(at + 8);
            int ext = at + (in.getShort(at + 2) & 0xFFFF);
            String tag = string(in.getInt(ext + 4));
            int attributeStart = in.getShort(ext + 8) & 0xFFFF;
            int attributeSize = in.getShort(ext + 10) & 0xFFFF;
            int count = in.getShort(ext + 12) & 0xFFFF;
            String packageAttribute = null;
            String androidName = null;
            for (int i = 0; i < count; i++) {
                int attribute = ext + attributeStart + i * attributeSize;
                int nameIndex = in.getInt(attribute + 4);
                String value = value(attribute);
                if (value == null) {
                    continue;
                }
                if (string(nameIndex).equals("package")) {
                    packageAttribute = value;
                } else if (isAndroidName(nameIndex)) {
                    androidName = value;
                }
            }
            manifest.element(tag, packageAttribute, androidName, line);
        }

        /** {@code android:name}: by resource id (aapt keeps it even when it strips the attribute's name), else by name. */
        private boolean isAndroidName(int nameIndex) {
            if (nameIndex >= 0 && nameIndex < resourceIds.length && resourceIds[nameIndex] != 0) {
                return resourceIds[nameIndex] == ANDROID_NAME;
            }
            return string(nameIndex).equals("name");
        }

        private String value(int attribute) {
            int raw = in.getInt(attribute + 8);
            if (raw != NO_INDEX) {
                return string(raw);
            }
            int dataType = in.get(attribute + 15) & 0xFF;
            return dataType == TYPE_STRING ? string(in.getInt(attribute + 16)) : null;
        }

        private String string(int index) {
            return index >= 0 && index < strings.length ? strings[index] : "";
        }
    }
}
