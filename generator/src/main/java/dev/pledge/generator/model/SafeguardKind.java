// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** A typed safeguard: how data is protected. */
public enum SafeguardKind {
    PSEUDONYMISED("pseudonymised"),
    DE_IDENTIFIED("de-identified"),
    ANONYMISED("anonymised"),
    AGGREGATED("aggregated"),
    ENCRYPTED("encrypted"),
    ON_DEVICE("on-device");

    private final String id;

    SafeguardKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code pseudonymised}. */
    public String id() {
        return id;
    }
}
