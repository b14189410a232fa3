// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The role of a controller or party under data protection law. */
public enum PartyRole {
    CONTROLLER("controller"),
    JOINT_CONTROLLER("joint-controller"),
    PROCESSOR("processor"),
    SUB_PROCESSOR("sub-processor"),
    RECIPIENT("recipient");

    private final String id;

    PartyRole(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code controller}. */
    public String id() {
        return id;
    }
}
