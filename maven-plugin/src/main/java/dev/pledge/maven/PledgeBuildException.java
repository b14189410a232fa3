// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

/**
 * A Pledge goal cannot succeed. {@link #isFailure()} tells a problem in the project's own input
 * (a policy with errors, a violation, a missing policy: Maven's {@code MojoFailureException}) from
 * one of the build environment (an output that cannot be written: {@code MojoExecutionException}).
 * The message is one line saying what is wrong and what to do.
 */
final class PledgeBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean failure;

    private PledgeBuildException(String message, Throwable cause, boolean failure) {
        super(message, cause);
        this.failure = failure;
    }

    /** The project's input is wrong: the user fixes the policy or the code. */
    static PledgeBuildException failure(String message) {
        return new PledgeBuildException(message, null, true);
    }

    /** The project's input is wrong, found through an exception of the core. */
    static PledgeBuildException failure(String message, Throwable cause) {
        return new PledgeBuildException(message, cause, true);
    }

    /** The build environment is wrong: a file cannot be written, the tool itself broke. */
    static PledgeBuildException error(String message, Throwable cause) {
        return new PledgeBuildException(message, cause, false);
    }

    boolean isFailure() {
        return failure;
    }
}
