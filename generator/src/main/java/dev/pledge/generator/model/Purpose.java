// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * Why data is processed: {@code purpose fraud-prevention "..." { basis legitimate-interest "..." uses imei }}.
 * Text and period components are null when the policy does not state them.
 *
 * @param basis the legal basis everywhere the purpose has no regional one; null only for a purpose whose
 *     regional bases cover all its {@code regions}
 * @param interest the interest pursued under {@code basis}, for {@code basis legitimate-interest "..."}
 * @param bases every basis as written, regional ones ({@code basis consent in eea}) included
 * @param uses ids of the items and categories as written after {@code uses}
 * @param items ids of the data items used (categories expanded), without repeats
 * @param unstatedData data the purpose uses that the policy does not itemise ({@code uses unstated}), or null
 * @param services ids of the services it serves
 * @param version the version the policy states, or null (then it is version 1)
 * @param withdraw how consent is withdrawn
 * @param optOut how to opt out (object) when the purpose does not rest on consent
 * @param regions ids of the regions where it applies; empty means everywhere
 * @param profilingLogic what the policy says about the profiling (GDPR Art. 13(2)(f)), or null
 * @param decisionLogic what the policy says about the automated decisions (GDPR Art. 13(2)(f)), or null
 * @param provision whether people must provide the data (GDPR Art. 13(2)(e)), or null
 * @param safeguards how the data is protected while the purpose uses it
 * @param notLinked ids of the items and categories its data is not linked to
 */
public record Purpose(
        String id,
        Text title,
        LegalBasis basis,
        Text interest,
        List<Basis> bases,
        List<String> uses,
        List<String> items,
        UnstatedData unstatedData,
        List<String> services,
        Integer version,
        List<Channel> withdraw,
        List<Channel> optOut,
        Period retention,
        List<String> regions,
        List<Text> conditions,
        List<Safeguard> safeguards,
        List<String> notLinked,
        Text description,
        boolean profiling,
        DecisionLogic profilingLogic,
        boolean automatedDecisions,
        DecisionLogic decisionLogic,
        Provision provision,
        boolean optional) {

    /** The version of a purpose that states none. */
    public static final int FIRST_VERSION = 1;

    public Purpose {
        bases = List.copyOf(bases);
        uses = List.copyOf(uses);
        items = List.copyOf(items);
        services = List.copyOf(services);
        withdraw = List.copyOf(withdraw);
        optOut = List.copyOf(optOut);
        regions = List.copyOf(regions);
        conditions = List.copyOf(conditions);
        safeguards = List.copyOf(safeguards);
        notLinked = List.copyOf(notLinked);
    }

    /** The basis as written in a region (null: everywhere else): its regional basis, else the one without regions. */
    public Basis basisRecordIn(String region) {
        return bases.stream()
                .filter(b -> region != null && b.regions().contains(region))
                .findFirst()
                .or(() -> bases.stream().filter(Basis::everywhere).findFirst())
                .orElse(null);
    }

    /** Whether some region has its own basis: notices and exports then show the bases per region. */
    public boolean regionalBases() {
        return bases.stream().anyMatch(b -> !b.everywhere());
    }

    /** The basis everywhere else, or the first basis written (never null in a checked policy). */
    public LegalBasis mainBasis() {
        return basis != null ? basis : bases.get(0).basis();
    }

    /** Whether the policy leaves (some of) the data this purpose uses unstated ({@code uses unstated}). */
    public boolean dataUnstated() {
        return unstatedData != null;
    }

    /**
     * The basis the consent guard applies everywhere the purpose has no regional basis: the strictest alternative
     * of the basis written without regions (or of the first basis).
     */
    public LegalBasis guardBasis() {
        return bases.stream()
                .filter(Basis::everywhere)
                .findFirst()
                .orElse(bases.get(0))
                .strictest();
    }

    /** The stated version, or 1. */
    public int currentVersion() {
        return version == null ? FIRST_VERSION : version;
    }
}
