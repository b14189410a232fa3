// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import java.util.List;

/**
 * What the Java templates print, worked out in Java: constant names, Java expressions for
 * every text (already escaped), Javadoc lines (already sanitised). The templates only lay it out.
 *
 * @param packageName the package of the generated code
 * @param consentClass simple name of the consent guard class, e.g. {@code XiaomiConsent}
 * @param ledgerClass simple name of the ledger class, e.g. {@code XiaomiLedger}
 * @param policyId Java expression: the policy id
 * @param policyVersion Java expression: the policy version
 * @param languages Java expressions: the languages of the constants' texts, in the order of their constructor
 *        arguments; the first is the language of texts written without a language mark
 * @param source one line for the generated-file header comment, sanitised
 * @param policyDoc Javadoc lines describing the policy
 * @param partyKinds every kind of party the language knows
 * @param notForChildren constant names in {@code Purpose} the guard denies to children: the profiling purposes of
 *        a policy that commits to {@code no-profiling-of-children}
 */
public record JavaModel(
        String packageName,
        String consentClass,
        String ledgerClass,
        String policyId,
        String policyVersion,
        List<String> languages,
        String source,
        List<String> policyDoc,
        List<Constant> categories,
        List<ItemConstant> items,
        List<PurposeConstant> purposes,
        List<PartyConstant> parties,
        List<RightConstant> rights,
        List<RegionConstant> regions,
        List<Keyword> partyKinds,
        List<String> notForChildren) {

    /**
     * What every generated constant has.
     *
     * @param name the Java constant name
     * @param id Java expression: the policy id
     * @param titles Java expressions, comma-separated: the title in each of {@code languages} ({@code null} for none)
     * @param descriptions Java expressions, comma-separated: the description in each of {@code languages}
     * @param doc Javadoc lines
     */
    public record Constant(String name, String id, String titles, String descriptions, List<String> doc) {}

    /**
     * @param category constant name in {@code DataCategory}
     * @param sources Java expressions
     */
    public record ItemConstant(
            Constant constant, String category, boolean sensitive, boolean nonPersonal, List<String> sources) {}

    /**
     * @param basis constant name in {@code dev.pledge.runtime.LegalBasis}: the basis wherever no regional one applies
     * @param items constant names in {@code DataItem}
     * @param regions constant names in {@code Region}; empty means everywhere
     * @param basisRegions constant names in {@code Region} that have a basis of their own
     * @param regionalBases constant names in {@code LegalBasis}: the basis of each of {@code basisRegions}
     * @param ageRegions constant names in {@code Region} where a children's rule limited to the purpose's
     *     services sets other ages than the region's
     * @param childAges the child age in each of {@code ageRegions}
     * @param minimumAges the minimum age in each of {@code ageRegions}
     */
    public record PurposeConstant(
            Constant constant,
            String basis,
            int version,
            List<String> items,
            List<String> regions,
            boolean optional,
            List<String> basisRegions,
            List<String> regionalBases,
            List<String> ageRegions,
            List<Integer> childAges,
            List<Integer> minimumAges) {}

    /**
     * @param kinds constant names in {@code ThirdParty.Kind}
     * @param urls Java expressions
     * @param sdks Java expressions: package prefixes of the party's SDKs
     * @param locations constant names in {@code Region}
     */
    public record PartyConstant(
            Constant constant,
            boolean named,
            List<String> kinds,
            List<String> urls,
            List<String> sdks,
            List<String> locations,
            List<DisclosureValue> disclosures) {}

    /**
     * @param items constant names in {@code DataItem}
     * @param purposes constant names in {@code Purpose}
     */
    public record DisclosureValue(List<String> items, List<String> purposes) {}

    /**
     * @param kind Java expression: the right's kind keyword
     * @param regions constant names in {@code Region}
     * @param purposes constant names in {@code Purpose}
     */
    public record RightConstant(Constant constant, String kind, List<String> regions, List<String> purposes) {}

    /**
     * @param childAge below this age parental consent is needed, 0 for no such rule
     * @param minimumAge below this age children may not use the service at all, 0 for no such rule
     * @param countries Java expressions
     */
    public record RegionConstant(Constant constant, int childAge, int minimumAge, List<String> countries) {}

    /**
     * @param name constant name
     * @param id Java expression: the keyword
     */
    public record Keyword(String name, String id) {}
}
