// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

/**
 * Compiles Kotlin sources given as text into a class folder with the Kotlin compiler (in process, as
 * kotlin-maven-plugin runs it), against the Kotlin standard library; fails with the compiler's errors.
 */
final class Kotlinc {

    private Kotlinc() {}

    /** The jar (or class folder) a class of the tests' class path was loaded from. */
    private static Path home(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the sources (path below {@code src} → text) and compiles them, with the standard library, Pledge's
     * runtime (the generated API's supertypes) and {@code classPath} on the class path, into {@code out}.
     */
    static Path compile(Map<String, String> sources, Path src, Path out, List<Path> classPath) {
        List<String> args = new ArrayList<>();
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                args.add(file.toString());
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> path = new ArrayList<>(classPath);
        path.add(home(kotlin.Unit.class));
        path.add(home(dev.pledge.runtime.PurposeSpec.class));
        args.addAll(List.of(
                "-d",
                out.toString(),
                "-classpath",
                path.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "-no-stdlib",
                "-no-reflect",
                "-jvm-target",
                "17",
                "-nowarn"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        ExitCode code;
        try (PrintStream stream = new PrintStream(messages, true, StandardCharsets.UTF_8)) {
            code = new K2JVMCompiler().exec(stream, args.toArray(String[]::new));
        }
        assertEquals(ExitCode.OK, code, () -> "kotlinc failed:\n" + messages.toString(StandardCharsets.UTF_8));
        return out;
    }
}
