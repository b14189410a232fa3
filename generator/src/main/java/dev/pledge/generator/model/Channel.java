// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Objects;

/** How a person acts: {@code settings "Settings > Privacy"}, {@code email "privacy@example.com"}. */
public record Channel(ChannelKind kind, Text value) {

    public Channel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
