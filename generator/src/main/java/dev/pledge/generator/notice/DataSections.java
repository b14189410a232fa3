// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.DecisionLogic;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Provision;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Telling;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;

/** The parts of the full notice about the data and its use: categories with their items, purposes. */
final class DataSections {

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;

    DataSections(Policy policy, Localizer lz, Refs refs) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
    }

    Section data() {
        List<Entry> entries = new ArrayList<>();
        for (DataCategory category : policy.categories()) {
            Facts facts = new Facts()
                    .add(
                            lz.msg("fact.origin"),
                            category.origin() == null ? null : lz.keyword("origin", category.origin()));
            if (category.nonPersonal()) {
                facts.add(lz.msg("fact.personal"), lz.msg("value.non-personal"));
            }
            facts.add(lz.msg("fact.told"), told(category.told(), Refs.subject("category", category.id(), "told")));
            List<Entry> items = category.items().stream().map(this::item).toList();
            entries.add(Sections.entry(
                    "category",
                    category.id(),
                    refs.ref(category.id()).text(),
                    facts,
                    items,
                    lz.text(category.description(), Refs.subject("category", category.id(), "description"))));
        }
        return Sections.of("data", lz.msg("section.data"), entries);
    }

    private Entry item(DataItem item) {
        Facts facts = new Facts();
        if (item.sensitive()) {
            facts.add(lz.msg("fact.sensitive"), sensitivity(item));
        }
        if (item.nonPersonal()) {
            facts.add(lz.msg("fact.personal"), lz.msg("value.non-personal"));
        }
        facts.add(lz.msg("fact.origin"), item.origin() == null ? null : lz.keyword("origin", item.origin()))
                .add(lz.msg("fact.obtained-from"), refs.refs(item.from()))
                .add(lz.msg("fact.technical-source"), Localizer.values(item.sources()))
                .add(lz.msg("fact.told"), told(item.told(), Refs.subject("item", item.id(), "told")));
        provision(facts, item.provision(), Refs.subject("item", item.id(), "provision"));
        return Sections.entry(
                "item",
                item.id(),
                refs.ref(item.id()).text(),
                facts,
                lz.text(item.description(), Refs.subject("item", item.id(), "description")));
    }

    /** {@code Consent}, or per region: {@code Consent (in: EEA)}, {@code Legitimate interest (everywhere else)}. */
    private List<Value> bases(Purpose p) {
        List<Value> values = new ArrayList<>();
        for (Basis basis : p.bases()) {
            values.add(Value.of(lz.inRegions(basis(basis), refs.refs(basis.regions()), p.regionalBases())));
        }
        return values;
    }

    private String basis(Basis basis) {
        return lz.basis(basis.basis(), basis.alternatives());
    }

    /**
     * Whether a basis is a legitimate interest (or has one among its alternatives): its words then name the interest
     * pursued, shown as such, rather than words on the basis.
     */
    private static boolean interest(Basis basis) {
        return basis.kinds().contains(LegalBasis.LEGITIMATE_INTEREST);
    }

    /** What the purpose uses: the items and categories it names, and whether the policy leaves data unstated. */
    private List<Value> dataUsed(Purpose p, String subject) {
        List<Value> data = new ArrayList<>(refs.refs(p.uses()));
        if (p.dataUnstated()) {
            String words = lz.text(p.unstatedData().words(), subject + "uses unstated");
            String key = data.isEmpty() ? "value.data-unstated" : "value.data-unstated-also";
            data.add(Value.of(words == null ? lz.msg(key) : lz.msg(key + "-words", words)));
        }
        return data;
    }

    Section purposes() {
        List<Entry> entries = new ArrayList<>();
        for (Purpose p : policy.purposes()) {
            String subject = "purpose '" + p.id() + "': ";
            Facts facts = new Facts()
                    .add(lz.msg("fact.basis"), bases(p))
                    .add(
                            lz.msg("fact.interest"),
                            Localizer.values(p.bases().stream()
                                    .filter(DataSections::interest)
                                    .map(b -> lz.text(b.interest(), subject + "legitimate interest"))
                                    .toList()))
                    .add(
                            lz.msg("fact.basis-words"),
                            Localizer.values(p.bases().stream()
                                    .filter(b -> !interest(b))
                                    .map(b -> lz.text(b.interest(), subject + "basis"))
                                    .toList()))
                    .add(lz.msg("fact.data-used"), dataUsed(p, subject))
                    .add(lz.msg("fact.services"), refs.refs(p.services()))
                    .add(lz.msg("fact.regions"), p.regions().isEmpty() ? List.of() : refs.refs(p.regions()));
            if (p.optional()) {
                facts.add(lz.msg("fact.optional"), lz.msg("value.optional"));
            }
            if (p.profiling()) {
                facts.add(lz.msg("fact.profiling"), lz.msg("value.profiling"));
                logic(facts, p.profilingLogic(), subject + "profiling");
            }
            if (p.automatedDecisions()) {
                facts.add(lz.msg("fact.automated"), lz.msg("value.automated"));
                logic(facts, p.decisionLogic(), subject + "automated-decisions");
            }
            provision(facts, p.provision(), subject + "provision");
            // only consent can be withdrawn: the `withdraw` channels of a purpose with no consent (nor
            // an unstated basis) in any region are ways to opt out
            boolean consent = p.bases().stream()
                    .flatMap(b -> b.kinds().stream())
                    .anyMatch(b -> b.isConsent() || b == LegalBasis.UNSTATED);
            List<Value> withdraw = lz.channels(p.withdraw(), subject + "withdraw");
            List<Value> optOut = new ArrayList<>(lz.channels(p.optOut(), subject + "opt-out"));
            if (!consent) {
                optOut.addAll(withdraw);
            }
            facts.channels(lz.msg("fact.withdraw"), consent ? withdraw : List.of())
                    .channels(lz.msg("fact.opt-out"), optOut)
                    .add(
                            lz.msg("fact.retention"),
                            p.retention() == null ? null : Value.of(lz.period(p.retention(), subject + "retention")))
                    .sentences(lz.msg("fact.conditions"), lz.texts(p.conditions(), subject + "condition"))
                    .add(lz.msg("fact.safeguards"), lz.safeguards(p.safeguards(), subject + "safeguard"))
                    .add(lz.msg("fact.not-linked"), refs.refs(p.notLinked()))
                    .add(lz.msg("fact.purpose-version"), p.version() == null ? null : String.valueOf(p.version()));
            entries.add(Sections.entry(
                    "purpose",
                    p.id(),
                    refs.ref(p.id()).text(),
                    facts,
                    lz.text(p.description(), subject + "description")));
        }
        return Sections.of("purposes", lz.msg("section.purposes"), entries);
    }

    /** The laws that make an item sensitive, or that the policy does not say which. */
    List<Value> sensitivity(DataItem item) {
        if (item.sensitiveUnder().isEmpty()) {
            return List.of(Value.of(lz.msg("value.sensitive-unstated")));
        }
        return item.sensitiveUnder().stream()
                .map(law -> Value.of(lz.keyword("sensitive-law", law)))
                .toList();
    }

    /** Whether people must provide the data and what happens if they do not (GDPR Art. 13(2)(e)). */
    void provision(Facts facts, Provision provision, String subject) {
        if (provision != null) {
            facts.add(lz.msg("fact.provision"), lz.keyword("provision", provision.requirement()))
                    .add(lz.msg("fact.consequence"), lz.text(provision.consequence(), subject + " consequence"));
        }
    }

    /** When people are told about data obtained from others (GDPR Art. 14(3)). */
    List<Value> told(List<Telling> told, String subject) {
        List<Value> values = new ArrayList<>();
        for (Telling telling : told) {
            if (telling.within() != null) {
                values.add(Value.of(lz.msg("telling.within", lz.duration(telling.within()))));
            } else if (telling.moment() != null) {
                values.add(Value.of(lz.keyword("telling", telling.moment())));
            } else {
                values.add(Value.of(lz.text(telling.text(), subject)));
            }
        }
        return values;
    }

    /** The logic, significance and consequences of profiling or automated decisions (GDPR Art. 13(2)(f)). */
    private void logic(Facts facts, DecisionLogic logic, String subject) {
        if (logic != null) {
            facts.add(lz.msg("fact.logic"), lz.text(logic.logic(), subject + " logic"))
                    .add(lz.msg("fact.significance"), lz.text(logic.significance(), subject + " significance"))
                    .add(lz.msg("fact.consequences"), lz.text(logic.consequences(), subject + " consequences"));
        }
    }
}
