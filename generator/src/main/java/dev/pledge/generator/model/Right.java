// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A right of the person: {@code right erasure { via settings "..." within 15 days }}. Text and
 * duration components are null when the policy does not state them.
 *
 * @param id the name it is referenced by: its own name, or its kind when it has none
 * @param name the name as written after the kind, or null
 * @param title null when the policy gives none
 * @param channels how to exercise it
 * @param deadline when the controller answers by ({@code within 15 days}), or null
 * @param deadlineText the deadline when stated in words ({@code within "one month"}), or null
 * @param regions ids of the regions where it applies; empty means everywhere
 * @param allRegions whether the policy says it holds in all regions ({@code all-regions})
 * @param services ids of the services it is limited to; empty means all
 * @param purposes ids of the purposes it concerns; empty means all
 * @param procedure id of the request procedure it follows (the one it names, else, for a request right,
 *     the policy's one procedure without regions), or null
 */
public record Right(
        String id,
        String name,
        RightKind kind,
        Text title,
        List<Channel> channels,
        Duration deadline,
        Text deadlineText,
        Text fee,
        List<Text> exceptions,
        List<Text> conditions,
        List<String> regions,
        boolean allRegions,
        List<String> services,
        List<String> purposes,
        String procedure,
        Text description) {

    public Right {
        Objects.requireNonNull(kind, "kind");
        channels = List.copyOf(channels);
        exceptions = List.copyOf(exceptions);
        conditions = List.copyOf(conditions);
        regions = List.copyOf(regions);
        purposes = List.copyOf(purposes);
        services = List.copyOf(services);
    }
}
