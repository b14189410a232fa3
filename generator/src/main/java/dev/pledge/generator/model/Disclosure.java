// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * What a party receives, why, on what occasion and how protected:
 * {@code receives imei, ip-address for fraud-prevention when legal-obligation safeguards encrypted}.
 *
 * @param data ids of the items and categories as written
 * @param items ids of the data items that stands for (categories expanded), without repeats
 * @param purposes ids of the purposes; empty when the policy ties the disclosure to none
 * @param triggers the occasions it happens on; empty when the policy states none
 * @param safeguards how the data is protected on the way
 * @param unstatedData data the party receives that the policy does not itemise ({@code receives unstated}), or null
 */
public record Disclosure(
        List<String> data,
        List<String> items,
        List<String> purposes,
        List<Trigger> triggers,
        List<Safeguard> safeguards,
        UnstatedData unstatedData) {

    public Disclosure {
        data = List.copyOf(data);
        items = List.copyOf(items);
        purposes = List.copyOf(purposes);
        triggers = List.copyOf(triggers);
        safeguards = List.copyOf(safeguards);
    }

    /** A disclosure of items for purposes, on no stated occasion and with no stated safeguard. */
    public Disclosure(List<String> data, List<String> items, List<String> purposes) {
        this(data, items, purposes, List.of(), List.of(), null);
    }

    /** A disclosure of items the policy names. */
    public Disclosure(
            List<String> data,
            List<String> items,
            List<String> purposes,
            List<Trigger> triggers,
            List<Safeguard> safeguards) {
        this(data, items, purposes, triggers, safeguards, null);
    }
}
