// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;

/** Class names from archive entry names, with multi-release and web/boot archive layouts. */
final class ClassNames {

    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/(\\d{1,4})/(.+)\\.class");
    private static final List<String> CLASS_FOLDERS = List.of("WEB-INF/classes/", "BOOT-INF/classes/");

    private ClassNames() {}

    /**
     * The class entries to scan, class name to entry name, in entry order. In a multi-release jar a
     * class is read from the highest {@code META-INF/versions/N} not above {@code release}, else from
     * the base; a jar that is not multi-release has its versioned entries ignored, as the JVM does.
     */
    static Map<String, String> select(List<String> entryNames, boolean multiRelease, int release) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (String entry : entryNames) {
            if (!entry.endsWith(".class") || entry.endsWith("/")) {
                continue;
            }
            Matcher versioned = VERSIONED.matcher(entry);
            if (versioned.matches()) {
                int version = Integer.parseInt(versioned.group(1));
                String name = versioned.group(2);
                if (multiRelease && version <= release && version > versions.getOrDefault(name, 0)) {
                    versions.put(name, version);
                    chosen.put(name, entry);
                }
            } else if (!entry.startsWith("META-INF/")) {
                String name = strip(entry.substring(0, entry.length() - ".class".length()));
                if (!versions.containsKey(name)) {
                    chosen.putIfAbsent(name, entry);
                }
            }
        }
        return chosen;
    }

    private static String strip(String name) {
        for (String folder : CLASS_FOLDERS) {
            if (name.startsWith(folder)) {
                return name.substring(folder.length());
            }
        }
        return name;
    }

    /** The name a class file declares, or null when it cannot be read (the scan reports that later). */
    static String peek(Path file) {
        try {
            return new ClassReader(Files.readAllBytes(file)).getClassName();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
