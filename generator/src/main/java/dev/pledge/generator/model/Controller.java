// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A company responsible for the data: {@code controller xiaomi-singapore "Xiaomi Singapore Pte. Ltd." { ... }}.
 *
 * @param role null when the policy states none
 * @param address null when the policy states none
 * @param regions ids of the regions it is responsible for
 * @param description null when the policy gives none
 */
public record Controller(
        String id,
        Text title,
        PartyRole role,
        Text address,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        List<String> regions,
        Text description) {

    public Controller {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        urls = List.copyOf(urls);
        regions = List.copyOf(regions);
    }
}
