// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** Builds jars for tests. */
public final class Jars {

    private Jars() {}

    /** The files of a class folder as jar entries. */
    public static Map<String, byte[]> entries(Path classes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] bytes(Map<String, byte[]> entries, boolean multiRelease) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (multiRelease) {
            manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path write(Path jar, Map<String, byte[]> entries, boolean multiRelease) {
        try {
            Files.createDirectories(jar.getParent());
            Files.write(jar, bytes(entries, multiRelease));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries with a prefix added to every name. */
    public static Map<String, byte[]> under(String prefix, Map<String, byte[]> entries) {
        Map<String, byte[]> moved = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> moved.put(prefix + name, bytes));
        return moved;
    }

    public static Map<String, byte[]> merge(List<Map<String, byte[]>> parts) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        parts.forEach(all::putAll);
        return all;
    }
}
