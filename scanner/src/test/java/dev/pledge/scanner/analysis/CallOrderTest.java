// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The callees-first order of the data flow: components of a call graph, each after the ones it calls. */
class CallOrderTest {

    /** The components as lists of nodes, in order. */
    private static List<List<Integer>> components(CallOrder order) {
        List<List<Integer>> components = new ArrayList<>();
        for (int c = 0; c < order.components(); c++) {
            List<Integer> nodes = new ArrayList<>();
            for (int p = order.starts[c]; p < order.starts[c + 1]; p++) {
                nodes.add(order.nodes[p]);
                assertEquals(c, order.component[order.nodes[p]]);
            }
            components.add(nodes);
        }
        return components;
    }

    @Test
    void calleesComeFirstAndCyclesAreOneComponent() {
        // 0 calls 1 and 3; 1 and 2 call each other (recursion), 2 calls 3; 4 calls itself; 5 calls nothing
        int[][] edges = {{1, 3}, {2}, {1, 3}, {}, {4}, {}};
        CallOrder order = CallOrder.of(edges);
        assertEquals(List.of(List.of(3), List.of(1, 2), List.of(0), List.of(4), List.of(5)), components(order));
    }

    @Test
    void everyNodeComesAfterWhatItCallsOutsideItsComponent() {
        int n = 2_000;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            // a layered graph with back edges every 7 nodes: cycles of several lengths
            edges[i] = i % 7 == 6 ? new int[] {i - 3, (i * 31) % n} : new int[] {(i + 1) % n, (i * 17 + 5) % n};
        }
        CallOrder order = CallOrder.of(edges);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order.nodes[p]] = p;
        }
        for (int i = 0; i < n; i++) {
            for (int callee : edges[i]) {
                assertTrue(
                        order.component[callee] == order.component[i] || position[callee] < position[i],
                        i + " calls " + callee);
            }
        }
    }

    /** Real apps have call chains thousands deep: no recursion, so no stack overflow. */
    @Test
    void aChainAMillionDeep() {
        int n = 1_000_000;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = i + 1 < n ? new int[] {i + 1} : new int[] {0}; // one cycle through every node
        }
        CallOrder order = CallOrder.of(edges);
        assertEquals(1, order.components());
        int[][] chain = new int[n][];
        for (int i = 0; i < n; i++) {
            chain[i] = i + 1 < n ? new int[] {i + 1} : new int[0];
        }
        CallOrder callees = CallOrder.of(chain);
        assertEquals(n, callees.components());
        assertArrayEquals(new int[] {n - 1, n - 2, n - 3}, java.util.Arrays.copyOf(callees.nodes, 3));
    }
}
