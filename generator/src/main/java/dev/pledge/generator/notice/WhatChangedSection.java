// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.diff.Change;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed since the previous version of the policy, from the typed changes {@link PolicyDiff}
 * finds: a short summary at the top of the notice ({@link ChangesSummary}: who is asked for consent
 * again, what is new, wider or gone) and the full table as an appendix after the full notice, one
 * row per change. Declarations the new version only says differently (renamed, split, merged, a
 * control now a way to opt out) are one "said differently" row, not a removal and an addition.
 */
final class WhatChangedSection {

    static final String ANCHOR = "what-changed";
    static final String APPENDIX = "all-changes";

    private final Policy before;
    private final Policy after;
    private final PolicyDiff diff;

    WhatChangedSection(Policy before, Policy after) {
        this.before = Objects.requireNonNull(before, "previous policy");
        this.after = Objects.requireNonNull(after, "policy");
        this.diff = PolicyDiff.compare(before, after);
    }

    /** The summary at the top. */
    Section summary(Localizer lz, Refs refs) {
        return new ChangesSummary(before, after, diff, lz, refs).build(ANCHOR);
    }

    /** The full table, after the full notice; null when nothing changed. */
    Section appendix(Localizer lz, Refs refs) {
        if (diff.isEmpty()) {
            return null;
        }
        ChangesSummary names = new ChangesSummary(before, after, diff, lz, refs);
        ChangeRows rows = new ChangeRows(before, after, lz, refs);
        List<Row> table = new ArrayList<>();
        for (Change change : diff.changes()) {
            if (!names.restructured(change.kind(), change.subject())) {
                table.add(rows.row(change));
            }
        }
        diff.restructures().forEach(r -> table.add(rows.row(r)));
        Table changes = new Table(
                lz.msg("change.caption"),
                List.of(lz.msg("change.column-change"), lz.msg("change.column-what"), lz.msg("change.column-details")),
                table);
        return new Section(
                APPENDIX,
                lz.msg("section.all-changes", before.info().version()),
                List.of(lz.msg(
                        "change.intro", before.info().version(), after.info().version())),
                List.of(),
                changes,
                List.of());
    }
}
