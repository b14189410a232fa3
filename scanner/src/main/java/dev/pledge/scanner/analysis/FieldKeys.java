// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Hierarchy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fields as the data-flow facts name them ({@code com/example/Owner.telephone}), by the class that declares
 * them: a field read through a subclass ({@code Owner.firstName} declared in {@code Person}) is
 * {@code Person.firstName}.
 */
final class FieldKeys {

    private final Hierarchy hierarchy;
    private final Map<String, String> keys = new HashMap<>();

    FieldKeys(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The field's key: {@code owner.name} of the class that declares it, or as given when no scanned class does. */
    String key(String field) {
        return keys.computeIfAbsent(field, f -> {
            int dot = f.lastIndexOf('.');
            String name = f.substring(dot + 1);
            Set<String> seen = new HashSet<>();
            for (ClassModel type = hierarchy.get(f.substring(0, dot));
                    type != null && seen.add(type.name);
                    type = type.superName == null ? null : hierarchy.get(type.superName)) {
                if (type.field(name) != null) {
                    return type.name + "." + name;
                }
            }
            return f;
        });
    }

    /**
     * The fields a body reads, by key, each with the line of the first site its value reaches (0 when it reaches
     * only the result or a field), in the order the body uses them. A field whose value goes nowhere the facts
     * follow (a branch on it) is not among them.
     */
    Map<String, Integer> read(Flow facts) {
        Set<Set<Flow.Token>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Set<Flow.Token>> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Flow.FlowSite site : facts.sites()) {
            for (Set<Flow.Token> arg : site.args()) {
                values.add(arg);
                lines.add(site.site().line());
            }
        }
        values.add(facts.returns());
        lines.add(0);
        new TreeMap<>(facts.writes()).values().forEach(written -> {
            values.add(written);
            lines.add(0);
        });
        Map<String, Integer> read = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (seen.add(values.get(i))) {
                for (Flow.Token token : values.get(i)) {
                    if (token.kind() == Flow.Token.Kind.FIELD) {
                        read.putIfAbsent(key(token.field()), lines.get(i));
                    }
                }
            }
        }
        return read;
    }
}
