// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.Commitment;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Period;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Provision;
import dev.pledge.generator.model.ProvisionRequirement;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.model.TriggerKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the changes between two policy views, kind by kind in a fixed order; within a kind, added
 * and changed declarations in the new version's order, removed ones in the old version's order.
 */
final class ChangeFinder {

    private final Policy before;
    private final Policy after;
    private final List<Change> changes = new ArrayList<>();

    private ChangeFinder(Policy before, Policy after) {
        this.before = before;
        this.after = after;
    }

    static List<Change> changes(Policy before, Policy after) {
        ChangeFinder finder = new ChangeFinder(before, after);
        finder.items();
        finder.purposes();
        finder.parties();
        finder.rights();
        finder.widenedPurposes();
        finder.legalBases();
        finder.unstatedData();
        finder.retention();
        finder.partiesReceivingMore();
        finder.transfers();
        finder.triggers();
        finder.safeguards();
        finder.commitments();
        finder.automatedProcessing();
        finder.provisions();
        return List.copyOf(finder.changes);
    }

    private void items() {
        Map<String, DataItem> old = byId(before.items(), DataItem::id);
        Map<String, DataItem> now = byId(after.items(), DataItem::id);
        now.values().stream()
                .filter(i -> !old.containsKey(i.id()))
                .forEach(i -> changes.add(new Change.ItemAdded(i.id(), i.title().text(), i.category(), i.sensitive())));
        old.values().stream()
                .filter(i -> !now.containsKey(i.id()))
                .forEach(i ->
                        changes.add(new Change.ItemRemoved(i.id(), i.title().text())));
    }

    private void purposes() {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        Map<String, Purpose> now = byId(after.purposes(), Purpose::id);
        now.values().stream()
                .filter(p -> !old.containsKey(p.id()))
                .forEach(p ->
                        changes.add(new Change.PurposeAdded(p.id(), p.title().text(), p.mainBasis(), p.items())));
        old.values().stream()
                .filter(p -> !now.containsKey(p.id()))
                .forEach(p ->
                        changes.add(new Change.PurposeRemoved(p.id(), p.title().text(), p.mainBasis())));
    }

    private void parties() {
        Map<String, Party> old = byId(before.parties(), Party::id);
        Map<String, Party> now = byId(after.parties(), Party::id);
        now.values().stream()
                .filter(p -> !old.containsKey(p.id()))
                .forEach(p ->
                        changes.add(new Change.PartyAdded(p.id(), p.title().text(), p.named(), p.receivedItems())));
        old.values().stream()
                .filter(p -> !now.containsKey(p.id()))
                .forEach(p ->
                        changes.add(new Change.PartyRemoved(p.id(), p.title().text(), p.named())));
    }

    private void rights() {
        Map<String, Right> old = byId(before.rights(), Right::id);
        Map<String, Right> now = byId(after.rights(), Right::id);
        now.values().stream()
                .filter(r -> !old.containsKey(r.id()))
                .forEach(r -> changes.add(new Change.RightAdded(r.id(), r.kind())));
        old.values().stream()
                .filter(r -> !now.containsKey(r.id()))
                .forEach(r -> changes.add(new Change.RightRemoved(r.id(), r.kind())));
    }

    private void widenedPurposes() {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = old.get(purpose.id());
            if (was != null) {
                List<String> added = minus(purpose.items(), was.items());
                if (!added.isEmpty()) {
                    changes.add(new Change.PurposeWidened(purpose.id(), added));
                }
            }
        }
    }

    private void legalBases() {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = old.get(purpose.id());
            if (was != null) {
                BasisChanges.of(was, purpose)
                        .forEach(c -> changes.add(new Change.LegalBasisChanged(
                                purpose.id(),
                                c.region(),
                                c.fromBasis().basis(),
                                c.toBasis().basis(),
                                c.fromBasis().alternatives(),
                                c.toBasis().alternatives())));
            }
        }
    }

    /** Purposes of both whose data the policy itemised in one version and leaves unstated in the other. */
    private void unstatedData() {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = old.get(purpose.id());
            if (was != null && was.dataUnstated() != purpose.dataUnstated()) {
                changes.add(new Change.PurposeDataUnstated(purpose.id(), purpose.dataUnstated()));
            }
        }
    }

    private void retention() {
        Map<String, Purpose> oldPurposes = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = oldPurposes.get(purpose.id());
            if (was != null && !samePeriod(was.retention(), purpose.retention())) {
                changes.add(new Change.RetentionChanged(
                        purpose.id(), Periods.describe(was.retention()), Periods.describe(purpose.retention())));
            }
        }
        Map<String, Retention> oldRules = byId(before.retentions(), Retention::id);
        for (Retention rule : after.retentions()) {
            Retention was = oldRules.get(rule.id());
            if (was != null && !samePeriod(was.period(), rule.period())) {
                changes.add(new Change.RetentionChanged(
                        rule.id(), Periods.describe(was.period()), Periods.describe(rule.period())));
            }
        }
    }

    private void partiesReceivingMore() {
        Map<String, Party> old = byId(before.parties(), Party::id);
        for (Party party : after.parties()) {
            Party was = old.get(party.id());
            if (was != null) {
                List<String> items = minus(party.receivedItems(), was.receivedItems());
                List<String> purposes = minus(party.receivedFor(), was.receivedFor());
                if (!items.isEmpty() || !purposes.isEmpty()) {
                    changes.add(new Change.PartyReceivesMore(party.id(), items, purposes));
                }
            }
        }
    }

    private void transfers() {
        Map<String, Transfer> old = byId(before.transfers(), Transfer::id);
        after.transfers().stream()
                .filter(t -> !old.containsKey(t.id()))
                .forEach(t -> changes.add(
                        new Change.TransferAdded(t.id(), t.from(), t.to(), t.recipients(), t.mechanisms())));
    }

    private void triggers() {
        Map<String, Party> old = byId(before.parties(), Party::id);
        for (Party party : after.parties()) {
            Party was = old.get(party.id());
            if (was != null) {
                List<String> now =
                        party.triggerKinds().stream().map(TriggerKind::id).toList();
                List<String> then =
                        was.triggerKinds().stream().map(TriggerKind::id).toList();
                if (!now.equals(then)) {
                    changes.add(new Change.TriggersChanged(party.id(), minus(now, then), minus(then, now)));
                }
            }
        }
    }

    private void commitments() {
        Map<String, Commitment> old = byId(before.commitments(), Commitment::id);
        Map<String, Commitment> now = byId(after.commitments(), Commitment::id);
        now.values().stream()
                .filter(c -> !old.containsKey(c.id()))
                .forEach(c ->
                        changes.add(new Change.CommitmentAdded(c.id(), c.title().text(), kinds(c))));
        old.values().stream()
                .filter(c -> !now.containsKey(c.id()))
                .forEach(c -> changes.add(
                        new Change.CommitmentRemoved(c.id(), c.title().text(), kinds(c))));
    }

    private static List<String> kinds(Commitment commitment) {
        return commitment.promises().stream().map(p -> p.kind().id()).distinct().toList();
    }

    private void safeguards() {
        Map<String, Purpose> oldPurposes = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = oldPurposes.get(purpose.id());
            if (was != null) {
                safeguards(purpose.id(), Safeguards.of(was), Safeguards.of(purpose));
            }
        }
        Map<String, Party> oldParties = byId(before.parties(), Party::id);
        for (Party party : after.parties()) {
            Party was = oldParties.get(party.id());
            if (was != null) {
                safeguards(party.id(), Safeguards.of(was), Safeguards.of(party));
            }
        }
        Map<String, Tracking> oldTracking = byId(before.trackings(), Tracking::id);
        for (Tracking tracking : after.trackings()) {
            Tracking was = oldTracking.get(tracking.id());
            if (was != null) {
                safeguards(tracking.id(), Safeguards.of(was), Safeguards.of(tracking));
            }
        }
    }

    private void safeguards(String subject, List<String> then, List<String> now) {
        if (!Set.copyOf(now).equals(Set.copyOf(then))) {
            changes.add(new Change.SafeguardsChanged(subject, minus(now, then), minus(then, now)));
        }
    }

    private void automatedProcessing() {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = old.get(purpose.id());
            if (was != null) {
                boolean profiling = purpose.profiling() && !was.profiling();
                boolean decisions = purpose.automatedDecisions() && !was.automatedDecisions();
                if (profiling || decisions) {
                    changes.add(new Change.AutomatedProcessingAdded(purpose.id(), profiling, decisions));
                }
            }
        }
    }

    private void provisions() {
        Map<String, Purpose> oldPurposes = byId(before.purposes(), Purpose::id);
        for (Purpose purpose : after.purposes()) {
            Purpose was = oldPurposes.get(purpose.id());
            if (was != null) {
                provision(purpose.id(), "purpose", was.provision(), purpose.provision());
            }
        }
        Map<String, DataItem> oldItems = byId(before.items(), DataItem::id);
        for (DataItem item : after.items()) {
            DataItem was = oldItems.get(item.id());
            if (was != null) {
                provision(item.id(), "item", was.provision(), item.provision());
            }
        }
    }

    private void provision(String id, String what, Provision was, Provision now) {
        ProvisionRequirement from = was == null ? null : was.requirement();
        ProvisionRequirement to = now == null ? null : now.requirement();
        if (from != to) {
            changes.add(new Change.ProvisionChanged(id, what, from, to));
        }
    }

    /** Same duration and same trigger text (in the default language); translations do not count. */
    static boolean samePeriod(Period a, Period b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.duration(), b.duration())
                && Objects.equals(
                        a.trigger() == null ? null : a.trigger().text(),
                        b.trigger() == null ? null : b.trigger().text());
    }

    static List<String> minus(List<String> values, List<String> removed) {
        return values.stream().filter(v -> !removed.contains(v)).toList();
    }

    static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(id.apply(v), v));
        return map;
    }
}
