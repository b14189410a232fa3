// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** Turns a {@link PledgeBuildException} into the Maven exception of its kind. */
final class Mojos {

    private Mojos() {}

    /** Always throws: {@link MojoFailureException} for the project's input, {@link MojoExecutionException} otherwise. */
    static void fail(PledgeBuildException e) throws MojoExecutionException, MojoFailureException {
        String message = "pledge: " + e.getMessage();
        if (e.isFailure()) {
            throw new MojoFailureException(message, e);
        }
        throw new MojoExecutionException(message, e);
    }
}
