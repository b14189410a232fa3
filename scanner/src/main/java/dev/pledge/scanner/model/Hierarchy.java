// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scanned classes' type hierarchy, and what a call resolves to: the scanned methods it may run
 * (class-hierarchy analysis: the inherited declaration and every override in a scanned subtype),
 * or, for a member the scanned classes only inherit, the classes outside the scan it comes from
 * (where catalogue sources and SDKs are matched). Resolutions are memoized; not thread-safe.
 */
public final class Hierarchy {

    private final Map<String, ClassModel> classes = new HashMap<>();
    private final Map<String, List<ClassModel>> subtypes = new HashMap<>();
    private final Map<Sites.Key, List<MethodModel>> targets = new HashMap<>();
    private final Map<String, List<String>> outside = new HashMap<>();

    public Hierarchy(List<ClassModel> models) {
        for (ClassModel model : models) {
            classes.putIfAbsent(model.name, model);
        }
        for (ClassModel model : classes.values()) {
            if (model.superName != null) {
                subtypes.computeIfAbsent(model.superName, k -> new ArrayList<>())
                        .add(model);
            }
            for (String type : model.interfaces) {
                subtypes.computeIfAbsent(type, k -> new ArrayList<>()).add(model);
            }
        }
    }

    public ClassModel get(String name) {
        return classes.get(name);
    }

    /** The scanned methods a call may run; empty when it only reaches code outside the scan. */
    public List<MethodModel> targets(Sites.Call call) {
        if (call.dispatch() == Sites.Dispatch.FIELD) {
            return List.of();
        }
        Sites.Key key = call.key();
        List<MethodModel> found = targets.get(key);
        if (found == null) {
            found = resolve(call);
            targets.put(key, found);
        }
        return found;
    }

    private List<MethodModel> resolve(Sites.Call call) {
        Set<MethodModel> found = new LinkedHashSet<>();
        MethodModel declared = declared(call.owner(), call.name(), call.desc());
        if (declared != null) {
            found.add(declared);
        }
        if (call.dispatch() == Sites.Dispatch.VIRTUAL) {
            Deque<String> queue = new ArrayDeque<>(List.of(call.owner()));
            Set<String> seen = new HashSet<>(queue);
            while (!queue.isEmpty()) {
                for (ClassModel sub : subtypes.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(sub.name)) {
                        MethodModel override = sub.method(call.name(), call.desc());
                        if (override != null) {
                            found.add(override);
                        }
                        queue.add(sub.name);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The declaration a member resolves to in the scanned classes: the class, its superclasses, then interfaces. */
    public MethodModel declared(String owner, String name, String desc) {
        for (ClassModel type = classes.get(owner); type != null; type = classes.get(type.superName)) {
            MethodModel method = type.method(name, desc);
            if (method != null) {
                return method;
            }
            if (type.superName == null) {
                break;
            }
        }
        Deque<String> queue = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            ClassModel type = classes.get(queue.poll());
            if (type == null || !seen.add(type.name)) {
                continue;
            }
            MethodModel method = type.name.equals(owner) ? null : type.method(name, desc);
            if (method != null) {
                return method;
            }
            if (type.superName != null) {
                queue.add(type.superName);
            }
            queue.addAll(type.interfaces);
        }
        return null;
    }

    /**
     * The classes outside the scan that a scanned class inherits from, nearest first: its
     * superclass chain up to the first unscanned class, then unscanned interfaces; for JDK classes
     * among them, their own supertypes too.
     */
    public List<String> outsideAncestors(String owner) {
        return outside.computeIfAbsent(owner, this::findOutside);
    }

    private List<String> findOutside(String owner) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            ClassModel type = classes.get(name);
            if (type == null) {
                result.add(name);
                result.addAll(PlatformTypes.JDK.ancestors(name));
                continue;
            }
            if (type.superName != null) {
                queue.add(type.superName);
            }
            queue.addAll(type.interfaces);
        }
        return List.copyOf(result);
    }
}
