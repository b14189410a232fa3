// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources given as text into a class folder; fails with javac's errors. */
public final class Javac {

    private Javac() {}

    /**
     * Writes the sources (path below {@code src} → text) and compiles them, with the test class
     * path and {@code classPath} on the class path, into {@code out}.
     */
    public static Path compile(Map<String, String> sources, Path src, Path out, List<Path> classPath) {
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            return compile(files, out, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path compile(List<Path> files, Path out, List<Path> classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            List<String> path =
                    new ArrayList<>(classPath.stream().map(Path::toString).toList());
            path.add(System.getProperty("java.class.path"));
            List<String> options = List.of(
                    "-d",
                    out.toString(),
                    "-classpath",
                    String.join(java.io.File.pathSeparator, path),
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-g",
                    "-implicit:none",
                    "-proc:none");
            boolean ok = javac.getTask(
                            null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                fail("fixture does not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                                .map(d -> (d.getSource() == null
                                                ? ""
                                                : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                                        + d.getMessage(Locale.ROOT))
                                .collect(Collectors.joining("\n")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
