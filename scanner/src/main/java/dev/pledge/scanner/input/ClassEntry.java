// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.io.IOException;

/**
 * One class file to scan, not yet read.
 *
 * @param className internal name its path gives ({@code com/example/App}); the scan trusts it to
 *        know, before reading any class, which calls stay inside the scanned code
 * @param origin where it is, for messages: {@code lib/app.jar!/com/example/App.class}
 * @param content reads the bytes (thread-safe)
 */
public record ClassEntry(String className, String origin, Content content) {

    /** Reads a class file's bytes. */
    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }
}
