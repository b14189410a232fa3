// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.dsl.load.Finding;
import java.nio.file.Path;

/**
 * A place in scanned code.
 *
 * @param className binary class name, {@code com.example.App$Inner}
 * @param method method name ({@code <init>} for constructors), or null for the class itself
 * @param file the source file: below a source root when found there, else the package path
 *        ({@code com/example/App.java}); for code without a source file attribute the class file
 * @param line 1-based line from the line-number table, 0 when the class has none
 */
public record CodeRef(String className, String method, Path file, int line) {

    /**
     * A file for people, with {@code /}: an absolute one relative to {@code base} when below it, a
     * relative one (a package path: its source root is unknown) as it is.
     */
    public static String display(Path file, Path base) {
        return (file.isAbsolute() ? Finding.display(file, base) : file.toString()).replace('\\', '/');
    }

    /** {@code com.example.App.track}, or the class name when there is no method. */
    public String where() {
        return method == null ? className : className + "." + method;
    }
}
