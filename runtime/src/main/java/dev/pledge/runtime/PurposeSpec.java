// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * A purpose of processing, as declared in a policy. Implemented by the generated {@code Purpose} enum; the
 * runtime reads each value once when a {@link ConsentGuard} is built.
 */
public interface PurposeSpec {

    /**
     * Position of this purpose in the policy's purpose array ({@code Purpose.values()}); an enum's
     * {@code ordinal()} satisfies this.
     *
     * @return 0-based index, unique within one policy
     */
    int ordinal();

    /**
     * The purpose's name in the policy, kebab-case (for example {@code fraud-prevention}). Stored in consent
     * records.
     *
     * @return the policy identifier of this purpose, never blank
     */
    String id();

    /**
     * The lawful basis of this purpose.
     *
     * @return the basis, never {@code null}
     */
    LegalBasis basis();

    /**
     * The lawful basis of this purpose in a region: a policy may base a purpose on consent in one region and on
     * another basis elsewhere ({@code basis consent in eea}). The guard asks once per region when it is built.
     *
     * @param region a region of the policy
     * @return the basis there, never {@code null}; {@link #basis()} unless the policy gives the region its own
     */
    default LegalBasis basis(RegionSpec region) {
        return basis();
    }

    /**
     * Version of this purpose, starting at 1. It rises whenever the policy widens the purpose (more data, more
     * recipients, ...); consent given for an older version no longer counts.
     *
     * @return the current version, {@code >= 1}
     */
    int version();

    /**
     * The age under which a subject in the region needs parental consent for this purpose: the region's
     * ({@link RegionSpec#childAge()}) unless a children's rule limited to this purpose's services says
     * otherwise (the most specific rule applies).
     *
     * @param region a region of the policy
     * @return the age limit, or 0 when no rule applies
     */
    default int childAge(RegionSpec region) {
        return region.childAge();
    }

    /**
     * The age under which a subject in the region may not use this purpose at all: the region's
     * ({@link RegionSpec#minimumAge()}) unless a children's rule limited to this purpose's services says
     * otherwise.
     *
     * @param region a region of the policy
     * @return the age limit, or 0 when no rule applies
     */
    default int minimumAge(RegionSpec region) {
        return region.minimumAge();
    }

    /**
     * Whether children may not be processed for this purpose at all, even with parental consent: a profiling
     * purpose of a policy that commits to {@code no-profiling-of-children}.
     *
     * @return {@code true} to deny it to subjects under the purpose's child age
     */
    default boolean notForChildren() {
        return false;
    }

    /**
     * Regions where this purpose may be processed: bit {@code i} set means allowed in the region whose
     * {@link RegionSpec#ordinal()} is {@code i}. {@code -1L} (all bits) means everywhere.
     *
     * @return the region bit mask
     */
    long regionMask();
}
