// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.Sites;
import java.util.List;

/** {@code undeclared-party}: code calls a catalogue SDK that no party of the policy declares. */
public final class PartyCheck {

    private PartyCheck() {}

    public static void run(List<ClassModel> classes, String policyId, CodeRefs refs, List<ScanFinding> out) {
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                if (method.isSuppressed()) {
                    continue;
                }
                for (Sites.SdkCall call : method.sdkCalls) {
                    if (!call.match().declared()) {
                        out.add(new ScanFinding(
                                ScanRule.UNDECLARED_PARTY, refs.at(method, call.line()), message(call, policyId)));
                    }
                }
            }
        }
    }

    private static String message(Sites.SdkCall call, String policyId) {
        Catalogue.Sdk sdk = call.match().sdk();
        String prefix = call.match().prefix().replace('/', '.');
        return "calls the " + sdk.title() + " SDK with " + Messages.code(call.api()) + ", but policy "
                + Messages.code(policyId) + " declares no party for it: declare `party " + sdk.id() + " \""
                + sdk.title()
                + "\" { kind " + sdk.kind() + " sdk \"" + prefix + "\" receives <data> for <purpose> }`, or add `sdk \""
                + prefix + "\"` to the party it is";
    }
}
