// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.generator.model.Party;
import dev.pledge.scanner.analysis.Creators;
import dev.pledge.scanner.analysis.DataFlow;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.Sites;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code undeclared-sharing}: data flows into the SDK of a declared party that the policy does not say
 * receives it ({@link DataFlow}: the value read, or held in a domain field, is passed — directly, through
 * helpers, fields, builders or strings — as an argument of the SDK call); and the party's own SDK code,
 * when scanned, reads it. With a {@code @PersonalData} on the method where the data is known (or the
 * method that creates its lambda), the party must receive the data for its purpose. One finding per
 * method, line, party and item: of the sendings it covers, it names the first in {@link DataFlow}'s order
 * (by names, not by the order the analysis found them).
 */
public final class SharingCheck {

    private final PolicyFacts facts;
    private final SourceIndex sources;
    private final CodeRefs refs;
    private final Findings out;
    private final Map<MethodModel, List<String>> purposesOf;
    private final Creators creators;

    public SharingCheck(
            PolicyFacts facts,
            SourceIndex sources,
            CodeRefs refs,
            Findings out,
            Map<MethodModel, List<String>> purposesOf,
            Creators creators) {
        this.facts = facts;
        this.sources = sources;
        this.refs = refs;
        this.out = out;
        this.purposesOf = purposesOf;
        this.creators = creators;
    }

    public void run(List<ClassModel> classes, List<DataFlow.Sending> sendings) {
        Set<String> reported = new HashSet<>();
        for (DataFlow.Sending sending : sendings) {
            Party party = sending.sink().call().match().party();
            List<String> items = sending.label().items(sources);
            if (party == null || items.isEmpty()) {
                continue;
            }
            List<String> purposes = purposesOf.getOrDefault(creators.of(sending.at()), List.of());
            if (PolicyFacts.receives(party, items, purposes)
                    || !reported.add(System.identityHashCode(sending.at()) + " " + sending.line() + " " + party.id()
                            + " " + items)) {
                continue;
            }
            String fix = fix(party, items.get(0), purposes);
            out.add(
                    sending.at(),
                    new ScanFinding(
                            ScanRule.UNDECLARED_SHARING,
                            refs.at(sending.at(), sending.line()),
                            "may send " + Messages.oneOf(items) + " (" + Messages.origin(sending.label(), sending.at())
                                    + ") to party " + Messages.code(party.id()) + " with "
                                    + Messages.code(sending.sink().call().api())
                                    + (sending.sink().method() == sending.at()
                                            ? ""
                                            : " in "
                                                    + Messages.code(sending.sink()
                                                            .method()
                                                            .shortName()))
                                    + ", but the policy does not say the party receives it" + forPurposes(purposes)
                                    + ": " + fix + ", or do not send it",
                            party.id() + " " + items.get(0),
                            fix));
            broken(sending, party, items, purposes);
        }
        for (ClassModel type : classes) {
            if (type.sdk != null && type.sdk.declared()) {
                for (MethodModel method : type.methods.values()) {
                    ownReads(method, type.sdk.party());
                }
            }
        }
    }

    /** {@code commitment-broken}: the data goes where a {@code no-sharing} commitment says it never goes. */
    private void broken(DataFlow.Sending sending, Party party, List<String> items, List<String> purposes) {
        var commitment = facts.brokenBy(party, items, purposes);
        if (commitment != null) {
            String fix = "do not send it to " + Messages.code(party.id()) + " (the commitment is the policy's promise)";
            out.add(
                    sending.at(),
                    new ScanFinding(
                            ScanRule.COMMITMENT_BROKEN,
                            refs.at(sending.at(), sending.line()),
                            "may send " + Messages.oneOf(items) + " (" + Messages.origin(sending.label(), sending.at())
                                    + ") to party " + Messages.code(party.id()) + " with "
                                    + Messages.code(sending.sink().call().api()) + ", which commitment "
                                    + Messages.code(commitment.id()) + " (no-sharing) promises never happens: " + fix,
                            party.id() + " " + items.get(0) + " " + commitment.id(),
                            fix));
        }
    }

    /** SDK code that reads data itself: the data goes to the SDK's party. */
    private void ownReads(MethodModel method, Party party) {
        for (Sites.Read read : method.reads()) {
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
