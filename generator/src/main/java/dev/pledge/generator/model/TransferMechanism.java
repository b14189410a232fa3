// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The legal mechanism a transfer of data relies on. */
public enum TransferMechanism {
    STANDARD_CONTRACTUAL_CLAUSES("standard-contractual-clauses"),
    BINDING_CORPORATE_RULES("binding-corporate-rules"),
    ADEQUACY_DECISION("adequacy-decision"),
    EXPLICIT_CONSENT("explicit-consent"),
    CONTRACT_NECESSITY("contract-necessity"),
    CERTIFICATION("certification"),
    CODE_OF_CONDUCT("code-of-conduct"),
    PERMITTED_BY_LAW("permitted-by-law");

    private final String id;

    TransferMechanism(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code standard-contractual-clauses}. */
    public String id() {
        return id;
    }
}
