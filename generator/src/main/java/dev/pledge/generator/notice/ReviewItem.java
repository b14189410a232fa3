// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.List;

/**
 * One element of the review checklist: an element GDPR Art. 12-14 or 21(4) requires of a privacy
 * notice, whether the notice gives it, where, and what to add to the policy.
 *
 * @param article {@code Art. 13(1)(a)}
 * @param element what the law requires, in a few words
 * @param where the parts of the English notice that give it, e.g. {@code Who is responsible for your data (#controllers)}
 * @param toAdd what to add to the policy: the check's findings for it ({@code file:line:col: warning: ... [rule]}) or
 *     the clause to write
 */
public record ReviewItem(String article, String element, Status status, List<String> where, List<String> toAdd) {

    public ReviewItem {
        where = List.copyOf(where);
        toAdd = List.copyOf(toAdd);
    }

    /** Whether the notice gives an element. */
    public enum Status {
        /** The policy states it and the check finds nothing missing. */
        PRESENT("present"),
        /** The policy states some of it; {@link #toAdd()} says what is missing. */
        PARTIAL("partial"),
        /** The notice does not give it. */
        ABSENT("absent"),
        /** The policy does nothing that requires it (no consent, no data from others...). */
        NOT_APPLICABLE("n/a");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
