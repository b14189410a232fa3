// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * How long something is kept: {@code 30 days}, {@code 30 days after "account closure"} or
 * {@code until "account closure"}.
 *
 * @param duration the amount of time, or null for {@code until ...}
 * @param trigger the event the time runs from (or, without a duration, until), or null
 */
public record Period(Duration duration, Text trigger) {

    public Period {
        if (duration == null && trigger == null) {
            throw new IllegalArgumentException("a period needs a duration, a trigger or both");
        }
    }

    /** True for {@code until "..."}: kept until the trigger, for no fixed time. */
    public boolean isUntil() {
        return duration == null;
    }
}
