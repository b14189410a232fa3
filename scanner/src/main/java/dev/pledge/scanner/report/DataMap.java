// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.scanner.model.CodeRef;
import java.util.List;

/**
 * Which code uses which data, for which purpose, shared with whom: the scan's report for privacy
 * reviews (written as JSON and HTML by {@link ScanReports}). Lists are sorted by id, then place.
 *
 * @param policy the policy's id
 * @param items every data item read by scanned code, and every catalogue concept read that the
 *        policy does not declare
 * @param parties every party whose SDK scanned code calls, declared in the policy or not
 * @param purposes every {@code @PersonalData} method
 */
public record DataMap(String policy, List<ItemUse> items, List<PartyUse> parties, List<PurposeUse> purposes) {

    public DataMap {
        items = List.copyOf(items);
        parties = List.copyOf(parties);
        purposes = List.copyOf(purposes);
    }

    /**
     * One data item (or undeclared concept) and the code that reads it.
     *
     * @param id the item's id; for data no item declares, the catalogue concept
     * @param title the item's title, or the concept's
     * @param declared whether a policy item declares it
     * @param reads where code reads it
     * @param purposes the purposes of the {@code @PersonalData} methods that reach a read
     * @param parties the parties it may be shared with
     */
    public record ItemUse(
            String id, String title, boolean declared, List<Read> reads, List<String> purposes, List<String> parties) {

        public ItemUse {
            reads = List.copyOf(reads);
            purposes = List.copyOf(purposes);
            parties = List.copyOf(parties);
        }
    }

    /**
     * One place that reads data, or a field that holds it.
     *
     * @param api the member read, {@code android/telephony/TelephonyManager.getImei}
     * @param purposes purposes of the annotated methods that reach this read
     * @param parties parties whose SDK is called where this read is reached
     * @param reachable false for a read in dependency code the application cannot reach: present in the
     *        dependencies, but no finding
     * @param field whether this is a field of a domain class that holds the data ({@code api} is then the
     *        field, {@code com/example/Owner.telephone}, and {@code at} its declaration), not a read of a source
     */
    public record Read(
            CodeRef at, String api, List<String> purposes, List<String> parties, boolean reachable, boolean field) {

        public Read {
            purposes = List.copyOf(purposes);
            parties = List.copyOf(parties);
        }
    }

    /**
     * A third party reached through its SDK.
     *
     * @param id the party's id; for an SDK of the catalogue that no party declares, its catalogue id
     * @param declared whether the policy declares the party
     * @param calls where code calls its SDK
     * @param items the data items that may reach it
     * @param receives the data items the policy says it receives
     */
    public record PartyUse(
            String id, String title, boolean declared, List<SdkCall> calls, List<String> items, List<String> receives) {

        public PartyUse {
            calls = List.copyOf(calls);
            items = List.copyOf(items);
            receives = List.copyOf(receives);
        }
    }

    /**
     * One call into a party's SDK.
     *
     * @param api the member called, {@code com/appsflyer/AppsFlyerLib.start}
     * @param items the data items that may reach the call
     */
    public record SdkCall(CodeRef at, String api, List<String> items) {

        public SdkCall {
            items = List.copyOf(items);
        }
    }

    /**
     * One {@code @PersonalData} method.
     *
     * @param purposes the purposes it names
     * @param declared the data items it names
     * @param used the data items it, or code it calls, reads
     */
    public record PurposeUse(CodeRef at, List<String> purposes, List<String> declared, List<String> used) {

        public PurposeUse {
            purposes = List.copyOf(purposes);
            declared = List.copyOf(declared);
            used = List.copyOf(used);
        }
    }
}
