// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * Outcome of a consent check, with the reason. Constants, so returning one allocates nothing.
 */
public enum Decision {
    /** The subject gave consent for the current version of a consent-based purpose. */
    ALLOWED_BY_CONSENT(true, "allowed: the subject consented to the current version of this purpose"),
    /** The purpose's legal basis is not consent (contract, legal obligation, ...), so it needs none. */
    ALLOWED_BY_BASIS(true, "allowed: the purpose's legal basis does not require consent"),
    /** The purpose needs consent and the subject never gave it. */
    DENIED_NO_CONSENT(false, "denied: the purpose needs consent and the subject has not given it"),
    /** The subject gave consent and later withdrew it. */
    DENIED_WITHDRAWN(false, "denied: the subject withdrew consent for this purpose"),
    /** Consent was given for an older version of the purpose; the policy widened it since. */
    DENIED_OUTDATED_VERSION(
            false, "denied: consent was given for an older version of this purpose; ask the subject again"),
    /** The subject is a child in their region and no parental consent is recorded for this purpose. */
    DENIED_CHILD_WITHOUT_PARENTAL_CONSENT(
            false, "denied: the subject is under the region's age of consent and no parental consent is recorded"),
    /** The subject is younger than the region's minimum age: the policy does not allow children this young. */
    DENIED_UNDER_MINIMUM_AGE(
            false, "denied: the subject is younger than the minimum age the policy allows in the subject's region"),
    /** The subject objected to a purpose based on legitimate interest (or public task). */
    DENIED_OBJECTION(false, "denied: the subject objected to processing for this purpose"),
    /** The purpose is not allowed in the subject's region, or the subject's region is unknown. */
    DENIED_REGION(false, "denied: the purpose is not allowed in the subject's region (or the region is unknown)"),
    /** The subject is a child and the policy commits to not profiling children; the purpose profiles. */
    DENIED_CHILD_PROFILING(
            false, "denied: the subject is a child and the policy promises not to profile children for this purpose");

    private final boolean allowed;
    private final String message;

    Decision(boolean allowed, String message) {
        this.allowed = allowed;
        this.message = message;
    }

    /**
     * Whether processing may go ahead.
     *
     * @return {@code true} for the {@code ALLOWED_*} decisions
     */
    public boolean allowed() {
        return allowed;
    }

    /**
     * A sentence for people (logs, support tools) saying why.
     *
     * @return the human message, lower-case, no final period
     */
    public String message() {
        return message;
    }
}
