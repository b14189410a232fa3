// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** What children under a {@code children} rule's age need. */
public enum ChildRequirement {
    PARENTAL_CONSENT("parental-consent"),
    NOT_ALLOWED("not-allowed");

    private final String id;

    ChildRequirement(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code parental-consent}. */
    public String id() {
        return id;
    }
}
