// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.generator.model.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a command that checks code against a policy ({@code scan}, {@code sdks}): the policy's
 * files, and which policy when they declare several. {@code scan} needs the policy ({@link Required});
 * {@code sdks} lists the SDKs checked against none without it ({@link Optional}).
 */
abstract class PolicyFiles {

    private static final String FILES = "*.pledge file or folder of the policy (repeat for several).";

    @Option(
            names = "--policy-id",
            paramLabel = "NAME",
            description = "The policy to use, when the files declare several (default: the one no other extends).")
    String policyId;

    /** The {@code --policy} files given, or null. */
    abstract List<Path> paths();

    /** Whether {@code --policy} was given. */
    boolean given() {
        return paths() != null && !paths().isEmpty();
    }

    /**
     * The chosen policy, checked and mapped.
     *
     * @param notDone what the command did not do, for the summary after policy errors: {@code "Nothing scanned"}
     */
    Policy load(PrintWriter err, String notDone) throws PolicyInput.Stop {
        return PolicyInput.load(paths(), policyId, err, notDone);
    }

    /** {@code --policy} must be given. */
    static final class Required extends PolicyFiles {
        @Option(names = "--policy", required = true, paramLabel = "POLICY", description = FILES)
        List<Path> paths;

        @Override
        List<Path> paths() {
            return paths;
        }
    }

    /** {@code --policy} may be left out. */
    static final class Optional extends PolicyFiles {
        @Option(
                names = "--policy",
                paramLabel = "POLICY",
                description = FILES + " Without it, the SDKs are checked against no policy.")
        List<Path> paths;

        @Override
        List<Path> paths() {
            return paths;
        }
    }
}
