// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.PartyRole;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Provision;
import dev.pledge.generator.model.ProvisionRequirement;
import dev.pledge.generator.model.Purpose;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the policy uses one data item, in the terms of the store forms (Play data safety, Apple
 * privacy manifest).
 *
 * @param purposes the purposes that use it (it is collected when there is one)
 * @param sharedFor the purposes for which a third party receives it. Parties that act on the
 *        controller's behalf or receive data to comply with the law are not "sharing" in the stores'
 *        sense: role {@code processor}/{@code sub-processor}, or only kinds among
 *        {@link #ON_BEHALF}
 * @param optional people can choose whether it is collected: for every purpose that uses it, the
 *        item's or the purpose's {@code provision} is {@code voluntary}, or, when neither says, the
 *        purpose rests on consent or is {@code optional}
 * @param tracking a party of kind {@code advertising} or {@code attribution} receives it, or a
 *        purpose of use class {@code third-party-advertising} uses it
 * @param personal neither the item nor its category is {@code non-personal}
 */
record DataUse(
        DataItem item,
        List<String> purposes,
        List<String> sharedFor,
        boolean optional,
        boolean tracking,
        boolean personal) {

    /** Kinds of recipient that process for the controller or the law, not for themselves. */
    static final Set<PartyKind> ON_BEHALF = EnumSet.of(
            PartyKind.SERVICE_PROVIDER,
            PartyKind.HOSTING,
            PartyKind.CLEANING,
            PartyKind.CUSTOMER_SERVICE,
            PartyKind.LOGISTICS,
            PartyKind.PAYMENT,
            PartyKind.ADVISER,
            PartyKind.AUTHORITY);

    /**
     * What a store form cannot show: purposes and disclosures whose data the policy does not itemise
     * ({@code uses unstated}, {@code receives unstated}) contribute no data type; the form is answered from the items
     * the policy names, never from a guess.
     */
    static List<String> unstatedWarnings(Policy policy, String form) {
        List<String> warnings = new ArrayList<>();
        policy.purposes().stream()
                .filter(Purpose::dataUnstated)
                .forEach(p -> warnings.add(form + ": the policy does not say which data purpose `" + p.id()
                        + "` uses (`uses unstated`): none is declared for it; add what the app collects for it"));
        for (Party party : policy.parties()) {
            if (party.disclosures().stream().anyMatch(d -> d.unstatedData() != null)) {
                warnings.add(form + ": the policy does not say which data `" + party.id()
                        + "` receives (`receives unstated`): none is declared as shared with it; add what the app"
                        + " shares");
            }
        }
        return warnings;
    }

    static List<DataUse> of(Policy policy, Mappings mappings) {
        Map<String, List<Purpose>> purposesOf = new HashMap<>();
        for (Purpose purpose : policy.purposes()) {
            purpose.items()
                    .forEach(item -> purposesOf
                            .computeIfAbsent(item, i -> new ArrayList<>())
                            .add(purpose));
        }
        Map<String, List<Map.Entry<Party, Disclosure>>> disclosuresOf = new HashMap<>();
        for (Party party : policy.parties()) {
            for (Disclosure disclosure : party.disclosures()) {
                disclosure
                        .items()
                        .forEach(item -> disclosuresOf
                                .computeIfAbsent(item, i -> new ArrayList<>())
                                .add(Map.entry(party, disclosure)));
            }
        }
        List<DataUse> uses = new ArrayList<>();
        for (DataCategory category : policy.categories()) {
            for (DataItem item : category.items()) {
                uses.add(of(
                        category,
                        item,
                        purposesOf.getOrDefault(item.id(), List.of()),
                        disclosuresOf.getOrDefault(item.id(), List.of()),
                        mappings));
            }
        }
        return uses;
    }

    private static DataUse of(
            DataCategory category,
            DataItem item,
            List<Purpose> using,
            List<Map.Entry<Party, Disclosure>> disclosures,
            Mappings mappings) {
        List<String> purposes = new ArrayList<>();
        boolean optional = true;
        boolean tracking = false;
        for (Purpose purpose : using) {
            purposes.add(purpose.id());
            // what the policy says about providing the data decides (the item's `provision` first, then
            // the purpose's); else consent in every region makes it optional; an unstated basis says
            // nothing either way
            Provision provision = item.provision() != null ? item.provision() : purpose.provision();
            optional &= provision != null
                    ? provision.requirement() == ProvisionRequirement.VOLUNTARY
                    : purpose.optional()
                            || purpose.bases().stream()
                                    .allMatch(b -> b.kinds().stream().allMatch(LegalBasis::isConsent));
            tracking |= mappings.useClasses(purpose.id()).orElse(List.of()).contains("third-party-advertising");
        }
        Set<String> sharedFor = new LinkedHashSet<>();
        for (Map.Entry<Party, Disclosure> received : disclosures) {
            Party party = received.getKey();
            tracking |= party.kinds().contains(PartyKind.ADVERTISING)
                    || party.kinds().contains(PartyKind.ATTRIBUTION);
            if (isSharing(party)) {
                sharedFor.addAll(received.getValue().purposes());
            }
        }
        return new DataUse(
                item,
                purposes,
                List.copyOf(sharedFor),
                optional && !purposes.isEmpty(),
                tracking,
                !item.nonPersonal() && !category.nonPersonal());
    }

    static boolean isSharing(Party party) {
        if (party.role() == PartyRole.PROCESSOR || party.role() == PartyRole.SUB_PROCESSOR) {
            return false;
        }
        return party.kinds().isEmpty() || !ON_BEHALF.containsAll(party.kinds());
    }

    boolean collected() {
        return !purposes.isEmpty();
    }
}
