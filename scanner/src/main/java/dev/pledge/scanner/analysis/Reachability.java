// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;

/**
 * Which dependency code the application can run: a call graph over application and dependency
 * classes, built by rapid type analysis (class-hierarchy analysis restricted to classes that are
 * created). The model:
 *
 * <ul>
 *   <li>every method of the application's own classes is an entry point, and every application class
 *       counts as created: frameworks call and create them by reflection (controllers, entities,
 *       {@code @Bean} methods);
 *   <li>what frameworks create and call by name in dependency code on the application's behalf
 *       ({@link FrameworkEntries}: {@code ServiceLoader} providers, the Spring configurations the
 *       application imports or enables by auto-configuration, and their {@code @Bean} methods, the
 *       components Android manifests declare);
 *   <li>a static or special call reaches the method it names (or inherits); a virtual or interface call
 *       reaches that method and each override in a scanned subtype, when that subtype (or one below it)
 *       is created in reached code ({@code new X}, or {@code X.class} named as a constant);
 *   <li>lambdas and method references reach their bodies; a reached class's static initialiser is
 *       reached;
 *   <li>a created class that implements a type outside the scan (a JDK interface such as
 *       {@code Runnable}, or any class the scan does not include) may be called back through it: its
 *       instance methods are reached.
 * </ul>
 *
 * Limits: code that dependencies create or call by reflection from their own configuration (class names
 * in properties files, such as Spring MVC's default strategies) is reached only through what the
 * application or the entry points above create or call; the conditions of auto-configurations are not
 * evaluated; JNI is not followed.
 */
public final class Reachability {

    private final Hierarchy hierarchy;
    private final Set<String> created = new HashSet<>();
    /** The created classes and all their scanned supertypes: an override counts only in these. */
    private final Set<String> live = new HashSet<>();

    private final Set<MethodModel> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<MethodModel> queue = new ArrayDeque<>();
    /** The call keys resolved so far. */
    private final Set<Sites.Key> resolved = new HashSet<>();
    /** Overrides a resolved virtual call may run once their class is live, by class. */
    private final Map<String, List<MethodModel>> waiting = new HashMap<>();

    /** Reached methods whose bodies are not read yet (ClassModel.codeLater): read together, then followed. */
    private final List<MethodModel> unread = new ArrayList<>();

    private final Consumer<List<ClassModel>> readCode;

    private Reachability(Hierarchy hierarchy, Consumer<List<ClassModel>> readCode) {
        this.hierarchy = hierarchy;
        this.readCode = readCode;
    }

    /** The methods reachable from the application's own code. */
    public static Set<MethodModel> of(List<ClassModel> classes, Hierarchy hierarchy, FrameworkEntries.Entries entries) {
        return of(classes, hierarchy, entries, types -> types.forEach(ClassModel::readCode));
    }

    /**
     * The methods reachable from the application's own code.
     *
     * @param readCode reads the method bodies of classes that were left for later, several classes at once
     *        (the bodies of the methods reached while the others are read)
     */
    public static Set<MethodModel> of(
            List<ClassModel> classes,
            Hierarchy hierarchy,
            FrameworkEntries.Entries entries,
            Consumer<List<ClassModel>> readCode) {
        Reachability reachability = new Reachability(hierarchy, readCode);
        reachability.run(classes, entries);
        return reachability.reached;
    }

    private void run(List<ClassModel> classes, FrameworkEntries.Entries entries) {
        for (ClassModel type : classes) {
            if (!type.dependency) {
                create(type.name);
                type.methods.values().forEach(this::reach);
            }
        }
        entries.created().forEach(this::create);
        entries.methods().forEach(this::reach);
        while (!queue.isEmpty()) {
            while (!queue.isEmpty()) {
                MethodModel method = queue.poll();
                if (!method.owner.hasCode()) {
                    unread.add(method);
                    continue;
                }
                for (String type : method.instantiates()) {
                    create(type);
                }
                calls(method);
            }
            // the result is a fixed point: the order in which methods are followed does not change it
            readCode.accept(unread.stream().map(m -> m.owner).distinct().toList());
            queue.addAll(unread);
            unread.clear();
        }
    }

    /**
     * Resolves each call once per call key (owner, name, descriptor): a target runs now when the call names
     * it exactly or its class is live, else it waits until its class becomes live. Linear in calls and
     * targets, whatever order classes are created in.
     */
    private void calls(MethodModel method) {
        for (Sites.Call call : method.calls()) {
            if (call.dispatch() == Sites.Dispatch.FIELD || !resolved.add(call.key())) {
                continue;
            }
            for (MethodModel target : hierarchy.targets(call)) {
                if (call.dispatch() == Sites.Dispatch.EXACT || live.contains(target.owner.name)) {
                    reach(target);
                } else {
                    waiting.computeIfAbsent(target.owner.name, k -> new ArrayList<>())
                            .add(target);
                }
            }
        }
    }

    private void reach(MethodModel method) {
        if (reached.add(method)) {
            queue.add(method);
            MethodModel init = method.owner.method("<clinit>", "()V");
            if (init != null) {
                reach(init);
            }
        }
    }

    private void create(String name) {
        if (!created.add(name)) {
            return;
        }
        ClassModel type = hierarchy.get(name);
        boolean callback = false;
        Deque<String> up = new ArrayDeque<>(List.of(name));
        Set<String> seen = new HashSet<>();
        while (!up.isEmpty()) {
            String next = up.poll();
            if (!seen.add(next)) {
                continue;
            }
            ClassModel t = hierarchy.get(next);
            if (t == null) {
                callback |= !next.equals("java/lang/Object");
                continue;
            }
            if (live.add(next)) {
                List<MethodModel> ready = waiting.remove(next);
                if (ready != null) {
                    ready.forEach(this::reach);
                }
            }
            if (t.superName != null) {
                up.add(t.superName);
            }
            up.addAll(t.interfaces);
        }
        if (callback && type != null) {
            for (MethodModel method : type.methods.values()) {
                if ((method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !method.name.startsWith("<")) {
                    reach(method);
                }
            }
        }
    }
}
