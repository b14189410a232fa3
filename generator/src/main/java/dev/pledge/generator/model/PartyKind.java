// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** What a party or recipient does with the data it receives. */
public enum PartyKind {
    ADVERTISING("advertising"),
    ANALYTICS("analytics"),
    ATTRIBUTION("attribution"),
    SECURITY("security"),
    CLEANING("cleaning"),
    INPUT_METHOD("input-method"),
    PAYMENT("payment"),
    LOGISTICS("logistics"),
    HOSTING("hosting"),
    CUSTOMER_SERVICE("customer-service"),
    SOCIAL("social"),
    AFFILIATE("affiliate"),
    ECOSYSTEM("ecosystem"),
    SERVICE_PROVIDER("service-provider"),
    AUTHORITY("authority"),
    ADVISER("adviser"),
    INVESTOR("investor"),
    ACQUIRER("acquirer"),
    PUBLIC("public"),
    SIGN_ON("sign-on"),
    DATA_BROKER("data-broker"),
    OTHER("other");

    private final String id;

    PartyKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code advertising}. */
    public String id() {
        return id;
    }
}
