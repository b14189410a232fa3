// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * Data the policy does not itemise: {@code uses unstated "the personal information you provide"} on a purpose,
 * {@code receives unstated "Personal Information"} on a disclosure. The purpose or disclosure then stands for some
 * of the policy's personal data, and the policy does not say which: notices say so, exports map no data to it,
 * and the build gate attributes no read of a data item to it (a read must be declared by an item the policy names).
 *
 * @param words the policy's words for the data, or null when it uses none
 */
public record UnstatedData(Text words) {}
