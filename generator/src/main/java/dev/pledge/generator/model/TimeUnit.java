// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Locale;

/** The unit of a duration; {@code day} and {@code days} are the same unit. */
public enum TimeUnit {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The singular keyword, e.g. {@code day}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The keyword for an amount: {@code 1 day}, {@code 30 days}. */
    public String id(int amount) {
        return amount == 1 ? id() : id() + "s";
    }

    /** The unit a policy keyword names, singular or plural. */
    public static TimeUnit of(String keyword) {
        String singular = keyword.endsWith("s") ? keyword.substring(0, keyword.length() - 1) : keyword;
        return valueOf(singular.toUpperCase(Locale.ROOT));
    }
}
