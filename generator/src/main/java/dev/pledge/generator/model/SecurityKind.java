// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The kind of a security measure. */
public enum SecurityKind {
    TECHNICAL("technical"),
    ORGANISATIONAL("organisational"),
    PHYSICAL("physical"),
    CONTRACTUAL("contractual"),
    TRAINING("training"),
    USER_DUTY("user-duty"),
    LIMITATION("limitation");

    private final String id;

    SecurityKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code technical}. */
    public String id() {
        return id;
    }
}
