// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.diff.Change;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.diff.PurposeImpact;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "what changed" section: the typed changes {@link PolicyDiff} finds between the previous
 * version of the policy and this one, and the purposes for which consent will be asked again.
 */
final class WhatChangedSection {

    static final String ANCHOR = "what-changed";

    private final Policy before;
    private final Policy after;
    private final PolicyDiff diff;

    WhatChangedSection(Policy before, Policy after) {
        this.before = Objects.requireNonNull(before, "previous policy");
        this.after = Objects.requireNonNull(after, "policy");
        this.diff = PolicyDiff.compare(before, after);
    }

    Section build(Localizer lz, Refs refs) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                lz.msg("change.intro", before.info().version(), after.info().version()));
        if (diff.isEmpty()) {
            paragraphs.add(lz.msg("change.none"));
            return new Section(ANCHOR, lz.msg("section.what-changed"), paragraphs, List.of(), null, List.of());
        }
        List<Fact> facts = new ArrayList<>();
        List<String> consent =
                diff.freshConsent().stream().map(PurposeImpact::purpose).toList();
        if (!consent.isEmpty()) {
            facts.add(new Fact(lz.msg("change.fresh-consent"), refs.refs(consent), false));
        }
        ChangeRows rows = new ChangeRows(before, after, lz, refs);
        List<Row> table = new ArrayList<>();
        for (Change change : diff.changes()) {
            table.add(rows.row(change));
        }
        Table changes = new Table(
                lz.msg("change.caption"),
                List.of(lz.msg("change.column-change"), lz.msg("change.column-what"), lz.msg("change.column-details")),
                table);
        return new Section(ANCHOR, lz.msg("section.what-changed"), paragraphs, facts, changes, List.of());
    }
}
