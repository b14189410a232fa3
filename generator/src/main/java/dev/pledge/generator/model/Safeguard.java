// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * How data is protected while a purpose uses it, a recipient receives it or a tracking technology collects
 * it: {@code safeguards pseudonymised, aggregated "only counts leave the device"}.
 *
 * @param text the policy's own words, or null
 */
public record Safeguard(SafeguardKind kind, Text text) {}
