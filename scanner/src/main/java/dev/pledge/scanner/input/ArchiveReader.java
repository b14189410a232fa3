// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Lists the classes of an archive and of the archives nested in it, safely: nothing is extracted
 * to disk, entries are read with a size limit (no zip bombs), nesting is limited in depth, and
 * every archive or entry that cannot be read becomes an {@code unreadable-class} finding.
 */
final class ArchiveReader {

    /** No class file comes near this; a larger entry is refused, not read. */
    static final int MAX_CLASS_BYTES = 64 << 20;
    /** A nested archive is read into memory; a larger one is refused. */
    static final int MAX_NESTED_BYTES = 512 << 20;
    /** An archive in an archive in an archive ... at most this deep. */
    static final int MAX_DEPTH = 4;

    private ArchiveReader() {}

    /** Bytes to read on demand. */
    interface Content {
        byte[] read() throws IOException;
    }

    /** Lists a jar on disk into {@code input}; the jar stays open until {@code input} is closed. */
    static void open(Path path, int release, ClassInput input) {
        String origin = path.toString();
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            input.problem(
                    origin, "cannot be read as a jar (" + ClassInput.message(e) + "): rebuild or download it again");
            return;
        }
        input.keepOpen(zip);
        input.jars++;
        List<ZipEntry> entries;
        boolean multiRelease;
        try {
            entries = Collections.list(zip.entries()).stream()
                    .map(e -> (ZipEntry) e)
                    .toList();
            ZipEntry manifest = zip.getEntry(JarFile.MANIFEST_NAME);
            multiRelease = manifest != null && isMultiRelease(zip.getInputStream(manifest));
        } catch (IOException | RuntimeException e) {
            input.problem(
                    origin, "cannot be read as a jar (" + ClassInput.message(e) + "): rebuild or download it again");
            return;
        }
        Map<String, ZipEntry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.putIfAbsent(e.getName(), e));
        input.artifacts(origin, byName.keySet());
        ClassNames.select(new ArrayList<>(byName.keySet()), multiRelease, release)
                .forEach((className, entryName) -> {
                    ZipEntry entry = byName.get(entryName);
                    input.add(new ClassEntry(
                            className, origin + "!/" + entryName, () -> read(zip, entry, MAX_CLASS_BYTES)));
                });
        byName.forEach((name, entry) -> {
            if (Registrations.isRegistration(name)) {
                input.registration(name, () -> read(zip, entry, Registrations.MAX_BYTES));
            }
        });
        for (ZipEntry entry : entries) {
            if (!entry.isDirectory() && isAndroid(entry.getName())) {
                String android = origin + "!/" + entry.getName();
                try {
                    android(entry.getName(), read(zip, entry, MAX_NESTED_BYTES), android, input);
                } catch (IOException | RuntimeException e) {
                    input.problem(android, "cannot be read (" + ClassInput.message(e) + ")");
                }
            }
            if (!entry.isDirectory() && ClassInput.isArchive(entry.getName())) {
                String nested = origin + "!/" + entry.getName();
                try {
                    nested(read(zip, entry, MAX_NESTED_BYTES), nested, release, 1, input);
                } catch (IOException | RuntimeException e) {
                    input.problem(nested, "cannot be read (" + ClassInput.message(e) + ")");
                }
            }
        }
    }

    /**
     * Whether the bytes are a well-formed zip archive with no entries: only its end-of-central-directory record
     * (signature {@code PK\5\6}, 0 entries, then its comment). Agora's RTC SDK ships such a {@code classes.jar} in
     * its AAR (its code is in the AAR's {@code libs/}): nothing to read, and nothing wrong.
     */
    static boolean isEmptyZip(byte[] bytes) {
        return bytes.length >= 22
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && bytes[2] == 5
                && bytes[3] == 6
                && bytes[10] == 0
                && bytes[11] == 0
                && 22 + ((bytes[20] & 0xff) | (bytes[21] & 0xff) << 8) == bytes.length;
    }

    /** Lists an archive held in memory (read from another archive). */
    private static void nested(byte[] bytes, String origin, int release, int depth, ClassInput input) {
        if (depth > MAX_DEPTH) {
            input.problem(origin, "is nested more than " + MAX_DEPTH + " archives deep: scan it on its own");
            return;
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        boolean multiRelease = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int count = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                count++;
                String name = entry.getName();
                names.add(name);
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.equals(JarFile.MANIFEST_NAME)) {
                    multiRelease = isMultiRelease(new ByteArrayInputStream(read(zip, MAX_CLASS_BYTES)));
                } else if (name.endsWith(".class")) {
                    contents.putIfAbsent(name, read(zip, MAX_CLASS_BYTES));
                } else if (ClassInput.isArchive(name) || isAndroid(name)) {
                    contents.putIfAbsent(name, read(zip, MAX_NESTED_BYTES));
                } else if (Registrations.isRegistration(name)) {
                    byte[] registration = read(zip, Registrations.MAX_BYTES);
                    input.registration(name, () -> registration);
                }
            }
            if (count == 0 && !isEmptyZip(bytes)) {
                throw new IOException("no entries: not a zip archive, or truncated");
            }
        } catch (IOException | RuntimeException e) {
            input.problem(origin, "cannot be read as a jar (" + ClassInput.message(e) + "): rebuild it");
            return;
        }
        input.jars++;
        input.artifacts(origin, names);
        ClassNames.select(new ArrayList<>(contents.keySet()), multiRelease, release)
                .forEach((className, entryName) -> {
                    byte[] content = contents.get(entryName);
                    input.add(new ClassEntry(className, origin + "!/" + entryName, () -> content));
                });
        contents.forEach((name, content) -> {
            if (isAndroid(name)) {
                android(name, content, origin + "!/" + name, input);
            }
            if (ClassInput.isArchive(name)) {
                nested(content, origin + "!/" + name, release, depth + 1, input);
            }
        });
    }

    /** DEX files and Android manifests: what makes an APK, AAB or AAR more than a jar. */
    private static boolean isAndroid(String name) {
        return name.endsWith(".dex") || ClassInput.isManifest(name);
    }

    private static void android(String name, byte[] bytes, String origin, ClassInput input) {
        if (name.endsWith(".dex")) {
            input.dex(bytes, origin);
        } else {
            input.manifest(bytes, origin);
        }
    }

    private static boolean isMultiRelease(InputStream manifest) throws IOException {
        try (InputStream in = manifest) {
            return "true"
                    .equalsIgnoreCase(new Manifest(in).getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE));
        }
    }

    /**
     * Reads an entry whole, refusing more than {@code limit} bytes. The size the archive's directory gives is
     * read into an array of that size (reading a stream of unknown length takes buffers of 8 KB and a copy: four
     * times the bytes of a class file of 2 KB); a stream longer or shorter than that still reads whole.
     */
    private static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            long size = entry.getSize();
            if (size < 0 || size > limit) {
                return read(in, limit);
            }
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Arrays.copyOf(bytes, n);
            }
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            if (n == limit) {
                throw new IOException("larger than " + (limit >> 20) + " MiB");
            }
            byte[] rest = read(in, limit - n - 1);
            byte[] all = Arrays.copyOf(bytes, n + 1 + rest.length);
            all[n] = (byte) next;
            System.arraycopy(rest, 0, all, n + 1, rest.length);
            return all;
        }
    }

    /** Reads a stream whole, refusing more than {@code limit} bytes. Does not close it. */
    static byte[] read(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new IOException("larger than " + (limit >> 20) + " MiB");
        }
        return bytes;
    }
}
