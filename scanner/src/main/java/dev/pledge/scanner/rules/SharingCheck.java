// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.generator.model.Party;
import dev.pledge.scanner.analysis.Reach;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.Sites;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code undeclared-sharing}: data may reach a declared party that the policy does not say receives
 * it. Data may reach a party when it is read in a method that calls the party's SDK, or in a method
 * that method calls; and when the party's own SDK code (if scanned) reads it. With a
 * {@code @PersonalData} on the calling method, the party must receive the data for its purpose.
 */
public final class SharingCheck {

    private final PolicyFacts facts;
    private final Hierarchy hierarchy;
    private final CodeRefs refs;
    private final Findings out;
    private final Map<MethodModel, List<String>> purposesOf;
    /** The reads each SDK-calling method reaches: also what the data map shows. */
    public final Map<MethodModel, List<Reach.Reached>> reached = new IdentityHashMap<>();

    public SharingCheck(
            PolicyFacts facts,
            Hierarchy hierarchy,
            CodeRefs refs,
            Findings out,
            Map<MethodModel, List<String>> purposesOf) {
        this.facts = facts;
        this.hierarchy = hierarchy;
        this.refs = refs;
        this.out = out;
        this.purposesOf = purposesOf;
    }

    public void run(List<ClassModel> classes) {
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                if (!method.sdkCalls.isEmpty()) {
                    calls(method);
                }
                if (type.sdk != null && type.sdk.declared()) {
                    ownReads(method, type.sdk.party());
                }
            }
        }
    }

    private void calls(MethodModel method) {
        List<Reach.Reached> reads = Reach.from(method, hierarchy, false);
        reached.put(method, reads);
        List<String> purposes = purposesOf.getOrDefault(method, List.of());
        Set<String> reported = new HashSet<>();
        // backwards: of chained calls on one line (getInstance().logEvent(...)) the outer one, which gets the data, is
        // last
        for (int i = method.sdkCalls.size() - 1; i >= 0; i--) {
            Sites.SdkCall call = method.sdkCalls.get(i);
            Party party = call.match().party();
            if (party == null) {
                continue;
            }
            for (Reach.Reached r : reads) {
                List<String> items = r.read().match().items();
                if (!items.isEmpty()
                        && !PolicyFacts.receives(party, items, purposes)
                        && reported.add(call.line() + " " + party.id() + " " + items)) {
                    out.add(
                            method,
                            new ScanFinding(
                                    ScanRule.UNDECLARED_SHARING,
                                    refs.at(method, call.line()),
                                    "may send " + Messages.oneOf(items) + " (read " + Messages.readAt(r)
                                            + ") to party " + Messages.code(party.id()) + " with "
                                            + Messages.code(call.api()) + ", but the policy"
                                            + " does not say the party receives it" + forPurposes(purposes) + ": "
                                            + fix(party, items.get(0), purposes) + ", or do not send it",
                                    party.id() + " " + items.get(0),
                                    fix(party, items.get(0), purposes)));
                    broken(method, call, party, r, purposes);
                }
            }
        }
    }

    /** {@code commitment-broken}: the data goes where a {@code no-sharing} commitment says it never goes. */
    private void broken(MethodModel method, Sites.SdkCall call, Party party, Reach.Reached r, List<String> purposes) {
        List<String> items = r.read().match().items();
        var commitment = facts.brokenBy(party, items, purposes);
        if (commitment != null) {
            String fix = "do not send it to " + Messages.code(party.id()) + " (the commitment is the policy's promise)";
            out.add(
                    method,
                    new ScanFinding(
                            ScanRule.COMMITMENT_BROKEN,
                            refs.at(method, call.line()),
                            "may send " + Messages.oneOf(items) + " (read " + Messages.readAt(r) + ") to party "
                                    + Messages.code(party.id()) + " with " + Messages.code(call.api())
                                    + ", which commitment " + Messages.code(commitment.id()) + " (no-sharing) promises"
                                    + " never happens: " + fix,
                            party.id() + " " + items.get(0) + " " + commitment.id(),
                            fix));
        }
    }

    /** SDK code that reads data itself: the data goes to the SDK's party. */
    private void ownReads(MethodModel method, Party party) {
        for (Sites.Read read : method.reads) {
            List<String> items = read.match().items();
            if (!items.isEmpty() && !PolicyFacts.receives(party, items, List.of())) {
                out.add(
                        method,
                        new ScanFinding(
                                ScanRule.UNDECLARED_SHARING,
                                refs.at(method, read.line()),
                                "the SDK of party " + Messages.code(party.id()) + " reads " + Messages.oneOf(items)
                                        + " itself with "
                                        + Messages.code(read.match().api())
                                        + ", but the policy does not say the party receives it: "
                                        + fix(party, items.get(0), List.of())
                                        + ", or configure the SDK not to collect it",
                                party.id() + " " + items.get(0),
                                fix(party, items.get(0), List.of())));
            }
        }
    }

    private static String forPurposes(List<String> purposes) {
        return purposes.isEmpty() ? "" : " for purpose " + Messages.oneOf(purposes);
    }

    private String fix(Party party, String item, List<String> purposes) {
        String purpose = !purposes.isEmpty()
                ? purposes.get(0)
                : facts.purposesUsing(item).stream().findFirst().orElse("<purpose>");
        return "add `receives " + item + " for " + purpose + "` to party " + Messages.code(party.id());
    }
}
