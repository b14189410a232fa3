// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A retention rule: {@code retention logs { for analytics keep 90 days }}. Text and period
 * components are null when the policy does not state them.
 *
 * @param targets ids of the purposes, categories and items it covers; empty for the policy's default rule
 * @param period how long ({@code keep ...})
 * @param services ids of the services it is limited to; empty means all
 * @param regions ids of the regions it is limited to; empty means everywhere
 * @param allRegions whether the policy says it holds in all regions ({@code all-regions})
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
        List<String> services,
        List<String> regions,
        boolean allRegions,
        Text description) {

    public Retention {
        targets = List.copyOf(targets);
        criteria = List.copyOf(criteria);
        exceptions = List.copyOf(exceptions);
        services = List.copyOf(services);
        regions = List.copyOf(regions);
    }

    /** True for a rule without {@code for}: the policy's default for all data. */
    public boolean isDefault() {
        return targets.isEmpty();
    }
}
