// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.dsl.load.Severity;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Loads and checks the project's policy for both goals, printing each finding as one
 * {@code path:line:col: severity: message [rule-id]} line; fails closed when the policy is missing,
 * cannot be read or has errors.
 */
final class PolicyStep {

    private PolicyStep() {}

    /**
     * Loads the policy and prints its findings (paths relative to {@code baseDir}).
     *
     * @throws PledgeBuildException if the policy does not exist or cannot be read
     */
    static LoadResult load(Path baseDir, Path policy, Log log) throws PledgeBuildException {
        if (!Files.exists(policy)) {
            throw PledgeBuildException.failure(
                    "policy " + Finding.display(policy, baseDir) + " does not exist: write the "
                            + "policy there, or set <policy> (property pledge.policy) to its file or folder");
        }
        LoadResult result;
        try {
            result = new PolicyLoader().load(List.of(policy));
        } catch (PolicyLoadException e) {
            throw PledgeBuildException.failure("cannot read the policy: " + relative(e.getMessage(), baseDir), e);
        }
        for (Finding finding : result.findings()) {
            String line = finding.format(baseDir);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        return result;
    }

    /**
     * Prints the summary line, then returns the view of the checked policy; fails when the policy
     * has errors (or, if {@code strict}, warnings) or the policy to use cannot be told.
     */
    static Policy view(LoadResult result, String policyId, boolean strict, Log log) throws PledgeBuildException {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        log.info("Checked " + Counts.plural(result.files().size(), "policy file") + ": "
                + Counts.plural(errors, "error") + ", " + Counts.plural(warnings, "warning") + ".");
        if (errors > 0) {
            throw PledgeBuildException.failure(
                    "the policy has " + Counts.plural(errors, "error") + ": fix the lines above and build again");
        }
        if (strict && warnings > 0) {
            throw PledgeBuildException.failure("the policy has " + Counts.plural(warnings, "warning")
                    + " and strict is on: fix the lines above, or set <strict>false</strict>");
        }
        try {
            return PolicyViews.of(result, policyId);
        } catch (GeneratorException e) {
            throw PledgeBuildException.failure(e.getMessage(), e);
        }
    }

    /** Core messages name absolute paths; below the project they read better relative to it. */
    private static String relative(String message, Path baseDir) {
        String prefix = baseDir.toAbsolutePath().normalize().toString() + java.io.File.separator;
        return message == null ? "" : message.replace(prefix, "");
    }
}
