// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** What a contact is for. */
public enum ContactRole {
    DPO("dpo"),
    PRIVACY_OFFICER("privacy-officer"),
    GRIEVANCE_OFFICER("grievance-officer"),
    REPRESENTATIVE("representative"),
    SUPPORT("support"),
    DISPUTE_RESOLUTION("dispute-resolution");

    private final String id;

    ContactRole(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code dpo}. */
    public String id() {
        return id;
    }
}
