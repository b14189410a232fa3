// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
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
            facts.add(lz.msg("fact.sensitive"), lz.msg("value.sensitive"));
        }
        if (item.nonPersonal()) {
            facts.add(lz.msg("fact.personal"), lz.msg("value.non-personal"));
        }
        facts.add(lz.msg("fact.origin"), item.origin() == null ? null : lz.keyword("origin", item.origin()))
                .add(lz.msg("fact.obtained-from"), refs.refs(item.from()))
                .add(lz.msg("fact.technical-source"), Localizer.values(item.sources()));
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
            String name = lz.keyword("basis", basis.basis());
            if (!p.regionalBases()) {
                values.add(Value.of(name));
            } else if (basis.everywhere()) {
                values.add(Value.of(lz.msg("value.basis-elsewhere", name)));
            } else {
                String regions = String.join(
                        lz.msg("comma"),
                        refs.refs(basis.regions()).stream().map(Value::text).toList());
                values.add(Value.of(lz.msg("value.basis-in", name, regions)));
            }
        }
        return values;
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
                                    .map(b -> lz.text(b.interest(), subject + "legitimate interest"))
                                    .toList()))
                    .add(lz.msg("fact.data-used"), refs.refs(p.uses()))
                    .add(lz.msg("fact.services"), refs.refs(p.services()))
                    .add(lz.msg("fact.regions"), p.regions().isEmpty() ? List.of() : refs.refs(p.regions()));
            if (p.optional()) {
                facts.add(lz.msg("fact.optional"), lz.msg("value.optional"));
            }
            if (p.profiling()) {
                facts.add(lz.msg("fact.profiling"), lz.msg("value.profiling"));
            }
            if (p.automatedDecisions()) {
                facts.add(lz.msg("fact.automated"), lz.msg("value.automated"));
            }
            facts.channels(lz.msg("fact.withdraw"), lz.channels(p.withdraw(), subject + "withdraw"))
                    .channels(lz.msg("fact.opt-out"), lz.channels(p.optOut(), subject + "opt-out"))
                    .add(
                            lz.msg("fact.retention"),
                            p.retention() == null ? null : Value.of(lz.period(p.retention(), subject + "retention")))
                    .sentences(lz.msg("fact.conditions"), lz.texts(p.conditions(), subject + "condition"))
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
}
