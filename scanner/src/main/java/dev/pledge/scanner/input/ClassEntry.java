// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.io.IOException;
import org.objectweb.asm.ClassVisitor;

/**
 * One class file to scan, not yet read.
 *
 * @param className internal name its path gives ({@code com/example/App}); the scan trusts it to
 *        know, before reading any class, which calls stay inside the scanned code
 * @param origin where it is, for messages: {@code lib/app.jar!/com/example/App.class}
 * @param content reads the bytes (thread-safe)
 * @param dependency whether the class is a dependency's rather than the application's own: read from
 *        a dependency root, a jar nested in an archive, or a jar found in a folder
 */
public record ClassEntry(String className, String origin, Content content, boolean dependency) {

    ClassEntry(String className, String origin, Content content) {
        this(className, origin, content, false);
    }

    ClassEntry asDependency(boolean isDependency) {
        return isDependency == dependency ? this : new ClassEntry(className, origin, content, isDependency);
    }

    /** Reads a class file's bytes. */
    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }

    /**
     * A class that is not a class file (a DEX class): {@link #replay} gives the parser the visits its class
     * file would give, without writing one; {@link #read} writes it.
     */
    interface Replay extends Content {
        void replay(ClassVisitor visitor);
    }
}
