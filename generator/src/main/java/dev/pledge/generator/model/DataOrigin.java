// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** Where data comes from (GDPR Art. 14 asks for the source of data not obtained from the person). */
public enum DataOrigin {
    PROVIDED("provided"),
    OBSERVED("observed"),
    DERIVED("derived"),
    THIRD_PARTY("third-party");

    private final String id;

    DataOrigin(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code provided}. */
    public String id() {
        return id;
    }
}
