// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data reads a method reaches: its own, and those of the scanned methods it calls, directly or
 * not (calls, lambdas and method references; virtual calls to every override). Breadth first, so
 * each read is found through the shortest chain of calls. Calls into SDK code are not followed
 * (they are SDK calls); optionally neither are calls to other {@code @PersonalData} methods, whose
 * data use their own annotation declares. From application code, dependency code is not followed
 * beyond the method called: a library method that reads data itself (a wrapper) counts, what the
 * library does on its own behalf further down (a logging framework looking up the host name) does
 * not. Data is a read of a data source or, when the {@link DomainReads} know the application's domain
 * classes, a field of one that holds personal data.
 */
public final class Reach {

    /**
     * A read reached from a root method.
     *
     * @param reader the method that reads
     * @param data what it reads: a data source, or a domain field
     * @param rootLine the line in the root: of the read itself, or of the call that leads to it
     * @param via the method the root calls on the way, or null when the root reads it itself
     */
    public record Reached(MethodModel reader, DataFlow.Label data, int rootLine, MethodModel via) {}

    private record Step(MethodModel method, int rootLine, MethodModel via) {}

    private Reach() {}

    public static List<Reached> from(
            MethodModel root, Hierarchy hierarchy, boolean stopAtAnnotated, DomainReads domain) {
        List<Reached> reached = new ArrayList<>();
        Set<MethodModel> seen = new HashSet<>();
        seen.add(root);
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(root, 0, null));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            MethodModel method = step.method();
            boolean isRoot = method == root;
            for (Sites.Read read : method.reads()) {
                reached.add(new Reached(
                        method,
                        new DataFlow.ReadLabel(method, read),
                        isRoot ? read.line() : step.rootLine(),
                        step.via()));
            }
            for (DomainReads.FieldRead read : domain.of(method)) {
                reached.add(new Reached(method, read.data(), isRoot ? read.line() : step.rootLine(), step.via()));
            }
            if (method.owner.dependency && !root.owner.dependency) {
                continue; // its own reads count, not what it calls
            }
            for (Sites.Call call : method.calls()) {
                for (MethodModel target : hierarchy.targets(call)) {
                    if (follow(root, target, stopAtAnnotated) && seen.add(target)) {
                        queue.add(
                                isRoot
                                        ? new Step(target, call.line(), target)
                                        : new Step(target, step.rootLine(), step.via()));
                    }
                }
            }
        }
        return reached;
    }

    private static boolean follow(MethodModel root, MethodModel target, boolean stopAtAnnotated) {
        if (target.owner.sdk != null
                && target.owner.sdk != root.owner.sdk
                && (root.owner.sdk == null || !root.owner.sdk.id().equals(target.owner.sdk.id()))) {
            return false;
        }
        return !(stopAtAnnotated && target.personalData() != null);
    }
}
