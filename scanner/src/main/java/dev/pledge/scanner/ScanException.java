// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

/** The scan cannot start: a catalogue file is missing or malformed. The message says what to fix. */
public final class ScanException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
