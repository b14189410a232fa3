// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * A security measure: {@code security encryption "Encryption" { kind technical }}.
 * Kind and description are null when the policy does not state them.
 */
public record Security(String id, Text title, SecurityKind kind, Text description) {}
