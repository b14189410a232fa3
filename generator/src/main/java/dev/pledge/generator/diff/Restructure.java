// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import java.util.List;

/**
 * Declarations the old version has and the new one says differently rather than drops: renamed
 * ({@code general-public} is now {@code public-winners}), split, merged, or a control that became a
 * way to opt out of a tracking technology. Their {@code *-removed} (and, for the same kind,
 * {@code *-added}) changes stay in the diff; notices show the pair as one restructuring instead of
 * a removal.
 *
 * @param kind what the old declarations are: {@code item}, {@code purpose}, {@code party} or {@code right}
 * @param before ids of the old version's declarations (each removed in the new version)
 * @param afterKind what the new declarations are: the same kind, or {@code tracking}, {@code purpose}
 *     or {@code direct-marketing} for a control that is now a way to opt out
 * @param after ids of the new version's declarations that say the same
 */
public record Restructure(String kind, List<String> before, String afterKind, List<String> after) {

    public Restructure {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** One line of English for the text output. */
    public String describe() {
        return kind + " " + String.join(", ", before) + " is now " + afterKind + " " + String.join(", ", after);
    }
}
