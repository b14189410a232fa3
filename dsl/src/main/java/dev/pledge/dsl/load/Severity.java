// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

/** How serious a finding is. Errors make {@code pledge check} fail. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case label used on the console: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
