// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * When people are told about data obtained from others (GDPR Art. 14(3)): {@code told within 1
 * month}, {@code told at-first-contact} or {@code told "..."}. Exactly one component is not null.
 *
 * @param within at the latest this long after the data is obtained
 * @param moment at the latest at this moment
 * @param text in the policy's words
 */
public record Telling(Duration within, TellingMoment moment, Text text) {}
