// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import java.util.Arrays;

/**
 * An order of the nodes of a graph in which each node comes after the nodes it has edges to, except
 * inside a cycle: the strongly connected components of the graph (Tarjan's algorithm, without recursion:
 * call chains in real apps are thousands deep), callees first. The data flow visits methods in this
 * order, so a method is summarised after the methods it calls, and iterates only inside a component
 * (recursion).
 */
final class CallOrder {

    /** The nodes, the components one after another, callees first; inside a component by number. */
    final int[] nodes;
    /** Where each component starts in {@link #nodes}, and {@code nodes.length} last. */
    final int[] starts;
    /** The component of each node, by node number. */
    final int[] component;

    private CallOrder(int[] nodes, int[] starts, int[] component) {
        this.nodes = nodes;
        this.starts = starts;
        this.component = component;
    }

    /** @param edges the nodes each node has edges to (a method: the methods it calls), by node number */
    static CallOrder of(int[][] edges) {
        int n = edges.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] path = new int[n];
        int[] next = new int[n];
        int[] nodes = new int[n];
        int[] starts = new int[n + 1];
        int[] component = new int[n];
        int counter = 0;
        int top = 0;
        int count = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            path[depth++] = root;
            while (depth > 0) {
                int v = path[depth - 1];
                if (next[v] < edges[v].length) {
                    int w = edges[v][next[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        path[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int caller = path[depth - 1];
                    low[caller] = Math.min(low[caller], low[v]);
                }
                if (low[v] == index[v]) {
                    int start = count;
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = components;
                        nodes[count++] = w;
                    } while (w != v);
                    Arrays.sort(nodes, start, count);
                    starts[components++] = start;
                }
            }
        }
        starts[components] = n;
        return new CallOrder(nodes, Arrays.copyOf(starts, components + 1), component);
    }

    /** The number of components. */
    int components() {
        return starts.length - 1;
    }
}
