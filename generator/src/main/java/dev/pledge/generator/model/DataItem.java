// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * One kind of data: {@code data imei "IMEI" { sensitive source "android/telephony/TelephonyManager.getImei" }}.
 *
 * @param category id of the category it is declared in
 * @param origin null when the item states none (its category may)
 * @param from ids of the parties it is obtained from
 * @param sources the code that reads it, as written (for the scanner)
 * @param description null when the policy gives none
 */
public record DataItem(
        String id,
        Text title,
        String category,
        boolean sensitive,
        boolean nonPersonal,
        DataOrigin origin,
        List<String> from,
        List<String> sources,
        Text description) {

    public DataItem {
        from = List.copyOf(from);
        sources = List.copyOf(sources);
    }
}
