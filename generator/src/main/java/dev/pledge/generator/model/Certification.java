// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * A certification the controller holds: {@code certification iso-27001 "ISO/IEC 27001" { standard "..." }}.
 * Text components are null when the policy does not state them.
 */
public record Certification(String id, Text title, String standard, Text scope, Text description) {}
