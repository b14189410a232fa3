// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.analysis.DomainReads;
import dev.pledge.scanner.analysis.Reach;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.PersonalDataValues;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code unknown-annotation-value} and {@code undeclared-purpose-use}: every {@code @PersonalData}
 * method must name purposes and items the policy declares, only items its purposes use, and every
 * item it (or a method it calls, up to the next annotated method) reads: from a data source, or from a field of
 * a domain class that holds personal data.
 */
public final class PurposeCheck {

    /** An annotated method with its annotation mapped to policy ids, and the reads it reaches. */
    public record Annotated(
            MethodModel method, List<String> purposes, List<String> data, List<Reach.Reached> reached) {}

    private final PolicyFacts facts;
    private final SourceIndex sources;
    private final Hierarchy hierarchy;
    private final DomainReads domain;
    private final CodeRefs refs;
    private final Findings out;
    private final Set<Object> reportedAnnotations = new HashSet<>();

    /** @param domain the domain data each method reads */
    public PurposeCheck(
            PolicyFacts facts,
            SourceIndex sources,
            Hierarchy hierarchy,
            DomainReads domain,
            CodeRefs refs,
            Findings out) {
        this.facts = facts;
        this.sources = sources;
        this.hierarchy = hierarchy;
        this.domain = domain;
        this.refs = refs;
        this.out = out;
    }

    public List<Annotated> run(List<ClassModel> classes) {
        List<Annotated> annotated = new ArrayList<>();
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                PersonalDataValues values = method.personalData();
                if (values != null) {
                    annotated.add(check(method, values));
                }
            }
        }
        return annotated;
    }

    private Annotated check(MethodModel method, PersonalDataValues values) {
        // an annotation on a class is checked once, at its first method
        Object holder = method.ownPersonalData != null ? method : method.owner;
        String suppression = method.suppression();
        boolean suppressed = suppression != null && !suppression.isEmpty();
        // a class's annotation is reported at its first method that is not suppressed (then silenced, with the reason)
        boolean report = (!suppressed || holder == method) && reportedAnnotations.add(holder);
        List<String> purposes = ids(values.purposes(), "Purpose", method, report, true);
        List<String> data = ids(values.data(), "DataItem", method, report, false);
        if (report) {
            for (String item : data) {
                for (String purpose : purposes) {
                    if (!facts.purposeUses(purpose, item)) {
                        out.add(
                                method,
                                new ScanFinding(
                                        ScanRule.UNDECLARED_PURPOSE_USE,
                                        refs.at(method),
                                        "@PersonalData declares " + Messages.code(item) + " for purpose "
                                                + Messages.code(purpose)
                                                + ", which does not use it in policy "
                                                + Messages.code(facts.policyId())
                                                + (facts.dataUnstated(purpose)
                                                        ? " (the policy does not itemise the data of this purpose,"
                                                                + " and no read is attributed to data it leaves"
                                                                + " unstated)"
                                                        : "")
                                                + ": add " + Messages.code(item) + " to `uses` of purpose "
                                                + Messages.code(purpose) + ", or remove DataItem."
                                                + facts.constantOfItem(item) + " from the annotation",
                                        purpose + " " + item,
                                        "add " + Messages.code(item) + " to `uses` of purpose " + Messages.code(purpose)
                                                + " in the policy"));
                    }
                }
            }
        }
        List<Reach.Reached> reached = Reach.from(method, hierarchy, true, domain);
        if (!purposes.isEmpty()) {
            Map<List<String>, Reach.Reached> undeclared = new LinkedHashMap<>();
            for (Reach.Reached r : reached) {
                List<String> items = r.data().items(sources);
                if (!items.isEmpty() && items.stream().noneMatch(data::contains)) {
                    undeclared.putIfAbsent(items, r);
                }
            }
            undeclared.forEach((items, r) -> out.add(
                    method,
                    new ScanFinding(
                            ScanRule.UNDECLARED_PURPOSE_USE,
                            refs.at(method, r.rootLine()),
                            uses(items, r, purposes, method.owner.kotlin()),
                            String.join(",", purposes) + " " + items.get(0),
                            null)));
        }
        return new Annotated(method, purposes, data, reached);
    }

    private String uses(List<String> items, Reach.Reached reached, List<String> purposes, boolean kotlin) {
        String item = items.get(0);
        StringBuilder message = new StringBuilder("uses ")
                .append(Messages.oneOf(items))
                .append(' ')
                .append(Messages.readAt(reached))
                .append(", which the method's @PersonalData(purpose = ")
                .append(Messages.constants(
                        "Purpose",
                        purposes.stream().map(facts::constantOfPurpose).toList(),
                        kotlin))
                .append(") does not declare: add DataItem.")
                .append(facts.constantOfItem(item))
                .append(" to its `data`");
        List<String> missing =
                purposes.stream().filter(p -> !facts.purposeUses(p, item)).toList();
        if (!missing.isEmpty()) {
            message.append(" and ")
                    .append(Messages.code(item))
                    .append(" to `uses` of purpose ")
                    .append(Messages.oneOf(missing).replace(" or ", " and "))
                    .append(" in the policy");
        }
        return message.toString();
    }

    /** Policy ids of the constants; unknown ones are reported (when {@code report}) and left out. */
    private List<String> ids(List<String> constants, String type, MethodModel method, boolean report, boolean purpose) {
        List<String> ids = new ArrayList<>();
        for (String constant : constants) {
            String id = purpose ? facts.purposeOfConstant(constant) : facts.itemOfConstant(constant);
            if (id != null) {
                ids.add(id);
            } else if (report) {
                out.add(
                        method,
                        new ScanFinding(
                                ScanRule.UNKNOWN_ANNOTATION_VALUE,
                                refs.at(method),
                                "@PersonalData names " + type + "." + constant + ", which policy "
                                        + Messages.code(facts.policyId())
                                        + " does not declare: generate the Java API again from this policy (`pledge"
                                        + " generate java`), or declare the " + (purpose ? "purpose" : "data item")
                                        + " in the policy",
                                type + "." + constant,
                                "generate the Java API again from this policy (`pledge generate java`)"));
            }
        }
        return ids;
    }
}
