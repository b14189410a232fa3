// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A category of data with its items: {@code category device "Device information" { data imei "IMEI" ... }}.
 *
 * @param description null when the policy gives none
 * @param origin null when the policy states none
 * @param told when people are told about its items when they come from others (GDPR Art. 14(3))
 * @param items its data items, in the order written
 */
public record DataCategory(
        String id,
        Text title,
        Text description,
        DataOrigin origin,
        boolean nonPersonal,
        List<Telling> told,
        List<DataItem> items) {

    public DataCategory {
        told = List.copyOf(told);
        items = List.copyOf(items);
    }
}
