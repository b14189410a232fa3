// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * One kind of data: {@code data imei "IMEI" { sensitive source "android/telephony/TelephonyManager.getImei" }}.
 *
 * @param category id of the category it is declared in
 * @param sensitiveUnder the laws that make it sensitive ({@code sensitive under ...}); may be empty when sensitive
 * @param origin null when the item states none (its category may)
 * @param from ids of the parties it is obtained from
 * @param sources the code that reads it, as written (for the scanner)
 * @param provision whether people must provide it (GDPR Art. 13(2)(e)), or null
 * @param told when people are told about it when it comes from others (GDPR Art. 14(3))
 * @param description null when the policy gives none
 */
public record DataItem(
        String id,
        Text title,
        String category,
        boolean sensitive,
        List<SensitiveLaw> sensitiveUnder,
        boolean nonPersonal,
        DataOrigin origin,
        List<String> from,
        List<String> sources,
        Provision provision,
        List<Telling> told,
        Text description) {

    public DataItem {
        sensitiveUnder = List.copyOf(sensitiveUnder);
        from = List.copyOf(from);
        sources = List.copyOf(sources);
        told = List.copyOf(told);
    }
}
