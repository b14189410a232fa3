// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The occasion of a disclosure. */
public enum TriggerKind {
    CONSENT("consent"),
    LEGAL_OBLIGATION("legal-obligation"),
    AUTHORITY_REQUEST("authority-request"),
    CORPORATE_TRANSACTION("corporate-transaction"),
    VITAL_INTEREST("vital-interest"),
    USER_INITIATED("user-initiated"),
    PROTECT_RIGHTS("protect-rights"),
    PUBLIC_INTEREST("public-interest");

    private final String id;

    TriggerKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code consent}. */
    public String id() {
        return id;
    }
}
