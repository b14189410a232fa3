// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * The occasion on which data goes to a recipient: {@code when legal-obligation "a court order"}.
 *
 * @param text the policy's own words, or null
 */
public record Trigger(TriggerKind kind, Text text) {}
