// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

/** Policies could not be read at all: a missing file, an unreadable folder, no policy files. */
public class PolicyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public PolicyLoadException(String message) {
        super(message);
    }

    public PolicyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
