// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated Java with javac, the runtime on the class path; fails with javac's errors. */
final class Javac {
    private Javac() {}

    static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<String> options = List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-implicit:none");
            boolean ok = javac.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                fail("generated Java does not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                                .map(d -> (d.getSource() == null
                                                ? ""
                                                : d.getSource().getName() + ":") + d.getLineNumber() + ": "
                                        + d.getKind() + ": " + d.getMessage(Locale.ROOT))
                                .limit(30)
                                .collect(Collectors.joining("\n")));
            }
        }
    }
}
