// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.generator.model.Party;
import dev.pledge.scanner.analysis.DataFlow;
import dev.pledge.scanner.analysis.DomainData;
import dev.pledge.scanner.analysis.Reach;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import dev.pledge.scanner.rules.PolicyFacts;
import dev.pledge.scanner.rules.PurposeCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Puts the scan's reads, SDK calls and annotated methods together into the {@link DataMap}. */
public final class DataMapBuilder {

    private static final Comparator<CodeRef> BY_PLACE =
            Comparator.comparing(CodeRef::path).thenComparingInt(CodeRef::line).thenComparing(c -> c.where());

    /** A read of a source in a method, or a classified field of a domain class. */
    private final class ReadUse {
        final MethodModel method;
        final Sites.Read read;
        final DomainData.Classified field;
        final Set<String> purposes = new LinkedHashSet<>();
        final Set<String> parties = new LinkedHashSet<>();

        ReadUse(MethodModel method, Sites.Read read) {
            this.method = method;
            this.read = read;
            this.field = null;
        }

        ReadUse(DomainData.Classified field) {
            this.method = null;
            this.read = null;
            this.field = field;
        }

        List<String> items() {
            return read != null
                    ? read.match().items()
                    : sources.itemsCovering(field.concept().id());
        }

        Catalogue.Concept concept() {
            return read != null ? read.match().concept() : field.concept();
        }

        List<String> ids() {
            List<String> items = items();
            if (!items.isEmpty()) {
                return items;
            }
            return List.of(concept() == null ? read.match().api() : concept().id());
        }

        DataMap.Read toRead() {
            if (field != null) {
                return new DataMap.Read(
                        refs.at(field.type(), field.field().name, refs.declarationLine(field.type(), field.field())),
                        field.key(),
                        sorted(purposes),
                        sorted(parties),
                        true,
                        true);
            }
            return new DataMap.Read(
                    refs.at(method, read.line()),
                    read.match().api(),
                    sorted(purposes),
                    sorted(parties),
                    reachable == null || !method.owner.dependency || reachable.contains(method),
                    false);
        }
    }

    private final PolicyFacts facts;
    private final SourceIndex sources;
    private final CodeRefs refs;
    private final Set<MethodModel> reachable;
    private final Map<Object, ReadUse> reads = new IdentityHashMap<>();
    private final List<ReadUse> order = new ArrayList<>();

    /** @param reachable the methods the application can reach, or null when every method counts */
    public DataMapBuilder(PolicyFacts facts, SourceIndex sources, CodeRefs refs, Set<MethodModel> reachable) {
        this.facts = facts;
        this.sources = sources;
        this.refs = refs;
        this.reachable = reachable;
    }

    /**
     * @param domain the classified fields of the application's domain classes
     * @param sendings the data that reaches SDK calls
     */
    public DataMap build(
            List<ClassModel> classes,
            List<DomainData.Classified> domain,
            List<PurposeCheck.Annotated> annotated,
            List<DataFlow.Sending> sendings) {
        for (DomainData.Classified field : domain) {
            ReadUse use = new ReadUse(field);
            reads.put(field, use);
            order.add(use);
        }
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                for (Sites.Read read : method.reads()) {
                    ReadUse use = new ReadUse(method, read);
                    reads.put(read, use);
                    order.add(use);
                    if (type.sdk != null) {
                        use.parties.add(type.sdk.id());
                    }
                }
            }
        }
        List<DataMap.PurposeUse> purposes = new ArrayList<>();
        for (PurposeCheck.Annotated a : annotated) {
            Set<String> used = new LinkedHashSet<>();
            for (Reach.Reached r : a.reached()) {
                ReadUse use = use(r.data());
                use.purposes.addAll(a.purposes());
                List<String> items = r.data().items(sources);
                List<String> declared =
                        items.stream().filter(a.data()::contains).toList();
                used.addAll(declared.isEmpty() ? use.ids() : declared);
            }
            purposes.add(new DataMap.PurposeUse(refs.at(a.method()), a.purposes(), a.data(), sorted(used)));
        }
        purposes.sort(Comparator.comparing(DataMap.PurposeUse::at, BY_PLACE));
        List<DataMap.PartyUse> parties = parties(classes, sendings);
        return new DataMap(facts.policyId(), items(), parties, purposes);
    }

    /** The use of the data a label names: a read's, or a domain field's (null when it is neither scanned nor classified). */
    private ReadUse use(DataFlow.Label label) {
        return reads.get(label instanceof DataFlow.ReadLabel r ? r.read() : ((DataFlow.FieldLabel) label).field());
    }

    private List<DataMap.PartyUse> parties(List<ClassModel> classes, List<DataFlow.Sending> sendings) {
        Map<Sites.SdkCall, Set<String>> sent = new IdentityHashMap<>();
        for (DataFlow.Sending sending : sendings) {
            ReadUse use = use(sending.label());
            if (use != null) {
                use.parties.add(sending.sink().call().match().id());
                sent.computeIfAbsent(sending.sink().call(), k -> new LinkedHashSet<>())
                        .addAll(use.ids());
            }
        }
        Map<String, List<DataMap.SdkCall>> calls = new TreeMap<>();
        Map<String, SdkIndex.Match> matches = new TreeMap<>();
        Map<String, Set<String>> items = new TreeMap<>();
        for (ClassModel type : classes) {
            if (type.sdk != null) {
                matches.putIfAbsent(type.sdk.id(), type.sdk);
            }
            for (MethodModel method : type.methods.values()) {
                for (Sites.SdkCall call : method.sdkCalls()) {
                    String id = call.match().id();
                    matches.putIfAbsent(id, call.match());
                    Set<String> callItems = sent.getOrDefault(call, Set.of());
                    items.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(callItems);
                    calls.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new DataMap.SdkCall(refs.at(method, call.line()), call.api(), sorted(callItems)));
                }
            }
        }
        for (ReadUse use : order) {
            if (use.method != null && use.method.owner.sdk != null) {
                items.computeIfAbsent(use.method.owner.sdk.id(), k -> new LinkedHashSet<>())
                        .addAll(use.ids());
            }
        }
        List<DataMap.PartyUse> parties = new ArrayList<>();
        matches.forEach((id, match) -> {
            Party party = match.party();
            List<DataMap.SdkCall> sorted = new ArrayList<>(calls.getOrDefault(id, List.of()));
            sorted.sort(Comparator.comparing(DataMap.SdkCall::at, BY_PLACE));
            parties.add(new DataMap.PartyUse(
                    id,
                    match.title(),
                    match.declared(),
                    sorted,
                    sorted(items.getOrDefault(id, Set.of())),
                    party == null ? List.of() : party.receivedItems()));
        });
        return parties;
    }

    private List<DataMap.ItemUse> items() {
        Map<String, List<ReadUse>> byItem = new TreeMap<>();
        for (ReadUse use : order) {
            for (String id : use.ids()) {
                byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(use);
            }
        }
        List<DataMap.ItemUse> items = new ArrayList<>();
        byItem.forEach((id, uses) -> {
            boolean declared = !uses.get(0).items().isEmpty();
            Catalogue.Concept concept = uses.get(0).concept();
            String title = declared ? facts.itemTitle(id) : concept == null ? id : concept.title();
            Set<String> purposes = new LinkedHashSet<>();
            Set<String> parties = new LinkedHashSet<>();
            List<DataMap.Read> list = new ArrayList<>();
            for (ReadUse use : uses) {
                purposes.addAll(use.purposes);
                parties.addAll(use.parties);
                list.add(use.toRead());
            }
            list.sort(Comparator.comparing(DataMap.Read::at, BY_PLACE));
            items.add(new DataMap.ItemUse(id, title, declared, list, sorted(purposes), sorted(parties)));
        });
        return items;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
