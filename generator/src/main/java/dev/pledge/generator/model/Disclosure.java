// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * What a party receives and why: {@code receives imei, ip-address for fraud-prevention}.
 *
 * @param data ids of the items and categories as written
 * @param items ids of the data items that stands for (categories expanded), without repeats
 * @param purposes ids of the purposes
 */
public record Disclosure(List<String> data, List<String> items, List<String> purposes) {

    public Disclosure {
        data = List.copyOf(data);
        items = List.copyOf(items);
        purposes = List.copyOf(purposes);
    }
}
