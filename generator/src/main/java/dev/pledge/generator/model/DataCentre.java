// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * Where data is stored: {@code data-centre singapore "Singapore" in global}.
 *
 * @param region id of the region it lies in
 * @param description null when the policy gives none
 */
public record DataCentre(String id, Text title, String region, Text description) {}
