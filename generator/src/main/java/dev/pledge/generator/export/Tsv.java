// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping data files: one row per line, columns separated by tabs, the first column a key;
 * {@code #} starts a comment line. A cell lists values separated by commas; {@code -} is none.
 */
final class Tsv {

    private Tsv() {}

    /** The rows of a resource of this package, by key, in file order. */
    static Map<String, List<String>> resource(String name, int columns) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("mapping table " + name + " is missing from the generator jar");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a file, by key; a missing file is an empty table. */
    static Map<String, List<String>> file(Path file, int columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), columns);
    }

    static Map<String, List<String>> parse(String source, String text, int columns) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + columns
                        + " tab-separated columns, found " + cells.length);
            }
            String key = cells[0].strip();
            if (rows.put(key, Arrays.stream(cells).skip(1).map(String::strip).toList()) != null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": '" + key + "' is listed twice");
            }
        }
        return rows;
    }

    /** The values of a cell: comma-separated, {@code -} for none. */
    static List<String> values(String cell) {
        if (cell.isEmpty() || cell.equals("-")) {
            return List.of();
        }
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
