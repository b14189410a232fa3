// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** Whether people must provide data (GDPR Art. 13(2)(e)), as written after {@code provision}. */
public enum ProvisionRequirement {
    /** People may refuse. */
    VOLUNTARY("voluntary"),
    /** A law requires people to provide it. */
    STATUTORY("required-by-law"),
    /** A contract with the person requires it. */
    CONTRACTUAL("required-by-contract"),
    /** Needed to enter into a contract with the person. */
    CONTRACT_ENTRY("required-for-contract");

    private final String id;

    ProvisionRequirement(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code required-by-law}. */
    public String id() {
        return id;
    }
}
