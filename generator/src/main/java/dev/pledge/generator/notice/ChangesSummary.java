// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.diff.Change;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.diff.PurposeImpact;
import dev.pledge.generator.diff.Restructure;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The short "what changed" at the top of the notice, at most a printed page: who will be asked for
 * consent again (all of them), then what is new, what is wider and what is gone, a line each naming
 * the first few and how many more the full list (the appendix at the end of the notice) has.
 * Declarations the new version only says differently are counted apart, never as removed.
 */
final class ChangesSummary {

    /** The most names a line shows before "and N more". */
    static final int NAMES = 3;

    private final Policy before;
    private final Policy after;
    private final PolicyDiff diff;
    private final Localizer lz;
    private final Refs refs;
    private final List<Fact> facts = new ArrayList<>();

    ChangesSummary(Policy before, Policy after, PolicyDiff diff, Localizer lz, Refs refs) {
        this.before = before;
        this.after = after;
        this.diff = diff;
        this.lz = lz;
        this.refs = refs;
    }

    Section build(String anchor) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                lz.msg("change.intro", before.info().version(), after.info().version()));
        if (diff.isEmpty()) {
            paragraphs.add(lz.msg("change.none"));
            return new Section(anchor, lz.msg("section.what-changed"), paragraphs, List.of(), null, List.of());
        }
        paragraphs.add(lz.msg("change.appendix-note"));
        all(
                "change.fresh-consent",
                refs.refs(
                        diff.freshConsent().stream().map(PurposeImpact::purpose).toList()));
        some("change.new-purposes", refs.refs(subjects("purpose-added", c -> true)));
        some("change.new-data", refs.refs(sensitiveFirst()));
        some("change.new-recipients", refs.refs(namedFirst()));
        some("change.new-transfers", transfers());
        some("change.new-rights", rights(subjects("right-added", c -> true)));
        some("change.wider", refs.refs(subjects("purpose-widened", c -> true)));
        some("change.receives-more", refs.refs(subjects("party-receives-more", c -> true)));
        some("change.now-automated", refs.refs(subjects("automated-processing-added", c -> true)));
        some("change.new-basis", bases());
        some(
                "change.new-retention",
                refs.refs(subjects("retention-changed", c -> after.purpose(c).isPresent())));
        some("change.gone", gone());
        some("change.said-differently", saidDifferently());
        return new Section(anchor, lz.msg("section.what-changed"), paragraphs, facts, null, List.of());
    }

    /** A line naming every value: consent asked again is never cut. */
    private void all(String label, List<Value> values) {
        if (!values.isEmpty()) {
            facts.add(new Fact(lz.msg(label), values, false));
        }
    }

    /** A line naming the first few values, then how many more the appendix lists. */
    private void some(String label, List<Value> values) {
        if (values.size() <= NAMES + 1) {
            all(label, values);
            return;
        }
        List<Value> shown = new ArrayList<>(values.subList(0, NAMES));
        shown.add(Value.ref(lz.msg("summary.more", values.size() - NAMES), WhatChangedSection.APPENDIX));
        facts.add(new Fact(lz.msg(label), shown, false));
    }

    /** Subjects of the changes of a kind, except those the new version only says differently. */
    private List<String> subjects(String kind, Predicate<String> keep) {
        return diff.changes(kind).stream()
                .map(Change::subject)
                .filter(keep)
                .filter(id -> !restructured(kind, id))
                .distinct()
                .toList();
    }

    /** Whether an added or removed declaration is part of a restructuring (so neither new nor gone). */
    boolean restructured(String kind, String id) {
        String what = kind.substring(0, kind.indexOf('-'));
        for (Restructure r : diff.restructures()) {
            if (kind.endsWith("-removed") && r.kind().equals(what) && r.before().contains(id)
                    || kind.endsWith("-added")
                            && r.afterKind().equals(what)
                            && r.after().contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** New data items, the sensitive ones first. */
    private List<String> sensitiveFirst() {
        List<String> items = new ArrayList<>(subjects("item-added", id -> true));
        items.sort(Comparator.comparing(
                id -> !after.item(id).map(i -> i.sensitive()).orElse(false)));
        return items;
    }

    /** New recipients, named third parties first. */
    private List<String> namedFirst() {
        List<String> parties = new ArrayList<>(subjects("party-added", id -> true));
        parties.sort(
                Comparator.comparing(id -> !after.party(id).map(p -> p.named()).orElse(false)));
        return parties;
    }

    private List<Value> transfers() {
        return subjects("transfer-added", id -> true).stream()
                .map(id -> Value.ref(
                        refs.title(
                                "transfer",
                                id,
                                after.transfers().stream()
                                        .filter(t -> t.id().equals(id))
                                        .findFirst()
                                        .map(t -> t.title())
                                        .orElse(null)),
                        Refs.anchor("transfer", id)))
                .toList();
    }

    private List<Value> rights(List<String> ids) {
        return ids.stream()
                .map(id -> Value.ref(rightTitle(after, id), Refs.anchor("right", id)))
                .toList();
    }

    /** {@code Ads: from Legitimate interest to Consent}, each purpose and region once. */
    private List<Value> bases() {
        List<Value> values = new ArrayList<>();
        for (Change change : diff.changes("legal-basis-changed")) {
            Change.LegalBasisChanged c = (Change.LegalBasisChanged) change;
            Value purpose = refs.ref(c.subject());
            values.add(Value.ref(lz.prefixed(purpose.text()), ChangeRows.basisChange(lz, c), purpose.anchor()));
        }
        return values;
    }

    /** What the new version no longer has (and does not say differently), as the previous version names it. */
    private List<Value> gone() {
        List<Value> gone = new ArrayList<>();
        subjects("purpose-removed", id -> true)
                .forEach(id -> gone.add(old("purpose", before.purpose(id).map(p -> p.title()), id)));
        subjects("party-removed", id -> true)
                .forEach(id -> gone.add(old("party", before.party(id).map(p -> p.title()), id)));
        subjects("item-removed", id -> true)
                .forEach(id -> gone.add(old("item", before.item(id).map(i -> i.title()), id)));
        subjects("right-removed", id -> true).forEach(id -> gone.add(Value.of(rightTitle(before, id))));
        return gone;
    }

    /** Each restructuring, by the previous version's names. */
    private List<Value> saidDifferently() {
        List<Value> values = new ArrayList<>();
        for (Restructure r : diff.restructures()) {
            Function<String, Optional<Text>> title = switch (r.kind()) {
                case "item" -> id -> before.item(id).map(i -> i.title());
                case "purpose" -> id -> before.purpose(id).map(p -> p.title());
                case "party" -> id -> before.party(id).map(p -> p.title());
                default -> id -> Optional.of(Text.of(rightTitle(before, id)));
            };
            r.before().forEach(id -> values.add(old(r.kind(), title.apply(id), id)));
        }
        return values;
    }

    private Value old(String kind, Optional<Text> title, String id) {
        return Value.of(title.map(t -> lz.text(t, Refs.subject(kind, id, "title (previous version)")))
                .orElse(id));
    }

    private String rightTitle(Policy policy, String id) {
        Optional<Right> right = policy.right(id);
        Text title = right.map(Right::title).orElse(null);
        if (title != null) {
            return lz.text(title, Refs.subject("right", id, policy == before ? "title (previous version)" : "title"));
        }
        return right.map(r -> lz.keyword("right", r.kind())).orElse(id);
    }
}
