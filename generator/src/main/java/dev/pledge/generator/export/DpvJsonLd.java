// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static dev.pledge.generator.export.JsonTree.object;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.DecisionLogic;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Safeguard;
import dev.pledge.generator.model.SensitiveLaw;
import dev.pledge.generator.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy in the W3C Data Privacy Vocabulary (DPV 2.x), as JSON-LD with an inline context (no
 * remote context to fetch). The policy is a {@code dpv:Process} ({@code pledge:policy}) with
 * {@code dpv:hasDataController} (its controllers), {@code dpv:hasRight} (the rights that concern
 * every purpose) and {@code dpv:hasProcess}: one {@code dpv:Process} per purpose, with
 * {@code dpv:hasPurpose}, {@code dpv:hasPersonalData} (its items), {@code dpv:hasLegalBasis} (GDPR
 * Art. 6(1) concepts of the {@code eu-gdpr:} extension), {@code dpv:hasRecipient} (parties that
 * receive data for it), {@code dpv:hasRight} (rights that name it) and
 * {@code dpv:hasProcessing dpv:Profiling} when it profiles. Controllers and policy-wide rights sit
 * on the policy, not on every purpose, so the document grows linearly with the policy. Items,
 * categories, purposes, parties, controllers and rights are nodes of their own, named
 * {@code urn:pledge:<policy>:<kind>/<name>}, typed with the DPV concepts of the mapping tables
 * ({@code dpv.tsv}, {@code data-types.tsv}) and labelled with the policy's texts in every language
 * ({@code skos:prefLabel}).
 */
public final class DpvJsonLd {

    private DpvJsonLd() {}

    public static ExportFile export(Policy policy, Mappings mappings) {
        return new ExportFile(
                ExportFormat.DPV,
                ExportFormat.DPV.fileName(),
                Json.write(tree(policy, mappings)),
                warnings(policy, mappings));
    }

    /**
     * What the export leaves out rather than guess: a basis the policy does not state; whether
     * people must provide data, when they are told about data from others, and the significance
     * and consequences of automated decisions (Pledge maps no DPV concept to them; the Pledge JSON
     * export carries them); a safeguard DPV has no technical measure for.
     */
    static List<String> warnings(Policy policy, Mappings mappings) {
        List<String> warnings = new ArrayList<>();
        boolean provision = policy.info().provision() != null
                || policy.purposes().stream().anyMatch(p -> p.provision() != null)
                || policy.items().stream().anyMatch(i -> i.provision() != null);
        if (provision) {
            warnings.add("dpv: whether people must provide data (`provision`, GDPR Art. 13(2)(e)) is not exported:"
                    + " Pledge maps no DPV concept to it; the Pledge JSON export has it");
        }
        boolean told = !policy.info().told().isEmpty()
                || policy.categories().stream().anyMatch(c -> !c.told().isEmpty())
                || policy.items().stream().anyMatch(i -> !i.told().isEmpty());
        if (told) {
            warnings.add("dpv: when people are told about data from others (`told`, GDPR Art. 14(3)) is not exported:"
                    + " Pledge maps no DPV concept to it; the Pledge JSON export has it");
        }
        boolean effects = policy.purposes().stream()
                .flatMap(p -> java.util.stream.Stream.of(p.decisionLogic(), p.profilingLogic()))
                .anyMatch(l -> l != null && (l.significance() != null || l.consequences() != null));
        if (effects) {
            warnings.add("dpv: the significance and consequences of automated decisions (GDPR Art. 13(2)(f)) are not"
                    + " exported, only their logic (dpv:hasAlgorithmicLogic); the Pledge JSON export has them all");
        }
        for (Purpose purpose : policy.purposes()) {
            for (Safeguard safeguard : purpose.safeguards()) {
                if (mappings.dpvIfAny("safeguard:" + safeguard.kind().id()).isEmpty()) {
                    warnings.add("dpv: safeguard `" + safeguard.kind().id() + "` of purpose `" + purpose.id()
                            + "` has no DPV technical measure: left out of its process");
                }
            }
        }
        for (Purpose purpose : policy.purposes()) {
            for (Basis basis : purpose.bases()) {
                String where = basis.everywhere() ? "" : " in " + String.join(", ", basis.regions());
                if (basis.basis() == LegalBasis.UNSTATED) {
                    warnings.add("dpv: purpose `" + purpose.id() + "` states no legal basis" + where
                            + " (`basis unstated`): its process has no dpv:hasLegalBasis there");
                } else if (!basis.alternatives().isEmpty()) {
                    warnings.add("dpv: purpose `" + purpose.id() + "` gives alternative bases" + where + " (`"
                            + basis.written()
                            + "`) that local law decides among: its process has no dpv:hasLegalBasis there");
                } else if (basis.basis() == LegalBasis.NO_OBJECTION) {
                    warnings.add("dpv: purpose `" + purpose.id() + "` rests on `no-objection`" + where
                            + ", which has no DPV legal basis: its process has no dpv:hasLegalBasis there");
                } else if (basis.basis() == LegalBasis.IMPLIED_CONSENT) {
                    warnings.add("dpv: purpose `" + purpose.id() + "` rests on implied consent" + where
                            + ": exported as dpv:ImpliedConsent, which is not GDPR consent (eu-gdpr:A6-1-a)");
                }
            }
            if (purpose.dataUnstated()) {
                warnings.add("dpv: the policy does not say which data purpose `" + purpose.id()
                        + "` uses (`uses unstated`): its process has dpv:hasPersonalData dpv:PersonalData");
            }
        }
        return warnings;
    }

    public static Map<String, Object> tree(Policy policy, Mappings mappings) {
        List<Object> graph = new ArrayList<>();
        String base = "urn:pledge:" + policy.id() + ":";
        Map<String, Set<String>> recipients = recipients(policy);
        List<Object> policyRights = new ArrayList<>();
        Map<String, List<Object>> purposeRights = new LinkedHashMap<>();
        for (Right right : policy.rights()) {
            if (right.purposes().isEmpty()) {
                policyRights.add("pledge:right/" + right.id());
            }
            right.purposes()
                    .forEach(p -> purposeRights
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add("pledge:right/" + right.id()));
        }
        graph.add(object().put("@id", "pledge:policy")
                .put("@type", "dpv:Process")
                .put("label", JsonTree.text(policy.title()))
                .put(
                        "dpv:hasProcess",
                        policy.purposes().stream()
                                .map(p -> (Object) ("pledge:process/" + p.id()))
                                .toList())
                .put(
                        "dpv:hasDataController",
                        policy.controllers().stream()
                                .map(c -> (Object) ("pledge:controller/" + c.id()))
                                .toList())
                .put("dpv:hasRight", policyRights)
                .build());
        for (Purpose purpose : policy.purposes()) {
            graph.add(process(
                    purpose,
                    recipients.getOrDefault(purpose.id(), Set.of()),
                    purposeRights.getOrDefault(purpose.id(), List.of()),
                    mappings));
            graph.addAll(regionalProcesses(purpose, mappings));
        }
        for (Purpose purpose : policy.purposes()) {
            graph.add(node("purpose/" + purpose.id(), List.of("dpv:Purpose"), purpose.title()));
        }
        for (DataCategory category : policy.categories()) {
            graph.add(category(category, mappings));
            category.items().forEach(item -> graph.add(item(category, item, mappings)));
        }
        for (Party party : policy.parties()) {
            graph.add(node("party/" + party.id(), List.of(partyType(party, mappings)), party.title()));
        }
        Set<String> jurisdictions = new LinkedHashSet<>();
        policy.purposes().forEach(p -> p.bases().forEach(b -> jurisdictions.addAll(b.regions())));
        for (Region region : policy.regions()) {
            if (jurisdictions.contains(region.id())) {
                graph.add(node("region/" + region.id(), List.of("dpv:Location"), region.title()));
            }
        }
        for (Controller controller : policy.controllers()) {
            graph.add(node("controller/" + controller.id(), List.of("dpv:DataController"), controller.title()));
        }
        for (Right right : policy.rights()) {
            Map<String, Object> node = node(
                    "right/" + right.id(),
                    List.of(mappings.dpv("right:" + right.kind().id())),
                    right.title());
            graph.add(node);
        }
        return object().put("@context", context(base)).put("@graph", graph).build();
    }

    private static Map<String, Object> context(String base) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dpv", "https://w3id.org/dpv#");
        context.put("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#");
        context.put("pd", "https://w3id.org/dpv/pd#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("pledge", base);
        for (String property : List.of(
                "hasProcess",
                "hasPurpose",
                "hasPersonalData",
                "hasLegalBasis",
                "hasRecipient",
                "hasDataController",
                "hasRight",
                "hasProcessing",
                "hasContext",
                "hasJurisdiction",
                "hasTechnicalMeasure")) {
            context.put("dpv:" + property, object().put("@type", "@id").build());
        }
        context.put("skos:broader", object().put("@type", "@id").build());
        context.put(
                "label",
                object().put("@id", "skos:prefLabel")
                        .put("@container", "@language")
                        .build());
        context.put(
                "description",
                object().put("@id", "skos:definition")
                        .put("@container", "@language")
                        .build());
        return context;
    }

    /** Purpose name to the parties that receive data for it, in policy order. */
    private static Map<String, Set<String>> recipients(Policy policy) {
        Map<String, Set<String>> recipients = new LinkedHashMap<>();
        for (Party party : policy.parties()) {
            for (String purpose : party.receivedFor()) {
                recipients.computeIfAbsent(purpose, p -> new LinkedHashSet<>()).add("pledge:party/" + party.id());
            }
        }
        return recipients;
    }

    private static Map<String, Object> process(
            Purpose purpose, Set<String> recipients, List<Object> rights, Mappings mappings) {
        return object().put("@id", "pledge:process/" + purpose.id())
                .put("@type", "dpv:Process")
                .put("dpv:hasPurpose", "pledge:purpose/" + purpose.id())
                .put(
                        "dpv:hasPersonalData",
                        java.util.stream.Stream.concat(
                                        purpose.items().stream().map(i -> (Object) ("pledge:data/" + i)),
                                        purpose.dataUnstated()
                                                ? java.util.stream.Stream.of((Object) "dpv:PersonalData")
                                                : java.util.stream.Stream.empty())
                                .toList())
                .put("dpv:hasLegalBasis", legalBasis(purpose.basisRecordIn(null), mappings))
                .put("dpv:hasRecipient", List.copyOf(recipients))
                .put("dpv:hasRight", rights.isEmpty() ? null : rights)
                .put("dpv:hasProcessing", purpose.profiling() ? List.of("dpv:Profiling") : null)
                .put("dpv:hasContext", purpose.automatedDecisions() ? List.of("dpv:AutomatedDecisionMaking") : null)
                .put("dpv:hasAlgorithmicLogic", logic(purpose))
                .put("dpv:hasProcess", regionalIds(purpose))
                .put("dpv:hasTechnicalMeasure", measures(purpose, mappings))
                .build();
    }

    /**
     * What the policy says about how its automated decisions and profiling work (GDPR Art.
     * 13(2)(f)), as {@code dpv:AlgorithmicLogic} nodes described in every language; null when it
     * says nothing.
     */
    private static List<Object> logic(Purpose purpose) {
        List<Object> logic = new ArrayList<>();
        for (DecisionLogic stated : java.util.Arrays.asList(purpose.decisionLogic(), purpose.profilingLogic())) {
            if (stated != null && stated.logic() != null) {
                logic.add(object().put("@type", "dpv:AlgorithmicLogic")
                        .put("description", JsonTree.text(stated.logic()))
                        .build());
            }
        }
        return logic.isEmpty() ? null : logic;
    }

    /** The DPV technical measures of the purpose's safeguards (those DPV has). */
    private static List<Object> measures(Purpose purpose, Mappings mappings) {
        List<Object> measures = purpose.safeguards().stream()
                .map(s -> mappings.dpvIfAny("safeguard:" + s.kind().id()))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .map(m -> (Object) m)
                .toList();
        return measures.isEmpty() ? null : measures;
    }

    /** The DPV concept of a basis; none for an unstated one, for alternatives, or none everywhere else. */
    private static String legalBasis(Basis basis, Mappings mappings) {
        return basis == null
                        || !basis.alternatives().isEmpty()
                        || basis.basis() == LegalBasis.UNSTATED
                        || basis.basis() == LegalBasis.NO_OBJECTION
                ? null
                : mappings.dpv("basis:" + basis.basis().id());
    }

    /** A purpose with a basis of its own in some regions: one process per such basis, with its jurisdictions. */
    private static List<Object> regionalProcesses(Purpose purpose, Mappings mappings) {
        List<Object> processes = new ArrayList<>();
        for (Basis basis : purpose.bases()) {
            if (!basis.everywhere()) {
                processes.add(object().put("@id", regionalId(purpose, basis))
                        .put("@type", "dpv:Process")
                        .put("dpv:hasPurpose", "pledge:purpose/" + purpose.id())
                        .put("dpv:hasLegalBasis", legalBasis(basis, mappings))
                        .put(
                                "dpv:hasJurisdiction",
                                basis.regions().stream()
                                        .map(r -> (Object) ("pledge:region/" + r))
                                        .toList())
                        .build());
            }
        }
        return processes;
    }

    private static List<Object> regionalIds(Purpose purpose) {
        List<Object> ids = purpose.bases().stream()
                .filter(b -> !b.everywhere())
                .map(b -> (Object) regionalId(purpose, b))
                .toList();
        return ids.isEmpty() ? null : ids;
    }

    private static String regionalId(Purpose purpose, Basis basis) {
        return "pledge:process/" + purpose.id() + "/in/" + String.join("+", basis.regions());
    }

    private static Map<String, Object> category(DataCategory category, Mappings mappings) {
        List<String> types = new ArrayList<>();
        types.add(category.nonPersonal() ? "dpv:NonPersonalData" : "dpv:PersonalData");
        mappings.dataType(category.id()).ifPresent(type -> types.addAll(type.dpv()));
        return node("data/" + category.id(), types, category.title());
    }

    private static Map<String, Object> item(DataCategory category, DataItem item, Mappings mappings) {
        List<String> types = new ArrayList<>(dataTypes(item, item.nonPersonal() || category.nonPersonal(), mappings));
        if (item.sensitive()) {
            types.add(1, "dpv:SensitivePersonalData");
            if (item.sensitiveUnder().contains(SensitiveLaw.GDPR_ART9)) {
                types.add(2, "dpv:SpecialCategoryPersonalData");
            }
        }
        Map<String, Object> node = node("data/" + item.id(), types, item.title());
        node.put("skos:broader", "pledge:data/" + category.id());
        return node;
    }

    /** {@code dpv:PersonalData} (or {@code dpv:NonPersonalData}) and the item's own row of data-types.tsv. */
    private static List<String> dataTypes(DataItem item, boolean nonPersonal, Mappings mappings) {
        List<String> types = new ArrayList<>();
        types.add(nonPersonal ? "dpv:NonPersonalData" : "dpv:PersonalData");
        mappings.dataType(item).ifPresent(type -> types.addAll(type.dpv()));
        return types;
    }

    private static String partyType(Party party, Mappings mappings) {
        if (party.role() != null) {
            return mappings.dpv("role:" + party.role().id());
        }
        return party.named() ? "dpv:ThirdParty" : "dpv:Recipient";
    }

    private static Map<String, Object> node(String id, List<String> types, Text label) {
        return object().put("@id", "pledge:" + id)
                .put("@type", types.size() == 1 ? types.get(0) : List.copyOf(types))
                .put("label", JsonTree.text(label))
                .build();
    }
}
