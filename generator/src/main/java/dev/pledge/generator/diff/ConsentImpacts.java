// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import static dev.pledge.generator.diff.ChangeFinder.byId;
import static dev.pledge.generator.diff.ChangeFinder.minus;
import static dev.pledge.generator.diff.ChangeFinder.samePeriod;

import dev.pledge.generator.diff.PurposeImpact.Impact;
import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, purpose by purpose, whether a change needs fresh consent or only a notice.
 *
 * <p>Fresh consent, for a purpose based on consent ({@code consent} or {@code explicit-consent})
 * in the new version, when it is new; when its basis changed to consent from another basis, or
 * from {@code consent} to {@code explicit-consent}; when it uses data items it did not use; or when
 * its data goes to a recipient that did not receive it for this purpose (consent covers the
 * recipients it was given for); or when it now profiles people or makes automated decisions (consent
 * was not given for them). Every other change of a purpose (new or widened purpose on another basis,
 * basis changed away from consent, less data, retention, whether people must provide the data)
 * needs only a notice, as does a removed purpose. Purposes without changes are not listed.
 */
final class ConsentImpacts {

    private ConsentImpacts() {}

    static List<PurposeImpact> of(Policy before, Policy after) {
        Map<String, Purpose> old = byId(before.purposes(), Purpose::id);
        Map<String, Purpose> now = byId(after.purposes(), Purpose::id);
        Map<String, Map<String, Set<String>>> receivedBefore = received(before);
        Map<String, Map<String, Set<String>>> receivedAfter = received(after);
        List<PurposeImpact> impacts = new ArrayList<>();
        for (Purpose purpose : now.values()) {
            Purpose was = old.get(purpose.id());
            PurposeImpact impact = was == null
                    ? added(purpose)
                    : changed(was, purpose, newRecipients(purpose.id(), receivedBefore, receivedAfter));
            if (impact != null) {
                impacts.add(impact);
            }
        }
        for (Purpose was : old.values()) {
            if (!now.containsKey(was.id())) {
                impacts.add(new PurposeImpact(
                        was.id(), Impact.NOTICE, List.of("purpose removed"), was.currentVersion(), null));
            }
        }
        return List.copyOf(impacts);
    }

    private static PurposeImpact added(Purpose purpose) {
        boolean consent = consentSomewhere(purpose);
        Basis everywhere = purpose.basisRecordIn(null);
        return new PurposeImpact(
                purpose.id(),
                consent ? Impact.FRESH_CONSENT : Impact.NOTICE,
                List.of("new purpose based on "
                        + (everywhere != null
                                ? everywhere.written()
                                : purpose.mainBasis().id())),
                null,
                purpose.currentVersion());
    }

    private static PurposeImpact changed(Purpose was, Purpose purpose, List<String> newRecipients) {
        boolean consent = consentSomewhere(purpose);
        List<String> fresh = new ArrayList<>();
        List<String> notice = new ArrayList<>();
        for (BasisChanges.BasisChange change : BasisChanges.of(was, purpose)) {
            String reason = "legal basis" + (change.region() == null ? "" : " in " + change.region()) + " changed from "
                    + change.fromTo();
            (BasisChanges.stronger(change) ? fresh : notice).add(reason);
        }
        List<String> moreData = minus(purpose.items(), was.items());
        if (!moreData.isEmpty()) {
            (consent ? fresh : notice).add("uses more data: " + String.join(", ", moreData));
        }
        // data the policy no longer itemises may be more than before: consent to the old list does not cover it
        if (purpose.dataUnstated() && !was.dataUnstated()) {
            (consent ? fresh : notice).add("now uses data the policy does not itemise");
        }
        if (!newRecipients.isEmpty()) {
            (consent ? fresh : notice).add("data goes to new recipients: " + String.join(", ", newRecipients));
        }
        if (purpose.profiling() && !was.profiling()) {
            (consent ? fresh : notice).add("now profiles people");
        }
        if (purpose.automatedDecisions() && !was.automatedDecisions()) {
            (consent ? fresh : notice).add("now makes automated decisions");
        }
        if (!java.util.Objects.equals(requirement(was), requirement(purpose))) {
            notice.add("whether people must provide the data changed");
        }
        if (!minus(was.items(), purpose.items()).isEmpty()) {
            notice.add("uses less data: " + String.join(", ", minus(was.items(), purpose.items())));
        }
        List<String> lostSafeguards = minus(Safeguards.of(was), Safeguards.of(purpose));
        if (!lostSafeguards.isEmpty()) {
            (consent ? fresh : notice).add("safeguards removed: " + String.join(", ", lostSafeguards));
        }
        if (!samePeriod(was.retention(), purpose.retention())) {
            notice.add("retention changed from " + Periods.describe(was.retention()) + " to "
                    + Periods.describe(purpose.retention()));
        }
        if (fresh.isEmpty() && notice.isEmpty()) {
            return null;
        }
        List<String> reasons = new ArrayList<>(fresh);
        reasons.addAll(notice);
        return new PurposeImpact(
                purpose.id(),
                fresh.isEmpty() ? Impact.NOTICE : Impact.FRESH_CONSENT,
                reasons,
                was.currentVersion(),
                purpose.currentVersion());
    }

    /** Parties that receive, for the purpose, an item they did not receive for it in the old version. */
    private static List<String> newRecipients(
            String purpose, Map<String, Map<String, Set<String>>> before, Map<String, Map<String, Set<String>>> after) {
        Map<String, Set<String>> old = before.getOrDefault(purpose, Map.of());
        List<String> recipients = new ArrayList<>();
        after.getOrDefault(purpose, Map.of()).forEach((party, items) -> {
            if (!old.getOrDefault(party, Set.of()).containsAll(items)) {
                recipients.add(party);
            }
        });
        return recipients;
    }

    /** Purpose name to party name to the items the party receives for it, in policy order. */
    private static Map<String, Map<String, Set<String>>> received(Policy policy) {
        Map<String, Map<String, Set<String>>> received = new HashMap<>();
        for (Party party : policy.parties()) {
            for (Disclosure disclosure : party.disclosures()) {
                for (String purpose : disclosure.purposes()) {
                    received.computeIfAbsent(purpose, p -> new LinkedHashMap<>())
                            .computeIfAbsent(party.id(), p -> new LinkedHashSet<>())
                            .addAll(disclosure.items());
                }
            }
        }
        return received;
    }

    private static Object requirement(Purpose purpose) {
        return purpose.provision() == null ? null : purpose.provision().requirement();
    }

    /** Whether the purpose rests on consent in at least one region. */
    static boolean consentSomewhere(Purpose purpose) {
        return purpose.bases().stream().anyMatch(b -> b.basis().consentRequired());
    }
}
