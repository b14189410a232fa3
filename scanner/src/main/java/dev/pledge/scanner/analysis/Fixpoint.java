// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The order in which {@link DataFlow} visits methods, and which it visits again until nothing grows. Methods are
 * visited callees first ({@link CallOrder}), so that each is summarised after the methods it calls; inside a strongly
 * connected component (recursion) until no summary of it grows. A method is visited again only when its inputs grew
 * since its last visit: a callee's summary (a later method of its own component), a field it reads (written by a
 * method visited later), or the data its callers pass into its parameters that reach fields. The result does not
 * depend on the order (the analysis is monotone: it computes the least fixpoint), only the work does.
 */
final class Fixpoint {

    private static final int[] NONE = {};

    /** What one visit grew: the visitor records it, the fixpoint reads it to know what to visit again. */
    static final class Growth {
        /** Whether the method grew its own summary: its callers see more. */
        boolean summary;
        /** The fields it grew: their readers see more. */
        final Set<String> fields = new HashSet<>();
        /** The methods whose {@link MethodSummary#paramLabels} it grew: they pass it on. */
        final Set<MethodSummary> params = Collections.newSetFromMap(new IdentityHashMap<>());

        private void clear() {
            summary = false;
            fields.clear();
            if (!params.isEmpty()) {
                params.clear(); // an identity set clears its whole table, however few it holds
            }
        }
    }

    private Fixpoint() {}

    /**
     * Visits the methods until nothing grows.
     *
     * @param growth where {@code visit} records what it grew
     */
    static void run(List<MethodSummary> methods, FieldKeys fieldKeys, Growth growth, Consumer<MethodSummary> visit) {
        int[][] callees = callees(methods);
        CallOrder order = CallOrder.of(callees);
        int[] position = new int[methods.size()];
        for (int p = 0; p < order.nodes.length; p++) {
            position[order.nodes[p]] = p;
        }
        int[][] callers = callers(callees, position);
        // the positions of each field's readers: lists, since a bit set per field as long as the list of methods
        // took gigabytes for a 36 MB jar. Only fields some method writes can grow (a DEX app's facts write none),
        // so only their readers are looked for.
        Set<String> written = new HashSet<>();
        for (MethodSummary method : methods) {
            for (String field : method.method.flow.writes().keySet()) {
                written.add(fieldKeys.key(field));
            }
        }
        Map<String, List<Integer>> readers = new HashMap<>();
        for (int i = 0; !written.isEmpty() && i < methods.size(); i++) {
            for (String key : fieldKeys.read(methods.get(i).method.flow)) {
                if (written.contains(key)) {
                    readers.computeIfAbsent(key, k -> new ArrayList<>(2)).add(position[i]);
                }
            }
        }
        BitSet dirty = new BitSet();
        dirty.set(0, methods.size());
        for (int p = dirty.nextSetBit(0); p >= 0; ) {
            int component = order.component[order.nodes[p]];
            int start = order.starts[component];
            int end = order.starts[component + 1];
            for (int q = p; q >= 0; ) {
                dirty.clear(q);
                growth.clear();
                visit.accept(methods.get(order.nodes[q]));
                if (growth.summary) {
                    for (int caller : callers[q]) {
                        dirty.set(caller);
                    }
                }
                for (MethodSummary callee : growth.params) {
                    dirty.set(position[callee.index]); // it may be visited already: it passes the new data on
                }
                for (String key : growth.fields) {
                    readers.getOrDefault(key, List.of()).forEach(dirty::set);
                }
                q = dirty.nextSetBit(q + 1);
                if (q < 0 || q >= end) {
                    q = dirty.nextSetBit(start);
                    q = q >= end ? -1 : q;
                }
            }
            p = dirty.nextSetBit(end);
            if (p < 0) {
                p = dirty.nextSetBit(0); // a field read by a method visited earlier grew
            }
        }
    }

    /** The positions of the methods that call the method at each position: counted first, then filled in. */
    private static int[][] callers(int[][] callees, int[] position) {
        int[] count = new int[callees.length];
        for (int[] called : callees) {
            for (int callee : called) {
                count[position[callee]]++;
            }
        }
        int[][] callers = new int[callees.length][];
        for (int p = 0; p < callers.length; p++) {
            callers[p] = count[p] == 0 ? NONE : new int[count[p]];
        }
        for (int i = 0; i < callees.length; i++) {
            for (int callee : callees[i]) {
                int p = position[callee];
                callers[p][--count[p]] = position[i];
            }
        }
        return callers;
    }

    /**
     * The methods each method may call, by number, sorted and distinct. Gathered in one growing array for all of
     * them: an app has hundreds of thousands of methods, most calling one or two.
     */
    private static int[][] callees(List<MethodSummary> methods) {
        int[][] callees = new int[methods.size()][];
        int[] called = new int[16];
        for (int i = 0; i < methods.size(); i++) {
            int count = 0;
            for (MethodSummary.Call call : methods.get(i).calls) {
                if (call != null) {
                    for (MethodSummary callee : call.callees()) {
                        if (callee != null) {
                            if (count == called.length) {
                                called = Arrays.copyOf(called, count * 2);
                            }
                            called[count++] = callee.index;
                        }
                    }
                }
            }
            Arrays.sort(called, 0, count);
            int distinct = 0;
            for (int k = 0; k < count; k++) {
                if (distinct == 0 || called[k] != called[distinct - 1]) {
                    called[distinct++] = called[k];
                }
            }
            callees[i] = distinct == 0 ? NONE : Arrays.copyOf(called, distinct);
        }
        return callees;
    }
}
