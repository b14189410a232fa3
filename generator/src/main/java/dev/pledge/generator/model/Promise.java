// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * One typed promise of a commitment. Components that its kind does not use are empty.
 *
 * @param data ids of the items and categories it speaks of ({@code no-sharing}, the first side of
 *     {@code not-linked})
 * @param items the data items {@code data} stands for (categories expanded)
 * @param parties ids of the parties a {@code no-sharing} names ({@code with ...})
 * @param kinds the kinds of party a {@code no-sharing} names ({@code with-kind ...}); with no parties and no
 *     kinds, it speaks of every recipient
 * @param purposes ids of the purposes a {@code no-sharing} is limited to ({@code for ...})
 * @param exceptions occasions a {@code no-sharing} excepts ({@code except when ...})
 * @param others ids of the other side of a {@code not-linked}
 * @param otherItems the data items {@code others} stands for
 * @param regions ids of the regions of a {@code no-transfer-out-of}
 */
public record Promise(
        PromiseKind kind,
        List<String> data,
        List<String> items,
        List<String> parties,
        List<PartyKind> kinds,
        List<String> purposes,
        List<TriggerKind> exceptions,
        List<String> others,
        List<String> otherItems,
        List<String> regions) {

    public Promise {
        data = List.copyOf(data);
        items = List.copyOf(items);
        parties = List.copyOf(parties);
        kinds = List.copyOf(kinds);
        purposes = List.copyOf(purposes);
        exceptions = List.copyOf(exceptions);
        others = List.copyOf(others);
        otherItems = List.copyOf(otherItems);
        regions = List.copyOf(regions);
    }

    /** Whether a {@code no-sharing} speaks of a recipient: by name, by kind, or of every recipient. */
    public boolean covers(Party party) {
        return parties.isEmpty() && kinds.isEmpty()
                || parties.contains(party.id())
                || party.kinds().stream().anyMatch(kinds::contains);
    }
}
