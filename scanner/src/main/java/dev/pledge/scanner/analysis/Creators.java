// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method a piece of compiler-made code belongs to: a Java lambda body ({@code lambda$track$0}) belongs
 * to the method that creates the lambda. Findings in such code are the creating method's: its
 * {@code @PersonalData} purpose applies.
 */
public final class Creators {

    private final Map<MethodModel, MethodModel> creator = new IdentityHashMap<>();

    public Creators(List<ClassModel> classes) {
        for (ClassModel type : classes) {
            if (type.dependency) {
                continue;
            }
            for (MethodModel method : type.methods.values()) {
                for (Sites.Call call : method.calls()) {
                    if (call.owner().equals(type.name) && call.name().startsWith("lambda$")) {
                        MethodModel body = type.method(call.name(), call.desc());
                        if (body != null && body != method) {
                            creator.putIfAbsent(body, method);
                        }
                    }
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
