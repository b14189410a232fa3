// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The technique a tracking declaration describes. */
public enum TrackingKind {
    COOKIE("cookie"),
    PIXEL("pixel"),
    TAG("tag"),
    SCRIPT("script"),
    LOCAL_STORAGE("local-storage"),
    LOG_FILE("log-file"),
    SDK("sdk"),
    ADVERTISING_ID("advertising-id"),
    WIDGET("widget");

    private final String id;

    TrackingKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code cookie}. */
    public String id() {
        return id;
    }
}
