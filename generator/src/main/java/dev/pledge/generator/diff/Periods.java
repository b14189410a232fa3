// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.Period;

/** Retention periods in words, as a policy writes them. */
final class Periods {

    private Periods() {}

    /** {@code 30 days}, {@code 30 days after "account closure"}, {@code until "you object"} or {@code not stated}. */
    static String describe(Period period) {
        if (period == null) {
            return "not stated";
        }
        if (period.isUntil()) {
            return "until \"" + period.trigger().text() + "\"";
        }
        return period.duration()
                + (period.trigger() == null
                        ? ""
                        : " after \"" + period.trigger().text() + "\"");
    }
}
