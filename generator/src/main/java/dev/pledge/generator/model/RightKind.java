// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The right a {@code right} declaration grants. */
public enum RightKind {
    INFORMATION("information"),
    ACCESS("access"),
    RECTIFICATION("rectification"),
    ERASURE("erasure"),
    RESTRICTION("restriction"),
    PORTABILITY("portability"),
    OBJECT("object"),
    WITHDRAW_CONSENT("withdraw-consent"),
    AUTOMATED_DECISION("automated-decision"),
    COMPLAINT("complaint"),
    ACCOUNT_DELETION("account-deletion"),
    CONTROL("control");

    private final String id;

    RightKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code information}. */
    public String id() {
        return id;
    }
}
