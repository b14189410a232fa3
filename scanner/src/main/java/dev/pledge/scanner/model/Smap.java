// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class file's source map (JSR-45 SMAP, the {@code SourceDebugExtension} attribute), as the Kotlin
 * compiler writes it for code inlined from {@code inline} functions: the line-number table gives such
 * code lines past the end of the calling file ({@code SignupService.kt:29} in a 27-line file), and the
 * default stratum maps them back to the file and line they were written at ({@code Headers.kt:7});
 * Kotlin's {@code KotlinDebug} stratum maps them to the line of the call ({@code SignupService.kt:16}).
 *
 * <pre>
 * SMAP
 * SignupService.kt
 * Kotlin
 * *S Kotlin
 * *F
 * + 1 SignupService.kt
 * com/example/SignupService
 * + 2 Headers.kt
 * com/example/HeadersKt
 * *L
 * 1#1,27:1
 * 7#2,3:28
 * *S KotlinDebug
 * *F
 * + 1 SignupService.kt
 * com/example/SignupService
 * *L
 * 16#1:28,3
 * *E
 * </pre>
 *
 * A line section entry is {@code InputStartLine#FileId,RepeatCount:OutputStartLine,OutputLineIncrement}
 * (the file id, repeat count and increment may be left out: the last file, 1, 1).
 */
public final class Smap {

    /**
     * Where a line of the class file was written.
     *
     * @param sourcePath the source file, as a path below a source root ({@code com/example/Headers.kt})
     * @param line its line there
     * @param callLine the line of the class's own source file that calls the inlined code, 0 when unknown
     */
    public record Position(String sourcePath, int line, int callLine) {}

    private record Range(int outputStart, int outputEnd, int increment, int inputStart, String sourcePath) {

        int input(int output) {
            return inputStart + (output - outputStart) / increment;
        }
    }

    private final List<Range> lines;
    private final List<Range> calls;
    private final String ownPath;

    private Smap(List<Range> lines, List<Range> calls, String ownPath) {
        this.lines = lines;
        this.calls = calls;
        this.ownPath = ownPath;
    }

    /**
     * Reads a source map; null when it is none or cannot be read (a class file's attribute is not
     * checked by the JVM, so anything may be in it).
     *
     * @param classSourcePath the class's own source file as a path ({@code com/example/SignupService.kt})
     */
    public static Smap parse(String text, String classSourcePath) {
        if (text == null || !text.startsWith("SMAP")) {
            return null;
        }
        try {
            String[] rows = text.split("\r?\n");
            if (rows.length < 3) {
                return null;
            }
            String defaultStratum = rows[2].trim();
            Map<String, List<Range>> strata = new HashMap<>();
            String stratum = null;
            Map<String, String> files = new HashMap<>();
            boolean inFiles = false;
            boolean inLines = false;
            String lastFile = "1";
            for (int i = 3; i < rows.length; i++) {
                String row = rows[i].trim();
                if (row.startsWith("*S ")) {
                    stratum = row.substring(3).trim();
                    strata.put(stratum, new ArrayList<>());
                    files = new HashMap<>();
                    inFiles = inLines = false;
                } else if (row.startsWith("*F")) {
                    inFiles = true;
                    inLines = false;
                } else if (row.startsWith("*L")) {
                    inLines = true;
                    inFiles = false;
                } else if (row.startsWith("*")) {
                    inFiles = inLines = false;
                } else if (inFiles && stratum != null) {
                    boolean withPath = row.startsWith("+");
                    String[] parts = (withPath ? row.substring(1).trim() : row).split("\\s+", 2);
                    String path = withPath && i + 1 < rows.length ? rows[++i].trim() : null;
                    files.put(parts[0], sourcePath(parts.length > 1 ? parts[1] : parts[0], path, classSourcePath));
                } else if (inLines && stratum != null && !row.isEmpty()) {
                    lastFile = line(row, files, lastFile, strata.get(stratum));
                }
            }
            List<Range> lines = strata.get(defaultStratum);
            return lines == null
                    ? null
                    : new Smap(lines, strata.getOrDefault("KotlinDebug", List.of()), classSourcePath);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One line-section entry into {@code into}; returns the file id it is of (the next one's default). */
    private static String line(String row, Map<String, String> files, String lastFile, List<Range> into) {
        int colon = row.indexOf(':');
        String input = row.substring(0, colon);
        String output = row.substring(colon + 1);
        int hash = input.indexOf('#');
        String inputLines = hash < 0 ? input : input.substring(0, hash);
        String fileAndCount = hash < 0 ? "" : input.substring(hash + 1);
        int comma = inputLines.indexOf(',');
        int inputStart = Integer.parseInt(comma < 0 ? inputLines : inputLines.substring(0, comma));
        int repeat = 1;
        String file = lastFile;
        if (!fileAndCount.isEmpty()) {
            int c = fileAndCount.indexOf(',');
            file = c < 0 ? fileAndCount : fileAndCount.substring(0, c);
            repeat = c < 0 ? 1 : Integer.parseInt(fileAndCount.substring(c + 1));
        } else if (comma >= 0) {
            repeat = Integer.parseInt(inputLines.substring(comma + 1));
        }
        int outComma = output.indexOf(',');
        int outputStart = Integer.parseInt(outComma < 0 ? output : output.substring(0, outComma));
        int increment = outComma < 0 ? 1 : Integer.parseInt(output.substring(outComma + 1));
        String path = files.get(file);
        if (path != null && repeat > 0) {
            int step = Math.max(1, increment);
            into.add(new Range(outputStart, outputStart + repeat * step - 1, step, inputStart, path));
        }
        return file;
    }

    /**
     * The file as a path below a source root: the folder of the class the map names with it (Kotlin names
     * the class, {@code com/example/HeadersKt}; others a path, {@code com/example/Headers.kt}) and the file
     * name; else the folder of the class's own source file.
     */
    private static String sourcePath(String name, String path, String classSourcePath) {
        if (path != null && !path.isEmpty()) {
            int slash = path.lastIndexOf('/');
            return (slash < 0 ? "" : path.substring(0, slash + 1)) + name;
        }
        int slash = classSourcePath == null ? -1 : classSourcePath.lastIndexOf('/');
        return (slash < 0 ? "" : classSourcePath.substring(0, slash + 1)) + name;
    }

    /**
     * Where a line of the class file was written, when the map puts it in another file or at another
     * line than the number itself (inlined code); null for the class's own lines and unknown ones.
     */
    public Position map(int line) {
        Range range = find(lines, line);
        if (range == null) {
            return null;
        }
        int input = range.input(line);
        if (range.sourcePath.equals(ownPath) && input == line) {
            return null;
        }
        Range call = find(calls, line);
        return new Position(range.sourcePath, input, call == null ? 0 : call.inputStart);
    }

    private static Range find(List<Range> ranges, int line) {
        for (Range range : ranges) {
            if (line >= range.outputStart && line <= range.outputEnd) {
                return range;
            }
        }
        return null;
    }
}
