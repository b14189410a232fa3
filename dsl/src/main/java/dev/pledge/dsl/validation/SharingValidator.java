// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Disclosure;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Transfer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/** Who receives data and where it goes: only for purposes that use it; out of guarded regions only by a mechanism. */
final class SharingValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkDisclosure(Disclosure disclosure) {
        Party party = Extensions.partyOf(disclosure);
        if (party == null) {
            return; // an extension of something that is not a party: extension-mismatch reports it
        }
        if (disclosure.getUnstatedData() != null) {
            dataUnstated(
                    "data " + quote(party.getName()) + " receives",
                    "receives",
                    disclosure,
                    P.getDisclosure_UnstatedData());
        }
        List<DataSet> data = disclosure.getData();
        // each purpose's items once, as a set: per item and as a list, a whole category took quadratic time
        Map<Purpose, Set<DataItem>> uses = new HashMap<>();
        for (Purpose purpose : disclosure.getPurposes()) {
            if (!purpose.eIsProxy()) {
                uses.put(purpose, usedItems(purpose, disclosure));
            }
        }
        for (int i = 0; i < data.size(); i++) {
            for (DataItem item : items(data.get(i))) {
                for (Purpose purpose : disclosure.getPurposes()) {
                    if (!purpose.eIsProxy() && !uses.get(purpose).contains(item)) {
                        error(
                                Rule.DISCLOSURE_OUTSIDE_PURPOSE,
                                quote(party.getName()) + " receives "
                                        + quote(item.getName()) + " for purpose " + quote(purpose.getName())
                                        + ", which does not use it: add " + quote(item.getName()) + " to the `uses` of "
                                        + quote(purpose.getName()) + ", or list it under a purpose that uses it",
                                disclosure,
                                P.getDisclosure_Data(),
                                i);
                        return;
                    }
                }
            }
        }
    }

    @Check
    public void checkTransfer(Transfer transfer) {
        if (!transfer.getMechanisms().isEmpty()) {
            return;
        }
        List<Region> from = transfer.getFrom();
        for (int i = 0; i < from.size(); i++) {
            Region region = from.get(i);
            if (!region.eIsProxy()
                    && guarded(region)
                    && !Set.copyOf(transfer.getTo()).equals(Set.of(region))) {
                error(
                        Rule.TRANSFER_WITHOUT_MECHANISM,
                        "transfer " + quote(transfer.getName()) + " takes data out of "
                                + quote(region.getName()) + ", which has "
                                + (region.getLocalisation() != null ? "a localisation rule" : "transfer rules")
                                + ", without a mechanism: add `by standard-contractual-clauses` (or `by adequacy-decision`, "
                                + "`by binding-corporate-rules`, `by explicit-consent`, `by permitted-by-law`, ...)",
                        transfer,
                        P.getTransfer_From(),
                        i);
            }
        }
    }

    private static boolean guarded(Region region) {
        return region.getLocalisation() != null || region.getTransferRules() != null;
    }
}
