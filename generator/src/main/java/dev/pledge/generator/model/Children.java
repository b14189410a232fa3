// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * Rules for children: {@code children eu-minors { regions eea under 16 need parental-consent }}.
 *
 * @param title null when the policy gives none
 * @param regions ids of the regions it applies to; empty means everywhere
 * @param allRegions whether the policy says it holds in all regions ({@code all-regions})
 * @param services ids of the services it is limited to; empty means all
 * @param age the age of {@code under N need ...}, or null when the rule states none
 * @param requirement what children under {@code age} need, or null when the rule states no age
 * @param deletion how parents have a child's data deleted
 */
public record Children(
        String id,
        Text title,
        List<String> regions,
        boolean allRegions,
        List<String> services,
        Integer age,
        ChildRequirement requirement,
        boolean notDirected,
        boolean noMarketing,
        List<Channel> deletion,
        List<Text> statements) {

    public Children {
        regions = List.copyOf(regions);
        services = List.copyOf(services);
        deletion = List.copyOf(deletion);
        statements = List.copyOf(statements);
        if ((age == null) != (requirement == null)) {
            throw new IllegalArgumentException("children rule " + id + ": an age needs a requirement and back");
        }
    }

    /** Whether the rule applies in a region: it names it, or names no region at all. */
    public boolean appliesIn(String region) {
        return regions.isEmpty() || regions.contains(region);
    }
}
