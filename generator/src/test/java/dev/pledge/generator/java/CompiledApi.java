// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A generated API, compiled by javac (every lint and Javadoc check on, warnings as errors, the
 * runtime on the class path) and loaded in a class loader whose parent holds the runtime, so
 * tests call it through the runtime's types.
 */
final class CompiledApi {

    final String packageName;
    final List<Path> sources;
    final ClassLoader loader;

    private CompiledApi(String packageName, List<Path> sources, ClassLoader loader) {
        this.packageName = packageName;
        this.sources = sources;
        this.loader = loader;
    }

    static CompiledApi of(Policy policy, String packageName, Path dir) {
        try {
            List<Path> sources = JavaGenerator.generate(policy, packageName, dir.resolve("src"));
            return new CompiledApi(packageName, sources, compile(sources, dir.resolve("classes")));
        } catch (GeneratorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Compiles the sources; fails with javac's diagnostics, grouped by file, when they do not compile cleanly. */
    static ClassLoader compile(List<Path> sources, Path classes) {
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
                    "-Xlint:all",
                    "-Xdoclint:all,-missing",
                    "-Werror",
                    "-implicit:none");
            boolean ok = javac.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                fail("generated Java does not compile cleanly:\n" + report(diagnostics.getDiagnostics()));
            }
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, CompiledApi.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String file = d.getSource() == null
                    ? "(no file)"
                    : Path.of(d.getSource().toUri()).getFileName().toString();
            byFile.computeIfAbsent(file, f -> new ArrayList<>())
                    .add("  " + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
        }
        return byFile.entrySet().stream()
                .map(e -> e.getKey() + "\n" + String.join("\n", e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    Class<?> type(String simpleName) {
        try {
            return loader.loadClass(packageName + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("generated type " + simpleName + " not found", e);
        }
    }

    /** A constant of a generated enum. */
    Object constant(String type, String name) {
        return Arrays.stream(type(type).getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + "." + name + " not generated"));
    }

    List<?> constants(String type) {
        return List.of(type(type).getEnumConstants());
    }

    /** Calls a public static method of a generated type. */
    Object callStatic(String type, String method, Object... arguments) {
        return invoke(type(type), null, method, arguments);
    }

    /** Calls a public method on a generated object. */
    static Object call(Object target, String method, Object... arguments) {
        return invoke(target.getClass(), target, method, arguments);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == arguments.length
                    && accepts(method.getParameterTypes(), arguments)) {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + name + Arrays.toString(arguments) + " on " + type.getName());
    }

    private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i].isPrimitive() ? box(parameters[i]) : parameters[i];
            if (arguments[i] != null && !parameter.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : primitive;
    }

    /** The generated source of a type, for assertions on its text. */
    String source(String simpleName) {
        return sources.stream()
                .filter(p -> p.getFileName().toString().equals(simpleName + ".java"))
                .findFirst()
                .map(CompiledApi::read)
                .orElseThrow(() -> new AssertionError(simpleName + ".java not generated"));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
