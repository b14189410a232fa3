// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method a piece of compiler-made code belongs to. Findings in such code are the creating method's:
 * its {@code @PersonalData} purpose applies, and what the code reads is what the method uses.
 *
 * <ul>
 *   <li>a lambda body compiled into a method of the same class belongs to the method that creates the
 *       lambda: Java's {@code lambda$track$0}, Kotlin's {@code track$lambda$0};
 *   <li>the methods of an anonymous class belong to the method whose body declares it (the class file's
 *       {@code EnclosingMethod}): a Java anonymous class, a Kotlin lambda compiled to a class, the body of a
 *       {@code sequence {}} or other suspending lambda ({@code SignupService$lines$1.invokeSuspend}), the
 *       continuation of a {@code suspend} function's state machine.
 * </ul>
 *
 * The runtime, not the creating method, calls an anonymous class's methods (the coroutine machinery
 * resumes {@code invokeSuspend}); {@link #link()} makes the creating method call them, where it creates
 * the class, so that what they read is reached from it.
 */
public final class Creators {

    private final Map<MethodModel, MethodModel> creator = new IdentityHashMap<>();
    /** Per anonymous class: the method that creates it, the line it does so at. */
    private final List<Created> created = new ArrayList<>();

    private record Created(ClassModel type, MethodModel by, int line) {}

    public Creators(List<ClassModel> classes, Hierarchy hierarchy) {
        for (ClassModel type : classes) {
            if (type.dependency) {
                continue;
            }
            for (MethodModel method : type.methods.values()) {
                for (Sites.Call call : method.calls()) {
                    if (call.owner().equals(type.name) && MethodModel.isLambdaBody(call.name())) {
                        MethodModel body = type.method(call.name(), call.desc());
                        if (body != null && body != method) {
                            creator.putIfAbsent(body, method);
                        }
                    }
                }
            }
            MethodModel enclosing = enclosing(type, hierarchy);
            if (enclosing != null) {
                for (MethodModel method : type.methods.values()) {
                    creator.putIfAbsent(method, enclosing);
                }
                created.add(new Created(type, enclosing, creationLine(enclosing, type)));
            }
        }
    }

    /** The method that declares an anonymous class of the application, when it is scanned. */
    private static MethodModel enclosing(ClassModel type, Hierarchy hierarchy) {
        String method = type.enclosingMethod;
        if (method == null) {
            return null;
        }
        int paren = method.indexOf('(');
        int dot = method.lastIndexOf('.', paren);
        ClassModel owner = dot < 0 ? null : hierarchy.get(method.substring(0, dot));
        return owner == null || owner == type
                ? null
                : owner.method(method.substring(dot + 1, paren), method.substring(paren));
    }

    /** The line of the constructor call that creates the class, else the method's first line. */
    private static int creationLine(MethodModel by, ClassModel type) {
        for (Sites.Call call : by.calls()) {
            if (call.owner().equals(type.name) && call.name().equals("<init>")) {
                return call.line();
            }
        }
        return by.firstLine();
    }

    /**
     * Makes each creating method call the methods of the anonymous classes it creates (constructors
     * aside: it calls those itself), at the line it creates them.
     */
    public void link() {
        for (Created c : created) {
            for (MethodModel method : c.type.methods.values()) {
                if (!method.name.equals("<init>") && !method.name.equals("<clinit>")) {
                    c.by.add(new Sites.Call(Sites.Dispatch.EXACT, c.type.name, method.name, method.desc, c.line));
                }
            }
        }
    }

    /** The method that creates the code of {@code method}, through nested lambdas; the method itself when none does. */
    public MethodModel of(MethodModel method) {
        MethodModel current = method;
        for (int depth = 0; depth < 16; depth++) {
            MethodModel outer = creator.get(current);
            if (outer == null) {
                return current;
            }
            current = outer;
        }
        return current;
    }
}
