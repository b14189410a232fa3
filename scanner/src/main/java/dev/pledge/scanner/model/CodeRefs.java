// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@link CodeRef}s for scanned code: the source file is looked up below the source roots
 * (the first that has it), else given as the package path the class file names
 * ({@code com/example/App.java}), else as the class file itself. Not thread-safe.
 */
public final class CodeRefs {

    private final List<Path> sourceRoots;
    private final Map<String, Path> files = new HashMap<>();

    public CodeRefs(List<Path> sourceRoots) {
        this.sourceRoots = sourceRoots;
    }

    public CodeRef at(MethodModel method, int line) {
        return new CodeRef(method.owner.binaryName(), method.name, file(method.owner), line);
    }

    /** At the method's first line. */
    public CodeRef at(MethodModel method) {
        return at(method, method.firstLine);
    }

    Path file(ClassModel type) {
        if (type.sourcePath == null) {
            int bang = type.origin.indexOf("!/");
            return Path.of(bang < 0 ? type.origin : type.origin.substring(0, bang));
        }
        return files.computeIfAbsent(type.sourcePath, this::resolve);
    }

    private Path resolve(String sourcePath) {
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(sourcePath);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Path.of(sourcePath);
    }
}
