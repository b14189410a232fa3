// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.diff.PurposeImpact.Impact;
import dev.pledge.generator.model.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one version of a policy to the next: typed changes, and for each changed
 * purpose whether it needs fresh consent or only a notice. Declarations are paired by name.
 *
 * @param before the old policy's name and version
 * @param after the new policy's name and version
 * @param restructures removed declarations the new version says differently (renamed, split,
 *     merged, a control now a way to opt out): see {@link Restructures}
 */
public record PolicyDiff(
        Version before,
        Version after,
        List<Change> changes,
        List<PurposeImpact> purposes,
        List<Restructure> restructures) {

    /** A policy's name and version label. */
    public record Version(String policy, String version) {
        static Version of(Policy policy) {
            return new Version(policy.id(), policy.info().version());
        }
    }

    public PolicyDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
        purposes = List.copyOf(purposes);
        restructures = List.copyOf(restructures);
    }

    /** Compares two checked policies. */
    public static PolicyDiff compare(Policy before, Policy after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new PolicyDiff(
                Version.of(before),
                Version.of(after),
                ChangeFinder.changes(before, after),
                ConsentImpacts.of(before, after),
                Restructures.find(before, after));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changed purposes that need fresh consent, in the new policy's order. */
    public List<PurposeImpact> freshConsent() {
        return purposes.stream().filter(p -> p.impact() == Impact.FRESH_CONSENT).toList();
    }

    /** The changed purposes that need only a notice. */
    public List<PurposeImpact> noticeOnly() {
        return purposes.stream().filter(p -> p.impact() == Impact.NOTICE).toList();
    }

    /** The changes of one kind, e.g. {@code party-added}. */
    public List<Change> changes(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** How many changes of each kind, kinds in order of first appearance. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }
}
