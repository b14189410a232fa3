// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * A consent record or store operation failed: invalid input (unknown purpose, version newer than the
 * policy's, missing subject, ...), a corrupt stored record (the message names its record id), a closed store or
 * connection, or a database error (the cause is the {@link java.sql.SQLException}).
 */
public class LedgerException extends RuntimeException {
    /** Serialisation version. */
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, where possible, how to fix it */
    public LedgerException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying error
     */
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
