// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.generator.model.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a command that checks code against a policy ({@code scan}, {@code sdks}): the policy's
 * files, and which policy when they declare several.
 */
final class PolicyFiles {

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "POLICY",
            description = "*.pledge file or folder of the policy (repeat for several).")
    List<Path> paths;

    @Option(
            names = "--policy-id",
            paramLabel = "NAME",
            description = "The policy to use, when the files declare several (default: the one no other extends).")
    String policyId;

    /**
     * The chosen policy, checked and mapped.
     *
     * @param notDone what the command did not do, for the summary after policy errors: {@code "Nothing scanned"}
     */
    Policy load(PrintWriter err, String notDone) throws PolicyInput.Stop {
        return PolicyInput.load(paths, policyId, err, notDone);
    }
}
