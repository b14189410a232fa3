// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator;

/**
 * Generation cannot go ahead: the policy cannot be turned into output (it has errors, the wrong
 * policy was named, it does not fit the target) or the output cannot be written. The message says
 * what is wrong and what to do, in one line, lower-case, for the console.
 */
public final class GeneratorException extends Exception {

    private static final long serialVersionUID = 1L;

    public GeneratorException(String message) {
        super(message);
    }

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
