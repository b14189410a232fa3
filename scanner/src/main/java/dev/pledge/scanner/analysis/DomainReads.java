// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain data each method of the application reads itself: the fields of its domain classes that hold
 * personal data ({@link DomainData}), read directly or, in the getter, property accessor or
 * {@code componentN} that returns one; the abstract getter of a projection interface reads its property.
 * A caller of a getter reads the data through it (see {@link Reach}).
 * {@code equals} and {@code hashCode} compare objects and do not use their data, so they read none. A field
 * that holds another domain class with personal data ({@code Customer.address}, an {@code Address}) is the way
 * to that data, not a use of it: {@code customer.getAddress().getCity()} reads the city only.
 */
public final class DomainReads {

    /** A domain field read at a line of the method (0 when its value only reaches the result or a field). */
    public record FieldRead(DataFlow.FieldLabel data, int line) {}

    private final FieldKeys keys;
    private final Map<String, DataFlow.FieldLabel> labels = new HashMap<>();
    private final Map<MethodModel, DataFlow.FieldLabel> getters;
    private final Map<MethodModel, List<FieldRead>> byMethod = new IdentityHashMap<>();

    public DomainReads(Hierarchy hierarchy, List<DomainData.Classified> domain) {
        this.keys = new FieldKeys(hierarchy);
        Set<String> holders = new HashSet<>();
        domain.forEach(classified -> holders.add("L" + classified.type().name + ";"));
        for (DomainData.Classified classified : domain) {
            if (holders.contains(classified.field().desc)) {
                continue;
            }
            labels.put(classified.key(), new DataFlow.FieldLabel(classified));
        }
        getters = ProjectionGetters.of(labels.values());
    }

    /** The domain fields the method reads itself, in the order its body uses them. */
    public List<FieldRead> of(MethodModel method) {
        DataFlow.FieldLabel property = getters.get(method);
        if (property != null) {
            return List.of(new FieldRead(property, 0)); // a projection's getter: its caller reads the property
        }
        if (labels.isEmpty() || method.flow == null || method.name.equals("equals") || method.name.equals("hashCode")) {
            return List.of();
        }
        return byMethod.computeIfAbsent(method, m -> {
            List<FieldRead> read = new ArrayList<>(0);
            keys.readAt(m.flow).forEach((key, line) -> {
                DataFlow.FieldLabel label = labels.get(key);
                if (label != null) {
                    read.add(new FieldRead(label, line));
                }
            });
            return read;
        });
    }
}
