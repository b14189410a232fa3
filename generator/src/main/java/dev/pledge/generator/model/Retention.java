// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A retention rule: {@code retention logs { for analytics keep 90 days }}. Text and period
 * components are null when the policy does not state them.
 *
 * @param targets ids of the purposes, categories and items it covers; empty for the policy's default rule
 * @param period how long ({@code keep ...})
 */
public record Retention(
        String id,
        Text title,
        List<String> targets,
        Period period,
        List<Text> criteria,
        List<Text> exceptions,
        Text deletion,
        Text backups,
        Text description) {

    public Retention {
        targets = List.copyOf(targets);
        criteria = List.copyOf(criteria);
        exceptions = List.copyOf(exceptions);
    }

    /** True for a rule without {@code for}: the policy's default for all data. */
    public boolean isDefault() {
        return targets.isEmpty();
    }
}
