// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * Whom to contact, e.g. the data protection officer: {@code contact dpo "..." { role dpo email "..." }}.
 * Text components are null when the policy does not state them.
 *
 * @param role null when the policy states none
 * @param controller id of the controller it acts for, or null
 * @param regions ids of the regions it serves
 */
public record Contact(
        String id,
        Text title,
        ContactRole role,
        String controller,
        Text person,
        Text address,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        Text hours,
        List<String> regions,
        Text description) {

    public Contact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        urls = List.copyOf(urls);
        regions = List.copyOf(regions);
    }
}
