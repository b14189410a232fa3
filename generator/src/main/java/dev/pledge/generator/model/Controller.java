// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A company responsible for the data: {@code controller xiaomi-singapore "Xiaomi Singapore Pte. Ltd." { ... }}.
 *
 * @param roles its roles as written: one without regions applies everywhere no regional one does
 * @param address null when the policy states none
 * @param regions ids of the regions it is responsible for
 * @param description null when the policy gives none
 */
public record Controller(
        String id,
        Text title,
        List<Role> roles,
        Text address,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        List<String> regions,
        Text description) {

    public Controller {
        roles = List.copyOf(roles);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        urls = List.copyOf(urls);
        regions = List.copyOf(regions);
    }

    /** The role everywhere no regional role applies, or null when the policy states none. */
    public PartyRole role() {
        return roles.stream()
                .filter(r -> r.regions().isEmpty())
                .map(Role::role)
                .findFirst()
                .orElse(null);
    }

    /** The role in a region: its regional role, else {@link #role()}. */
    public PartyRole roleIn(String region) {
        return roles.stream()
                .filter(r -> r.regions().contains(region))
                .map(Role::role)
                .findFirst()
                .orElse(role());
    }
}
