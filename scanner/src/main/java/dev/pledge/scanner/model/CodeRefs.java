// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;

/**
 * Makes {@link CodeRef}s for scanned code: the source file is looked up below the source roots
 * (the first that has it), else given as the package path the class file names
 * ({@code com/example/App.java}), else as the class file itself. Code inlined from another file (Kotlin's
 * {@code inline} functions) is placed where it was written, with the call it was inlined at, by the
 * class's source map ({@link Smap}). Not thread-safe.
 */
public final class CodeRefs {

    private final List<Path> sourceRoots;
    private final Map<Path, List<String>> sourceLines = new HashMap<>();
    private final Map<String, Optional<Path>> files = new HashMap<>();
    private final Map<ClassModel, Optional<Smap>> smaps = new IdentityHashMap<>();

    public CodeRefs(List<Path> sourceRoots) {
        this.sourceRoots = sourceRoots;
    }

    public CodeRef at(MethodModel method, int line) {
        return at(method.owner, method.name, line);
    }

    /** At the method's first line. */
    public CodeRef at(MethodModel method) {
        return at(method, method.firstLine());
    }

    /**
     * A place in a class: its source file below a source root when there, else the package path, in
     * the archive the class came from (if any).
     */
    public CodeRef at(ClassModel type, String member, int line) {
        if (type.sourceDebug != null && line > 0) {
            Smap smap = smaps.computeIfAbsent(type, t -> Optional.ofNullable(Smap.parse(t.sourceDebug, t.sourcePath())))
                    .orElse(null);
            Smap.Position inlined = smap == null ? null : smap.map(line);
            if (inlined != null) {
                CodeRef caller = place(type, type.sourcePath(), member, inlined.callLine());
                CodeRef at = place(type, inlined.sourcePath(), member, inlined.line());
                return new CodeRef(at.className(), member, at.file(), at.line(), at.archive(), caller);
            }
        }
        return place(type, type.sourcePath(), member, line);
    }

    /** A place in the class's code, written in {@code sourcePath} (its own source file, or one its code was inlined from). */
    private CodeRef place(ClassModel type, String sourcePath, String member, int line) {
        int bang = type.origin.lastIndexOf("!/");
        String archive = bang < 0 ? null : type.origin.substring(0, bang);
        if (sourcePath == null) {
            return archive == null
                    ? new CodeRef(type.binaryName(), member, Path.of(type.origin), line)
                    : new CodeRef(type.binaryName(), member, Path.of(type.origin.substring(bang + 2)), line, archive);
        }
        Optional<Path> found = files.computeIfAbsent(sourcePath, this::resolve);
        if (found.isPresent() || archive == null) {
            return new CodeRef(type.binaryName(), member, found.orElse(Path.of(sourcePath)), line);
        }
        return new CodeRef(type.binaryName(), member, Path.of(sourcePath), line, archive);
    }

    /**
     * The line a field is declared on: found in its source file when that is below a source root
     * ({@code private String telephone;}, {@code val phone: String}, a record component), else the
     * first line that writes it (a constructor, an initialiser), else the first that reads it (its
     * getter); 0 when none is known.
     */
    public int declarationLine(ClassModel type, FieldModel field) {
        if (type.sourcePath() != null) {
            Optional<Path> file = files.computeIfAbsent(type.sourcePath(), this::resolve);
            if (file.isPresent()) {
                List<String> lines = sourceLines.computeIfAbsent(file.get(), CodeRefs::read);
                Pattern declaration = (type.access & Opcodes.ACC_INTERFACE) != 0
                        // a projection interface's property: its getter
                        ? Pattern.compile("\\b(get|is)" + Pattern.quote(capitalized(field.name)) + "\\s*\\(\\s*\\)")
                        : Pattern.compile("^(?!\\s*(//|\\*|/\\*|return\\b|this\\.)).*\\b" + Pattern.quote(field.name)
                                + "\\b\\s*([;=,:)]|$)");
                for (int i = 0; i < lines.size(); i++) {
                    if (declaration.matcher(lines.get(i)).find()) {
                        return i + 1;
                    }
                }
            }
        }
        return field.putLine > 0 ? field.putLine : field.getLine;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private Optional<Path> resolve(String sourcePath) {
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(sourcePath);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
