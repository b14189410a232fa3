// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.diff.Change;
import dev.pledge.generator.diff.Restructure;
import dev.pledge.generator.model.Period;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.ProvisionRequirement;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.model.TransferMechanism;
import dev.pledge.generator.notice.NoticeModel.Cell;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the "what changed" table per typed change of the diff engine: the kind of change,
 * what it concerns (linked to its entry when it is still in the policy), and the details, all in
 * the notice's language. Declarations the policy no longer has are named as the previous
 * version names them.
 */
final class ChangeRows {

    private final Policy before;
    private final Policy after;
    private final Localizer lz;
    private final Refs refs;

    ChangeRows(Policy before, Policy after, Localizer lz, Refs refs) {
        this.before = before;
        this.after = after;
        this.lz = lz;
        this.refs = refs;
    }

    Row row(Change change) {
        List<Value> details = new ArrayList<>();
        Value what = refs.ref(change.subject());
        if (change instanceof Change.ItemAdded c) {
            details.add(
                    Value.of(lz.msg("change.in-category", refs.ref(c.category()).text())));
            if (c.sensitive()) {
                details.add(Value.of(lz.msg("value.sensitive")));
            }
        } else if (change instanceof Change.ItemRemoved c) {
            what = old(c.subject(), "item", id -> before.item(id).map(i -> i.title()));
        } else if (change instanceof Change.PurposeAdded c) {
            details.add(Value.of(lz.prefixed(lz.msg("fact.basis")) + lz.keyword("basis", c.basis())));
            details.add(Value.of(lz.prefixed(lz.msg("fact.data-used")) + names(c.items())));
        } else if (change instanceof Change.PurposeRemoved c) {
            what = old(c.subject(), "purpose", id -> before.purpose(id).map(p -> p.title()));
        } else if (change instanceof Change.PartyAdded c) {
            details.add(Value.of(lz.msg(c.named() ? "value.named-party" : "value.recipient-kind")));
            if (!c.items().isEmpty()) {
                details.add(Value.of(lz.prefixed(lz.msg("fact.receives")) + names(c.items())));
            }
        } else if (change instanceof Change.PartyRemoved c) {
            what = old(c.subject(), "party", id -> before.party(id).map(p -> p.title()));
        } else if (change instanceof Change.RightAdded c) {
            what = Value.ref(right(after, c.subject(), c.rightKind()), Refs.anchor("right", c.subject()));
        } else if (change instanceof Change.RightRemoved c) {
            what = Value.of(right(before, c.subject(), c.rightKind()));
        } else if (change instanceof Change.PurposeWidened c) {
            details.add(Value.of(lz.prefixed(lz.msg("change.now-also-uses")) + names(c.addedItems())));
        } else if (change instanceof Change.PartyReceivesMore c) {
            if (!c.addedItems().isEmpty()) {
                details.add(Value.of(lz.prefixed(lz.msg("change.now-also-receives")) + names(c.addedItems())));
            }
            if (!c.addedPurposes().isEmpty()) {
                details.add(Value.of(lz.prefixed(lz.msg("change.now-also-for")) + names(c.addedPurposes())));
            }
        } else if (change instanceof Change.LegalBasisChanged c) {
            String fromTo = basisChange(lz, c);
            details.add(
                    Value.of(c.region() == null ? fromTo : lz.inRegions(fromTo, List.of(refs.ref(c.region())), false)));
        } else if (change instanceof Change.PurposeDataUnstated c) {
            details.add(Value.of(lz.msg(c.unstated() ? "value.data-unstated" : "value.data-itemised")));
        } else if (change instanceof Change.RetentionChanged c) {
            if (after.purpose(c.subject()).isEmpty()) {
                what = Value.ref(
                        refs.title(
                                "retention",
                                c.subject(),
                                after.retentions().stream()
                                        .filter(r -> r.id().equals(c.subject()))
                                        .findFirst()
                                        .map(Retention::title)
                                        .orElse(null)),
                        Refs.anchor("retention", c.subject()));
            }
            details.add(Value.of(lz.msg("change.from-to", period(before, c.subject()), period(after, c.subject()))));
        } else if (change instanceof Change.TransferAdded c) {
            what = Value.ref(
                    refs.title(
                            "transfer",
                            c.subject(),
                            after.transfers().stream()
                                    .filter(t -> t.id().equals(c.subject()))
                                    .findFirst()
                                    .map(t -> t.title())
                                    .orElse(null)),
                    Refs.anchor("transfer", c.subject()));
            details.add(Value.of(lz.msg("change.from-to", names(c.from()), names(c.to()))));
            if (!c.recipients().isEmpty()) {
                details.add(Value.of(lz.prefixed(lz.msg("fact.recipients")) + names(c.recipients())));
            }
            for (TransferMechanism mechanism : c.mechanisms()) {
                details.add(Value.of(lz.keyword("mechanism", mechanism)));
            }
        } else if (change instanceof Change.CommitmentAdded c) {
            what = refs.ref(c.subject());
        } else if (change instanceof Change.CommitmentRemoved c) {
            what = old(
                    c.subject(),
                    "commitment",
                    id -> before.commitments().stream()
                            .filter(x -> x.id().equals(id))
                            .findFirst()
                            .map(x -> x.title()));
        } else if (change instanceof Change.AutomatedProcessingAdded c) {
            if (c.profiling()) {
                details.add(Value.of(lz.msg("summary.profiled")));
            }
            if (c.decisions()) {
                details.add(Value.of(lz.msg("summary.automated")));
            }
        } else if (change instanceof Change.ProvisionChanged c) {
            details.add(Value.of(lz.msg("change.from-to", requirement(c.from()), requirement(c.to()))));
        } else if (change instanceof Change.TriggersChanged c) {
            addedRemoved(details, words("trigger", c.added()), words("trigger", c.removed()));
        } else if (change instanceof Change.SafeguardsChanged c) {
            addedRemoved(details, safeguards(c.added()), safeguards(c.removed()));
        } else {
            throw new IllegalStateException("the notice does not know the change kind '" + change.kind()
                    + "': add it to " + ChangeRows.class.getName() + " and to the message files");
        }
        return new Row(List.of(
                new Cell(Value.of(lz.msg("change." + change.kind())), List.of()),
                new Cell(what, List.of()),
                new Cell(null, details)));
    }

    /**
     * A declaration the new version says differently: what it was (the previous version's names)
     * and what says it now (linked).
     */
    Row row(Restructure restructure) {
        List<Value> now = new ArrayList<>();
        for (String id : restructure.after()) {
            now.add(
                    switch (restructure.afterKind()) {
                        case "right" ->
                            Value.ref(
                                    right(
                                            after,
                                            id,
                                            after.right(id).orElseThrow().kind()),
                                    Refs.anchor("right", id));
                        case "tracking" ->
                            Value.ref(
                                    refs.title(
                                            "tracking",
                                            id,
                                            after.trackings().stream()
                                                    .filter(t -> t.id().equals(id))
                                                    .findFirst()
                                                    .map(t -> t.title())
                                                    .orElse(null)),
                                    Refs.anchor("tracking", id));
                        case "direct-marketing" ->
                            Value.ref(
                                    refs.title(
                                            "direct-marketing",
                                            id,
                                            after.marketing().stream()
                                                    .filter(m -> m.id().equals(id))
                                                    .findFirst()
                                                    .map(m -> m.title())
                                                    .orElse(null)),
                                    Refs.anchor("marketing", id));
                        default -> refs.ref(id);
                    });
        }
        String was = String.join(
                lz.msg("comma"),
                restructure.before().stream()
                        .map(id -> oldName(restructure.kind(), id))
                        .toList());
        List<Value> details = new ArrayList<>(now);
        Value first = now.get(0);
        details.set(0, Value.ref(lz.prefixed(lz.msg("change.now-said-as")), first.text(), first.anchor()));
        return new Row(List.of(
                new Cell(Value.of(lz.msg("change.said-differently")), List.of()),
                new Cell(Value.of(was), List.of()),
                new Cell(null, details)));
    }

    /** {@code from Legitimate interest to Consent}, alternatives included: the rows and the summary say it alike. */
    static String basisChange(Localizer lz, Change.LegalBasisChanged c) {
        return lz.msg("change.from-to", lz.basis(c.from(), c.fromAlternatives()), lz.basis(c.to(), c.toAlternatives()));
    }

    private String oldName(String kind, String id) {
        return switch (kind) {
            case "item" ->
                old(id, "item", i -> before.item(i).map(x -> x.title())).text();
            case "purpose" ->
                old(id, "purpose", i -> before.purpose(i).map(x -> x.title())).text();
            case "party" ->
                old(id, "party", i -> before.party(i).map(x -> x.title())).text();
            default -> right(before, id, before.right(id).orElseThrow().kind());
        };
    }

    private String requirement(ProvisionRequirement requirement) {
        return requirement == null ? lz.msg("value.not-stated") : lz.keyword("provision", requirement);
    }

    private void addedRemoved(List<Value> details, List<String> added, List<String> removed) {
        if (!added.isEmpty()) {
            details.add(Value.of(lz.prefixed(lz.msg("change.added")) + String.join(lz.msg("comma"), added)));
        }
        if (!removed.isEmpty()) {
            details.add(Value.of(lz.prefixed(lz.msg("change.removed")) + String.join(lz.msg("comma"), removed)));
        }
    }

    /** Keywords as phrases: {@code trigger.consent}. */
    private List<String> words(String prefix, List<String> keywords) {
        return keywords.stream().map(k -> lz.msg(prefix + "." + k)).toList();
    }

    /** Safeguard words of the diff: a kind, or {@code not-linked-to:<item>}. */
    private List<String> safeguards(List<String> words) {
        return words.stream()
                .map(w -> w.startsWith("not-linked-to:")
                        ? lz.prefixed(lz.msg("fact.not-linked"))
                                + refs.ref(w.substring("not-linked-to:".length()))
                                        .text()
                        : lz.msg("safeguard." + w))
                .toList();
    }

    private String names(List<String> ids) {
        return String.join(
                lz.msg("comma"), refs.refs(ids).stream().map(Value::text).toList());
    }

    /** A declaration only the previous policy has: its title there, not linked. */
    private Value old(String id, String kind, Function<String, Optional<Text>> title) {
        Text text = title.apply(id).orElse(null);
        return Value.of(text == null ? id : lz.text(text, Refs.subject(kind, id, "title (previous version)")));
    }

    private String right(Policy policy, String id, dev.pledge.generator.model.RightKind kind) {
        Text title = policy.right(id).map(Right::title).orElse(null);
        return title == null
                ? lz.keyword("right", kind)
                : lz.text(title, Refs.subject("right", id, policy == before ? "title (previous version)" : "title"));
    }

    /** The retention of a purpose or retention rule in one version, in words. */
    private String period(Policy policy, String id) {
        Optional<Period> period = policy.purpose(id).map(p -> p.retention());
        if (policy.purpose(id).isEmpty()) {
            period = policy.retentions().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .map(Retention::period);
        }
        String subject = Refs.subject(
                policy.purpose(id).isPresent() ? "purpose" : "retention",
                id,
                policy == before ? "retention (previous version)" : "retention");
        return period.map(p -> lz.period(p, subject)).orElse(lz.msg("value.not-stated"));
    }
}
