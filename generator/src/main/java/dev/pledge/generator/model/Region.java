// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A jurisdiction: {@code region eea "European Economic Area" { countries "AT", ... }}.
 * Text components are null when the policy does not state them.
 *
 * @param countries ISO country codes as written
 * @param controller id of the controller responsible there, or null
 * @param processors ids of the controllers processing on its behalf
 */
public record Region(
        String id,
        Text title,
        List<String> countries,
        List<Text> laws,
        String controller,
        List<String> processors,
        Text localisation,
        Text transferRules,
        Text authority,
        String authorityUrl,
        Text description) {

    public Region {
        countries = List.copyOf(countries);
        laws = List.copyOf(laws);
        processors = List.copyOf(processors);
    }
}
