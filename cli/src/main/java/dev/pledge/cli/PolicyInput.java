// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The way every command that works on a policy gets it: load and check the files, then map the
 * view of the chosen policy. When that fails, the reason is printed and {@link Stop} carries the
 * exit code.
 */
final class PolicyInput {

    /** Ends a command whose policy could not be read; the reason is already printed. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        Stop(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    private PolicyInput() {}

    /**
     * The policy in the files, for a command with {@code --policy-id NAME}.
     *
     * @param policyId the policy to take, or null for the one no other extends
     * @param notDone what the command did not do, for the summary after policy errors: {@code "Nothing exported"}
     */
    static Policy load(List<Path> paths, String policyId, PrintWriter err, String notDone) throws Stop {
        return load(paths, policyId, err, notDone, " with --policy-id NAME");
    }

    /**
     * @param choose what to add when the files hold several policies and none was chosen, e.g.
     *        {@code " with --policy-id NAME"}
     */
    static Policy load(List<Path> paths, String policyId, PrintWriter err, String notDone, String choose) throws Stop {
        return loaded(paths, policyId, err, notDone, choose).view();
    }

    /** A policy's view and what the check reported on its files (warnings only: errors stop). */
    record Loaded(Policy view, List<Finding> findings) {}

    /** The policy in the files and the check's warnings, for a command with {@code --policy-id NAME}. */
    static Loaded loaded(List<Path> paths, String policyId, PrintWriter err, String notDone) throws Stop {
        return loaded(paths, policyId, err, notDone, " with --policy-id NAME");
    }

    private static Loaded loaded(List<Path> paths, String policyId, PrintWriter err, String notDone, String choose)
            throws Stop {
        try {
            LoadResult result = new PolicyLoader().load(paths);
            if (result.hasErrors()) {
                throw new Stop(Console.policyErrors(result, err, notDone));
            }
            return new Loaded(PolicyViews.of(result, policyId), result.findings());
        } catch (PolicyLoadException e) {
            throw new Stop(Console.fail(err, e.getMessage()));
        } catch (GeneratorException e) {
            throw new Stop(Console.fail(
                    err, e.getMessage().endsWith("choose one by name") ? e.getMessage() + choose : e.getMessage()));
        }
    }
}
