// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The order in which {@link DataFlow} visits methods, and which it visits again until nothing grows. Methods are
 * visited callees first ({@link CallOrder}), so that each is summarised after the methods it calls; inside a strongly
 * connected component (recursion) until no summary of it grows. A method is visited again only when its inputs grew
 * since its last visit: a callee's summary (a later method of its own component), a field it reads (written by a
 * method visited later), or the data its callers pass into its parameters that reach fields. The result does not
 * depend on the order (the analysis is monotone: it computes the least fixpoint), only the work does.
 */
final class Fixpoint {

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
        List<List<Integer>> callers = new ArrayList<>(methods.size());
        for (int p = 0; p < methods.size(); p++) {
            callers.add(new ArrayList<>(0));
        }
        // the positions of each field's readers: lists, since a bit set per field as long as the list of methods
        // took gigabytes for a 36 MB jar
        Map<String, List<Integer>> readers = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            for (int callee : callees[i]) {
                callers.get(position[callee]).add(position[i]);
            }
            for (String key : fieldKeys.read(methods.get(i).method.flow)) {
                readers.computeIfAbsent(key, k -> new ArrayList<>(2)).add(position[i]);
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
                    callers.get(q).forEach(dirty::set);
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

    /** The methods each method may call, by number, sorted and distinct. */
    private static int[][] callees(List<MethodSummary> methods) {
        int[][] callees = new int[methods.size()][];
        for (int i = 0; i < methods.size(); i++) {
            IntStream.Builder called = IntStream.builder();
            for (MethodSummary.Call call : methods.get(i).calls) {
                if (call != null) {
                    for (MethodSummary callee : call.callees()) {
                        if (callee != null) {
                            called.add(callee.index);
                        }
                    }
                }
            }
            callees[i] = called.build().sorted().distinct().toArray();
        }
        return callees;
    }
}
