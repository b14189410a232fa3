// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** How a person acts: a settings path, an address, a link. */
public enum ChannelKind {
    SETTINGS("settings"),
    EMAIL("email"),
    WEB("web"),
    PHONE("phone"),
    POST("post"),
    IN_APP("in-app"),
    BROWSER("browser"),
    LINK("link"),
    REQUEST("request");

    private final String id;

    ChannelKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code settings}. */
    public String id() {
        return id;
    }
}
