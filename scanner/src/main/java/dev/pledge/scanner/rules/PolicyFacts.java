// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The questions the rules ask the policy, answered from its view. */
public final class PolicyFacts {

    private final Policy policy;
    private final Map<String, DataItem> items = new HashMap<>();
    private final Map<String, Purpose> purposes = new HashMap<>();
    private final Map<String, String> itemByConstant;
    private final Map<String, String> purposeByConstant;
    private final Map<String, String> constantByItem = new HashMap<>();
    private final Map<String, String> constantByPurpose = new HashMap<>();

    public PolicyFacts(Policy policy) {
        this.policy = policy;
        policy.items().forEach(item -> items.put(item.id(), item));
        policy.purposes().forEach(purpose -> purposes.put(purpose.id(), purpose));
        itemByConstant = ConstantNames.byConstant(
                policy.items().stream().map(DataItem::id).toList());
        purposeByConstant = ConstantNames.byConstant(
                policy.purposes().stream().map(Purpose::id).toList());
        itemByConstant.forEach((constant, id) -> constantByItem.put(id, constant));
        purposeByConstant.forEach((constant, id) -> constantByPurpose.put(id, constant));
    }

    /**
     * The first commitment whose {@code no-sharing} promise forbids sending any of {@code items} to {@code party}
     * (for one of {@code purposes}, when the promise names purposes and the code states some), with the item;
     * null when none does. A promise with exceptions ({@code except when ...}) is left out: code cannot tell
     * the occasion.
     */
    dev.pledge.generator.model.Commitment brokenBy(Party party, List<String> items, List<String> purposes) {
        for (var commitment : policy.commitments()) {
            for (var promise : commitment.promises()) {
                if (promise.kind() == dev.pledge.generator.model.PromiseKind.NO_SHARING
                        && promise.exceptions().isEmpty()
                        && promise.covers(party)
                        && items.stream().anyMatch(promise.items()::contains)
                        && (promise.purposes().isEmpty()
                                || purposes.isEmpty()
                                || purposes.stream().anyMatch(promise.purposes()::contains))) {
                    return commitment;
                }
            }
        }
        return null;
    }

    public String policyId() {
        return policy.id();
    }

    /** The item id a {@code DataItem} constant stands for, or null. */
    String itemOfConstant(String constant) {
        return itemByConstant.get(constant);
    }

    /** The purpose id a {@code Purpose} constant stands for, or null. */
    String purposeOfConstant(String constant) {
        return purposeByConstant.get(constant);
    }

    String constantOfItem(String id) {
        return constantByItem.getOrDefault(id, ConstantNames.constant(id));
    }

    String constantOfPurpose(String id) {
        return constantByPurpose.getOrDefault(id, ConstantNames.constant(id));
    }

    public String itemTitle(String id) {
        DataItem item = items.get(id);
        return item == null ? id : item.title().text();
    }

    /**
     * Whether the policy leaves (some of) the purpose's data unstated ({@code uses unstated}). The gate attributes
     * no read to unstated data: a read is declared only by an item the policy names for the purpose.
     */
    boolean dataUnstated(String purpose) {
        Purpose p = purposes.get(purpose);
        return p != null && p.dataUnstated();
    }

    boolean purposeUses(String purpose, String item) {
        Purpose p = purposes.get(purpose);
        return p != null && p.items().contains(item);
    }

    /** The purposes that use an item, in policy order. */
    List<String> purposesUsing(String item) {
        return policy.purposes().stream()
                .filter(p -> p.items().contains(item))
                .map(Purpose::id)
                .toList();
    }

    /** Whether the party receives one of the items: for one of the purposes, or for any when {@code forPurposes} is empty. */
    static boolean receives(Party party, Collection<String> anyOfItems, Collection<String> forPurposes) {
        for (Disclosure disclosure : party.disclosures()) {
            boolean item = disclosure.items().stream().anyMatch(anyOfItems::contains);
            boolean purpose =
                    forPurposes.isEmpty() || disclosure.purposes().stream().anyMatch(forPurposes::contains);
            if (item && purpose) {
                return true;
            }
        }
        return false;
    }
}
