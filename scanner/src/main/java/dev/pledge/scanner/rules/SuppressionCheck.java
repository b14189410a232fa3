// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.util.List;

/**
 * {@code suppression-without-reason}: a suppression annotation must say why the code may do what it
 * does; one without a reason suppresses nothing.
 */
public final class SuppressionCheck {

    private SuppressionCheck() {}

    public static void run(List<ClassModel> classes, CodeRefs refs, Findings out) {
        for (ClassModel type : classes) {
            if ("".equals(type.suppression())) {
                out.add(finding(refs, type, null, 0, "class " + type.binaryName()));
            }
            for (MethodModel method : type.methods.values()) {
                if ("".equals(method.ownSuppression())) {
                    out.add(finding(refs, type, method.name, method.firstLine(), "method " + method.where()));
                }
            }
        }
    }

    private static ScanFinding finding(CodeRefs refs, ClassModel type, String member, int line, String what) {
        return new ScanFinding(
                ScanRule.SUPPRESSION_WITHOUT_REASON,
                refs.at(type, member, line),
                "the suppression annotation on " + what + " gives no reason, so it suppresses nothing: say why the"
                        + " code may do it, e.g. @SuppressPledge(\"debug builds only, never shipped\")",
                what,
                null);
    }
}
