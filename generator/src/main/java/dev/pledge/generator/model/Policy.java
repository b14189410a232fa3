// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A checked policy as plain data: the view every backend (Java, notices, exports, diff) reads.
 * Declarations are listed in the order written, file by file: for a policy that extends a base,
 * the base's files first; within a policy, its own file, then the files it imports in import order.
 * Declarations refer to each other by id.
 *
 * @param id the policy's name, e.g. {@code xiaomi}
 * @param base the id of the policy it extends, or null
 * @param files the files the policy was read from, in the order above
 */
public record Policy(
        String id,
        Text title,
        String base,
        PolicyInfo info,
        List<Controller> controllers,
        List<Contact> contacts,
        List<Region> regions,
        List<DataCentre> dataCentres,
        List<DataCategory> categories,
        List<Service> services,
        List<Purpose> purposes,
        List<Party> parties,
        List<Tracking> trackings,
        List<Right> rights,
        List<RequestProcedure> procedures,
        List<Transfer> transfers,
        List<Retention> retentions,
        List<Children> children,
        List<Security> security,
        List<Certification> certifications,
        List<Marketing> marketing,
        List<Changes> changes,
        List<Commitment> commitments,
        List<Path> files) {

    public Policy {
        controllers = List.copyOf(controllers);
        contacts = List.copyOf(contacts);
        regions = List.copyOf(regions);
        dataCentres = List.copyOf(dataCentres);
        categories = List.copyOf(categories);
        services = List.copyOf(services);
        purposes = List.copyOf(purposes);
        parties = List.copyOf(parties);
        trackings = List.copyOf(trackings);
        rights = List.copyOf(rights);
        procedures = List.copyOf(procedures);
        transfers = List.copyOf(transfers);
        retentions = List.copyOf(retentions);
        children = List.copyOf(children);
        security = List.copyOf(security);
        certifications = List.copyOf(certifications);
        marketing = List.copyOf(marketing);
        changes = List.copyOf(changes);
        commitments = List.copyOf(commitments);
        files = List.copyOf(files);
    }

    /**
     * A policy that declares nothing: what code is checked against when no policy covers it yet (an audit that only
     * lists what it finds).
     */
    public static Policy empty(String id, Text title) {
        return new Policy(
                id,
                title,
                null,
                PolicyInfo.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** Every data item, category by category. */
    public List<DataItem> items() {
        List<DataItem> items = new ArrayList<>();
        categories.forEach(category -> items.addAll(category.items()));
        return List.copyOf(items);
    }

    public Optional<DataItem> item(String id) {
        return find(items(), DataItem::id, id);
    }

    public Optional<DataCategory> category(String id) {
        return find(categories, DataCategory::id, id);
    }

    public Optional<Purpose> purpose(String id) {
        return find(purposes, Purpose::id, id);
    }

    public Optional<Party> party(String id) {
        return find(parties, Party::id, id);
    }

    public Optional<Region> region(String id) {
        return find(regions, Region::id, id);
    }

    public Optional<Right> right(String id) {
        return find(rights, Right::id, id);
    }

    public Optional<RequestProcedure> procedure(String id) {
        return find(procedures, RequestProcedure::id, id);
    }

    /** Every promise of a kind, in the order written. */
    public List<Promise> promises(PromiseKind kind) {
        return commitments.stream()
                .flatMap(c -> c.promises().stream())
                .filter(p -> p.kind() == kind)
                .toList();
    }

    /** The commitment a promise belongs to. */
    public Commitment commitmentOf(Promise promise) {
        return commitments.stream()
                .filter(c -> c.promises().contains(promise))
                .findFirst()
                .orElseThrow();
    }

    private static <T> Optional<T> find(List<T> list, Function<T, String> id, String wanted) {
        return list.stream().filter(element -> id.apply(element).equals(wanted)).findFirst();
    }
}
