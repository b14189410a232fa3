// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** When people are told about data obtained from others (GDPR Art. 14(3)(b), (c)). */
public enum TellingMoment {
    /** When the data is obtained. */
    AT_COLLECTION("at-collection"),
    /** At the first communication with the person, at the latest. */
    AT_FIRST_CONTACT("at-first-contact"),
    /** When the data is first disclosed to another recipient, at the latest. */
    AT_FIRST_DISCLOSURE("at-first-disclosure");

    private final String id;

    TellingMoment(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code at-first-contact}. */
    public String id() {
        return id;
    }
}
