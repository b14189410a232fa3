// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Basis;
import dev.pledge.dsl.pledge.Commitment;
import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.Disclosure;
import dev.pledge.dsl.pledge.LegalBasis;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.PartyKind;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Promise;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Tracking;
import dev.pledge.dsl.pledge.Transfer;
import dev.pledge.dsl.pledge.TriggerKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * {@code commitment-contradicted}: every declaration that does what a commitment of the policy promises will
 * not happen, reported where it is written and naming the commitment and where that is written.
 * ({@code no-profiling-of-children} is kept by the consent guard, which denies profiling purposes to children.)
 */
final class CommitmentValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;
    /** Bases that keep "only with your permission": consent in any form, or none stated (the guard asks). */
    private static final Set<LegalBasis> CONSENT = EnumSet.of(
            LegalBasis.CONSENT, LegalBasis.EXPLICIT_CONSENT, LegalBasis.IMPLIED_CONSENT, LegalBasis.UNSTATED);

    @Check
    public void checkBasis(Purpose purpose) {
        List<Promise> promises = promises(purpose, "only-with-consent");
        if (promises.isEmpty() || personal(usedItems(purpose, purpose)).isEmpty()) {
            return;
        }
        for (Basis basis : purpose.getBases()) {
            if (!CONSENT.containsAll(Bases.kinds(basis))) {
                contradicts(
                        promises.get(0),
                        "purpose " + quote(purpose.getName()) + " uses personal data under basis "
                                + Bases.literal(basis) + ", which needs no consent",
                        "base it on consent (`basis consent`, or `basis unstated` if the policy gives none)",
                        basis,
                        P.getBasis_Basis(),
                        -1);
            }
        }
    }

    @Check
    public void checkDisclosure(Disclosure disclosure) {
        Party party = Extensions.partyOf(disclosure);
        if (party == null || party.eIsProxy()) {
            return;
        }
        Set<DataItem> items = items(disclosure.getData());
        for (Promise promise : promises(disclosure, "no-sharing")) {
            if (covers(promise, party)
                    && !excepted(promise, disclosure, party)
                    && forPurposes(promise, disclosure.getPurposes())) {
                if (disclosure.getUnstatedData() != null) {
                    uncheckable(promise, party, disclosure);
                }
                Set<DataItem> shared = intersection(items, items(promise.getData()));
                if (!shared.isEmpty()) {
                    contradicts(
                            promise,
                            quote(party.getName()) + " receives " + names(shared),
                            "remove " + names(shared) + " from this `receives`, or narrow the commitment with `with`,"
                                    + " `with-kind`, `for` or `except when`",
                            disclosure,
                            P.getDisclosure_Data(),
                            0);
                }
            }
        }
        if (party.getKinds().contains(PartyKind.DATA_BROKER) && !personal(items).isEmpty()) {
            for (Promise promise : promises(disclosure, "no-sale")) {
                contradicts(
                        promise,
                        "data broker " + quote(party.getName()) + " receives " + names(personal(items)),
                        "remove this `receives`, or `data-broker` from the party's kinds if it buys nothing",
                        disclosure,
                        P.getDisclosure_Data(),
                        0);
            }
        }
    }

    /**
     * A party that {@code receives unstated} data may or may not receive what a no-sharing promise names: the policy
     * does not say, so the promise cannot be checked. A warning, since the policy's words may be all there is.
     */
    private void uncheckable(Promise promise, Party party, Disclosure disclosure) {
        Commitment commitment = (Commitment) promise.eContainer();
        warning(
                Rule.DATA_UNSTATED,
                quote(party.getName()) + " receives data the policy does not itemise, so commitment "
                        + quote(commitment.getName()) + " (no-sharing, " + location(commitment)
                        + ") cannot be checked: it promises " + quote(party.getName()) + " never receives "
                        + names(items(promise.getData())) + "; if the policy names what " + quote(party.getName())
                        + " receives, list it with `receives <item>, <category>`",
                disclosure,
                P.getDisclosure_UnstatedData());
    }

    @Check
    public void checkTracking(Tracking tracking) {
        Set<DataItem> collected = items(tracking.getData());
        for (Promise promise : promises(tracking, "no-sharing")) {
            for (EObject operator : tracking.getParties()) {
                if (operator instanceof Party party
                        && covers(promise, party)
                        && promise.getExceptions().isEmpty()
                        && forPurposes(promise, tracking.getPurposes())) {
                    Set<DataItem> shared = intersection(collected, items(promise.getData()));
                    if (!shared.isEmpty()) {
                        contradicts(
                                promise,
                                quote(party.getName()) + " collects " + names(shared) + " through tracking "
                                        + quote(tracking.getName()),
                                "remove `" + party.getName() + "` from `by`, or narrow the commitment with `with`,"
                                        + " `with-kind` or `for`",
                                tracking,
                                P.getTracking_Parties(),
                                tracking.getParties().indexOf(operator));
                    }
                }
            }
        }
        linked(tracking, collected, P.getTracking_Data());
        unlinked(tracking, collected, items(tracking.getNotLinked()), P.getTracking_NotLinked());
    }

    @Check
    public void checkLinks(Purpose purpose) {
        Set<DataItem> used = usedItems(purpose, purpose);
        linked(purpose, used, P.getPurpose_Uses());
        unlinked(purpose, used, items(purpose.getNotLinked()), P.getPurpose_NotLinked());
    }

    @Check
    public void checkTransfer(Transfer transfer) {
        for (Promise promise : promises(transfer, "no-transfers")) {
            contradicts(
                    promise,
                    "transfer " + quote(transfer.getName()) + " takes data to other regions",
                    "remove `transfer " + transfer.getName() + "`, or the commitment's `no-transfers`",
                    transfer,
                    P.getElement_Name(),
                    -1);
        }
        Set<Region> to = new HashSet<>(transfer.getTo());
        for (Promise promise : promises(transfer, "no-transfer-out-of")) {
            for (int i = 0; i < transfer.getFrom().size(); i++) {
                Region from = transfer.getFrom().get(i);
                if (promise.getRegions().contains(from) && !Set.of(from).containsAll(to)) {
                    contradicts(
                            promise,
                            "transfer " + quote(transfer.getName()) + " takes data out of " + quote(from.getName()),
                            "remove the transfer, or `" + from.getName() + "` from `no-transfer-out-of`",
                            transfer,
                            P.getTransfer_From(),
                            i);
                }
            }
        }
    }

    /** A purpose or tracking technology that uses data of both sides of a {@code not-linked} promise. */
    private void linked(EObject user, Set<DataItem> used, org.eclipse.emf.ecore.EStructuralFeature feature) {
        for (Promise promise : promises(user, "not-linked")) {
            Set<DataItem> one = intersection(used, items(promise.getData()));
            Set<DataItem> other = intersection(used, items(promise.getOthers()));
            if (!one.isEmpty() && !other.isEmpty()) {
                contradicts(
                        promise,
                        quote(dev.pledge.dsl.naming.PledgeNameProvider.nameOf(user)) + " uses " + names(one)
                                + " together with " + names(other),
                        "use them in separate purposes, or remove them from `not-linked`",
                        user,
                        feature,
                        -1);
            }
        }
    }

    /** {@code not-linked-to} on a purpose or tracking technology that uses what it is not linked to. */
    private void unlinked(
            EObject user, Set<DataItem> used, Set<DataItem> notLinked, org.eclipse.emf.ecore.EStructuralFeature f) {
        Set<DataItem> both = intersection(used, notLinked);
        if (!both.isEmpty()) {
            error(
                    Rule.COMMITMENT_CONTRADICTED,
                    quote(dev.pledge.dsl.naming.PledgeNameProvider.nameOf(user)) + " says its data is not linked to "
                            + names(both) + ", but uses it: remove " + names(both) + " from `not-linked-to` or from"
                            + " what it uses",
                    user,
                    f);
        }
    }

    private void contradicts(
            Promise promise,
            String what,
            String fix,
            EObject at,
            org.eclipse.emf.ecore.EStructuralFeature feature,
            int index) {
        Commitment commitment = (Commitment) promise.eContainer();
        String message = what + ", which contradicts commitment " + quote(commitment.getName()) + " ("
                + promise.getKind() + ", " + location(commitment) + "): " + fix;
        if (index < 0) {
            error(Rule.COMMITMENT_CONTRADICTED, message, at, feature);
        } else {
            error(Rule.COMMITMENT_CONTRADICTED, message, at, feature, index);
        }
    }

    /** The policy's promises of one kind, anywhere in its files. */
    private List<Promise> promises(EObject context, String kind) {
        return family(context).all(Promise.class).stream()
                .filter(p -> kind.equals(p.getKind()))
                .toList();
    }

    /** Whether a no-sharing promise speaks of this party: by name, by kind, or (naming neither) of every party. */
    private static boolean covers(Promise promise, Party party) {
        if (promise.getParties().isEmpty() && promise.getKinds().isEmpty()) {
            return true;
        }
        return promise.getParties().contains(party) || party.getKinds().stream().anyMatch(promise.getKinds()::contains);
    }

    private static boolean forPurposes(Promise promise, List<Purpose> purposes) {
        return promise.getPurposes().isEmpty() || purposes.stream().anyMatch(promise.getPurposes()::contains);
    }

    /** A disclosure that happens only on occasions the promise excepts ({@code except when legal-obligation}). */
    private static boolean excepted(Promise promise, Disclosure disclosure, Party party) {
        Set<TriggerKind> occasions = EnumSet.noneOf(TriggerKind.class);
        disclosure.getTriggers().forEach(t -> occasions.add(t.getKind()));
        party.getTriggers().forEach(t -> occasions.add(t.getKind()));
        return !occasions.isEmpty() && promise.getExceptions().containsAll(occasions);
    }

    private static Set<DataItem> personal(Set<DataItem> items) {
        Set<DataItem> personal = new HashSet<>();
        for (DataItem item : items) {
            boolean nonPersonal = item.isNonPersonal()
                    || item.eContainer() instanceof DataCategory category && category.isNonPersonal();
            if (!nonPersonal) {
                personal.add(item);
            }
        }
        return personal;
    }

    private static Set<DataItem> intersection(Set<DataItem> a, Set<DataItem> b) {
        Set<DataItem> both = new java.util.LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static String names(Set<DataItem> items) {
        return String.join(", ", items.stream().map(i -> quote(i.getName())).toList());
    }

    private static String location(EObject object) {
        var node = NodeModelUtils.getNode(object);
        String file = object.eResource().getURI().lastSegment();
        return node == null ? file : file + ":" + node.getStartLine();
    }
}
