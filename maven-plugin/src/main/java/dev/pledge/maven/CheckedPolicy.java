// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.Severity;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded and checked policy, shared by every goal of a build that uses it: its files, its
 * findings, the hash of its files' content when it was loaded, and its views (one per policy id
 * asked for), made once and kept, since goals in parallel threads ask for them.
 */
final class CheckedPolicy {

    private final Path location;
    private final LoadResult loaded;
    private final String hash;
    private final Map<String, Policy> views = new HashMap<>();

    /**
     * @param location the policy file or folder as configured or found
     * @param hash the content hash of the files loaded
     */
    CheckedPolicy(Path location, LoadResult loaded, String hash) {
        this.location = location;
        this.loaded = loaded;
        this.hash = hash;
    }

    Path location() {
        return location;
    }

    /** Every file loaded: those below the location and those they import. */
    List<Path> files() {
        return loaded.files();
    }

    List<Finding> findings() {
        return loaded.findings();
    }

    String hash() {
        return hash;
    }

    long count(Severity severity) {
        return loaded.count(severity);
    }

    /** {@code 0 errors, 2 warnings}. */
    String counts() {
        return Counts.plural(count(Severity.ERROR), "error") + ", " + Counts.plural(count(Severity.WARNING), "warning");
    }

    /**
     * The view to generate or check against.
     *
     * @param policyId the policy to use when the files declare several, or null
     * @param strict whether warnings fail too
     * @throws PledgeBuildException when the policy has errors (or, if strict, warnings), or the
     *     policy to use cannot be told
     */
    synchronized Policy view(String policyId, boolean strict) throws PledgeBuildException {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        if (errors > 0) {
            throw PledgeBuildException.failure(
                    "the policy has " + Counts.plural(errors, "error") + ": fix the lines above and build again");
        }
        if (strict && warnings > 0) {
            throw PledgeBuildException.failure("the policy has " + Counts.plural(warnings, "warning")
                    + " and strict is on: fix the lines above, or set <strict>false</strict>");
        }
        Policy view = views.get(policyId);
        if (view == null) {
            try {
                view = PolicyViews.of(loaded, policyId);
            } catch (GeneratorException e) {
                throw PledgeBuildException.failure(e.getMessage(), e);
            }
            views.put(policyId, view);
        }
        return view;
    }
}
