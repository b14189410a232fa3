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
 * @param archive the archive the class was read from, as scanned ({@code lib/app.jar}, or
 *        {@code app.war!/WEB-INF/lib/x.jar} for a nested one), or null for a class folder or file;
 *        then {@code file} is the source path inside it
 * @param caller for code inlined from another function (Kotlin's {@code inline} functions), the place of
 *        the call it was inlined at, in the class's own source file; else null. {@code file} and
 *        {@code line} are then where the inlined code was written ({@code Headers.kt:7})
 */
public record CodeRef(String className, String method, Path file, int line, String archive, CodeRef caller) {

    /** A place in a class that was not read from an archive. */
    public CodeRef(String className, String method, Path file, int line) {
        this(className, method, file, line, null, null);
    }

    /** A place in a class, read from {@code archive} (or not, when null). */
    public CodeRef(String className, String method, Path file, int line, String archive) {
        this(className, method, file, line, archive, null);
    }

    /**
     * A file for people, with {@code /}: an absolute one relative to {@code base} when below it, a
     * relative one (a package path: its source root is unknown) as it is.
     */
    public static String display(Path file, Path base) {
        return (file.isAbsolute() ? Finding.display(file, base) : file.toString()).replace('\\', '/');
    }

    /**
     * The file for people: {@link #display(Path, Path)}, and for a class from an archive the
     * archive's file name first, {@code spring-webmvc-7.0.1.jar!/org/springframework/web/X.java}
     * ({@code app.war!/WEB-INF/lib/x.jar!/com/x/Y.java} when nested).
     */
    public String place(Path base) {
        String path = display(file, base);
        if (archive == null) {
            return path;
        }
        int bang = archive.indexOf("!/");
        String outer = bang < 0 ? archive : archive.substring(0, bang);
        Path name = Path.of(outer).getFileName();
        String shown = (name == null ? outer : name.toString()) + (bang < 0 ? "" : archive.substring(bang));
        return shown.replace('\\', '/') + "!/" + path;
    }

    /** The file as scanned, in its archive if any, with {@code /}: an order that does not depend on the working folder. */
    public String path() {
        String path = file.toString().replace('\\', '/');
        return archive == null ? path : archive.replace('\\', '/') + "!/" + path;
    }

    /** {@code com.example.App.track}, or the class name when there is no method. */
    public String where() {
        return method == null ? className : className + "." + method;
    }

    /**
     * {@link #where()}, and for inlined code the call it was inlined at:
     * {@code com.example.SignupService.signup, inlined at com/example/SignupService.kt:16}.
     */
    public String where(Path base) {
        if (caller == null) {
            return where();
        }
        return where() + ", inlined at " + caller.place(base) + (caller.line > 0 ? ":" + caller.line : "");
    }
}
