// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkFacts;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code undeclared-party}: code calls a catalogue SDK that no party of the policy declares. The
 * app's calls are reported one by one. An SDK's calls into another vendor's SDK (mediation adapters,
 * bundled analytics), found when SDKs are scanned too, are reported once per pair of SDKs, at the
 * first call; calls among one vendor's SDKs are the vendor's own business, not the app's.
 */
public final class PartyCheck {

    private PartyCheck() {}

    public static void run(List<ClassModel> classes, String policyId, CodeRefs refs, Findings out) {
        Map<String, List<Call>> pairs = new TreeMap<>();
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                for (Sites.SdkCall call : method.sdkCalls()) {
                    if (call.match().declared()) {
                        continue;
                    }
                    String caller =
                            type.sdk == null ? "" : "the " + type.sdk.title() + " SDK (`" + type.sdk.id() + "`) ";
                    ScanFinding finding = new ScanFinding(
                            ScanRule.UNDECLARED_PARTY,
                            refs.at(method, call.line()),
                            caller + message(call, policyId),
                            call.match().sdk().id(),
                            declare(call.match()));
                    if (type.sdk == null) {
                        out.add(method, finding);
                    } else if (!sameVendor(type.sdk, call.match())) {
                        pairs.computeIfAbsent(type.sdk.id() + " " + call.match().id(), k -> new ArrayList<>())
                                .add(new Call(method, finding));
                    }
                }
            }
        }
        pairs.values().forEach(calls -> pair(calls, out));
    }

    private record Call(MethodModel method, ScanFinding finding) {}

    /**
     * One finding for all calls of one SDK into another, at the first call that counts (reachable, not
     * suppressed, not excluded), saying how many such calls there are; when none counts, the first call,
     * silenced for its reason.
     */
    private static void pair(List<Call> calls, Findings out) {
        calls.sort(Comparator.comparing((Call c) -> c.finding().at().file().toString())
                .thenComparingInt(c -> c.finding().at().line())
                .thenComparing(c -> c.finding().message()));
        List<Call> counting = calls.stream().filter(c -> out.counts(c.method())).toList();
        List<Call> told = counting.isEmpty() ? calls : counting;
        ScanFinding first = told.get(0).finding();
        String more = told.size() == 1 ? "" : " (and " + (told.size() - 1) + " more calls of this SDK into it)";
        out.add(
                told.get(0).method(),
                new ScanFinding(first.rule(), first.at(), first.message() + more, first.subject(), first.fix()));
    }

    private static boolean sameVendor(SdkIndex.Match caller, SdkIndex.Match callee) {
        if (caller.id().equals(callee.id())) {
            return true;
        }
        String vendor = caller.sdk() == null ? "" : caller.sdk().facts().vendor();
        return !vendor.isEmpty()
                && callee.sdk() != null
                && vendor.equals(callee.sdk().facts().vendor());
    }

    private static String declare(SdkIndex.Match match) {
        String prefix = match.prefix().replace('/', '.');
        return "declare `" + party(match.sdk(), prefix) + "` (or add `sdk \"" + prefix + "\"` to the party it is)";
    }

    private static String message(Sites.SdkCall call, String policyId) {
        String prefix = call.match().prefix().replace('/', '.');
        return "calls the " + call.match().sdk().title() + " SDK with " + Messages.code(call.api()) + ", but policy "
                + Messages.code(policyId) + " declares no party for it: declare `"
                + party(call.match().sdk(), prefix)
                + "`, or add `sdk \"" + prefix + "\"` to the party it is";
    }

    /**
     * The party to declare for an SDK, with what the catalogue knows: {@code role processor} when the vendor's policy
     * does not cover what the SDK sends, else the vendor's policy as its {@code url} (none when the app's owner runs
     * the server).
     */
    private static String party(Catalogue.Sdk sdk, String prefix) {
        SdkFacts facts = sdk.facts();
        String about = "";
        if (facts.role() == SdkFacts.Role.PROCESSOR) {
            about = " role processor";
        } else if (!facts.privacyUrl().isEmpty() && facts.collector() != SdkFacts.Collector.SELF_HOSTED) {
            about = " url \"" + facts.privacyUrl() + "\"";
        }
        return "party " + sdk.id() + " \"" + sdk.title() + "\" { kind " + sdk.kind() + " sdk \"" + prefix + "\"" + about
                + " receives <data> for <purpose> }";
    }
}
