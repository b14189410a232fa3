// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jars both scanners read: system property {@code pledge.scan.jars}, a file listing them (one
 * a line, or separated by the path separator, as {@code mvn dependency:build-classpath} writes) or
 * the list itself. docs/scanner.md has the command that lists the project's own dependency jars.
 */
final class ScanJars {

    static final String PROPERTY = "pledge.scan.jars";

    private ScanJars() {}

    static List<Path> fromProperty() throws IOException {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("give the jars to scan: -D" + PROPERTY + "=FILE, FILE listing jars (see"
                    + " docs/scanner.md: mvn dependency:build-classpath -Dmdep.outputFile=FILE ...)");
        }
        return parse(Files.isRegularFile(Path.of(value)) ? Files.readString(Path.of(value)) : value);
    }

    /** The jars a file lists (as {@code mvn dependency:build-classpath} writes it). */
    static List<Path> fromFile(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    private static List<Path> parse(String list) {
        List<Path> jars = new ArrayList<>();
        for (String part : list.split("[\\r\\n" + File.pathSeparator + "]+")) {
            if (!part.isBlank() && part.strip().endsWith(".jar")) {
                Path jar = Path.of(part.strip());
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " does not exist");
                }
                jars.add(jar);
            }
        }
        Collections.sort(jars);
        return jars.stream().distinct().toList();
    }

    /** The class entries of a jar that a JVM would load: versioned multi-release entries left out. */
    static List<String> classEntries(ZipFile zip) {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && !entry.isDirectory()) {
                names.add(name);
            }
        }
        return names;
    }
}
