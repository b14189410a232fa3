// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkIndex;
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

    public static void run(List<ClassModel> classes, String policyId, CodeRefs refs, Findings out) {
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                for (Sites.SdkCall call : method.sdkCalls) {
                    if (!call.match().declared()) {
                        out.add(
                                method,
                                new ScanFinding(
                                        ScanRule.UNDECLARED_PARTY,
                                        refs.at(method, call.line()),
                                        message(call, policyId),
                                        call.match().sdk().id(),
                                        declare(call.match())));
                    }
                }
            }
        }
    }

    private static String declare(SdkIndex.Match match) {
        Catalogue.Sdk sdk = match.sdk();
        String prefix = match.prefix().replace('/', '.');
        return "declare `party " + sdk.id() + " \"" + sdk.title() + "\" { kind " + sdk.kind() + " sdk \"" + prefix
                + "\" receives <data> for <purpose> }` (or add `sdk \"" + prefix + "\"` to the party it is)";
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
