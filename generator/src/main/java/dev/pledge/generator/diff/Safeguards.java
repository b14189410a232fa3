// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Safeguard;
import dev.pledge.generator.model.Tracking;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The safeguards of a declaration as comparable words: the kinds ({@code pseudonymised}) and the items
 * its data is not linked to ({@code not-linked-to:email}).
 */
final class Safeguards {

    private Safeguards() {}

    static List<String> of(Purpose purpose) {
        return words(purpose.safeguards(), purpose.notLinked());
    }

    static List<String> of(Tracking tracking) {
        return words(tracking.safeguards(), tracking.notLinked());
    }

    /** A recipient's: the safeguards of all its disclosures. */
    static List<String> of(Party party) {
        List<Safeguard> all = new ArrayList<>();
        for (Disclosure disclosure : party.disclosures()) {
            all.addAll(disclosure.safeguards());
        }
        return words(all, List.of());
    }

    private static List<String> words(List<Safeguard> safeguards, List<String> notLinked) {
        Set<String> words = new LinkedHashSet<>();
        safeguards.forEach(s -> words.add(s.kind().id()));
        notLinked.forEach(item -> words.add("not-linked-to:" + item));
        return List.copyOf(words);
    }
}
