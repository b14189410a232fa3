// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.scanner.catalogue.SdkFacts;
import dev.pledge.scanner.model.CodeRef;
import java.util.List;

/**
 * The third-party SDKs found in classes, jars or app packages, each with what the catalogue knows
 * of it and whether the policy declares its party: {@code pledge sdks}.
 *
 * @param catalogue the SDK catalogue's edition ({@code @version}), or ""
 * @param policy the policy's id, or "" when the SDKs were checked against no policy
 * @param sdks by id
 * @param problems what could not be read ({@code unreadable-class} messages): the list may miss SDKs
 * @param classes how many classes the input holds (0: nothing was looked at)
 */
public record SdkInventory(String catalogue, String policy, List<Found> sdks, List<String> problems, int classes) {

    public SdkInventory {
        sdks = List.copyOf(sdks);
        problems = List.copyOf(problems);
    }

    /**
     * One SDK.
     *
     * @param id the catalogue id, or the policy party's id for an SDK only the policy names
     * @param kind its party kind
     * @param facts what the catalogue knows of it beyond packages (vendor, privacy policy, categories, what it collects
     *     by default, the sources of these facts); {@link SdkFacts#NONE} for an SDK only the policy names
     * @param party the policy party that declares it, or "" when none does
     * @param prefixes its package prefixes (catalogue or policy)
     * @param classes how many of its classes the input holds (0 when only calls to it were found)
     * @param locations where its classes are: jars, DEX files, class folders
     * @param calls where scanned code calls it (the app's code, and other SDKs')
     */
    public record Found(
            String id,
            String title,
            String kind,
            SdkFacts facts,
            String party,
            List<String> prefixes,
            int classes,
            List<String> locations,
            List<CodeRef> calls) {

        public Found {
            prefixes = List.copyOf(prefixes);
            locations = List.copyOf(locations);
            calls = List.copyOf(calls);
        }

        public boolean declared() {
            return !party.isEmpty();
        }
    }

    /** Whether the SDKs were checked against a policy. */
    public boolean checked() {
        return !policy.isEmpty();
    }

    public long declaredCount() {
        return sdks.stream().filter(Found::declared).count();
    }
}
