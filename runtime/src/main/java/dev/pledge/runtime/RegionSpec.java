// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * A region (jurisdiction) declared in a policy. Implemented by the generated {@code Region} enum. A policy
 * has at most 64 regions, so that a purpose's allowed regions fit one {@code long}.
 */
public interface RegionSpec {

    /**
     * Position of this region in the policy's region array ({@code Region.values()}).
     *
     * @return 0-based index, {@code < 64}
     */
    int ordinal();

    /**
     * The region's name in the policy (for example {@code EU}, {@code CN}). Stored as the jurisdiction of
     * consent records.
     *
     * @return the identifier, never blank
     */
    String id();

    /**
     * Subjects younger than this age (in years) need parental consent for consent-based purposes here.
     *
     * @return the age limit, or 0 when the region has no such rule
     */
    int childAge();

    /**
     * Subjects younger than this age (in years) may not use the service here at all (the policy's children's
     * rule {@code under 13 not-allowed}): the guard denies them every purpose but those based on legal
     * obligation or vital interest.
     *
     * @return the age limit, or 0 when the region has no such rule
     */
    default int minimumAge() {
        return 0;
    }
}
