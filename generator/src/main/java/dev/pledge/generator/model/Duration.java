// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Objects;

/** An amount of time: {@code 30 days}. */
public record Duration(int amount, TimeUnit unit) {

    public Duration {
        Objects.requireNonNull(unit, "unit");
    }

    /** As a policy writes it: {@code 30 days}, {@code 1 year}. */
    @Override
    public String toString() {
        return amount + " " + unit.id(amount);
    }
}
