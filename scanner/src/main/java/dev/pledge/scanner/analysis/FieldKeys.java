// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Hierarchy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;

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

    /** The fields a body reads, by key: each field whose value reaches a site, its result or a field it writes. */
    Set<String> read(Flow facts) {
        Set<String> read = new HashSet<>();
        each(facts, false, (field, line) -> read.add(key(field)));
        return read;
    }

    /**
     * The fields a body reads, by key, each with the line of the first site its value reaches (0 when it reaches
     * only the result or a field), in the order the body uses them (the fields it writes by name). A field whose
     * value goes nowhere the facts follow (a branch on it) is not among them.
     */
    Map<String, Integer> readAt(Flow facts) {
        Map<String, Integer> read = new LinkedHashMap<>();
        each(facts, true, (field, line) -> read.putIfAbsent(key(field), line));
        return read;
    }

    /*
     * Every body's facts are read, hundreds of thousands of them: no set of the sets already seen (an identity set's
     * table for each body was most of the data flow's set-up). A set given to several arguments in a row (a DEX
     * body's facts give one set to all of a call's arguments) is read once; one met again later is read again, which
     * only repeats what the action has.
     */
    private static void each(Flow facts, boolean ordered, ObjIntConsumer<String> action) {
        Set<Flow.Token> previous = null;
        for (Flow.FlowSite site : facts.sites()) {
            for (Set<Flow.Token> arg : site.args()) {
                if (arg != previous) {
                    each(arg, site.site().line(), action);
                    previous = arg;
                }
            }
        }
        each(facts.returns(), 0, action);
        Map<String, Set<Flow.Token>> writes = facts.writes();
        for (Set<Flow.Token> written : (ordered && writes.size() > 1 ? new TreeMap<>(writes) : writes).values()) {
            each(written, 0, action);
        }
    }

    private static void each(Set<Flow.Token> tokens, int line, ObjIntConsumer<String> action) {
        for (Flow.Token token : tokens) {
            if (token.kind() == Flow.Token.Kind.FIELD) {
                action.accept(token.field(), line);
            }
        }
    }
}
