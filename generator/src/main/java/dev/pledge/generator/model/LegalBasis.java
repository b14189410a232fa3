// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The legal basis of a purpose, as written after {@code basis}. */
public enum LegalBasis {
    CONSENT("consent"),
    EXPLICIT_CONSENT("explicit-consent"),
    CONTRACT("contract"),
    LEGAL_OBLIGATION("legal-obligation"),
    LEGITIMATE_INTEREST("legitimate-interest"),
    VITAL_INTEREST("vital-interest"),
    PUBLIC_TASK("public-task"),
    /** The policy gives no legal basis for the purpose ({@code basis unstated}). */
    UNSTATED("unstated");

    private final String id;

    LegalBasis(String id) {
        this.id = id;
    }

    /** Consent or explicit consent: the subject's consent is the basis, which they can withdraw at any time (GDPR Art. 7(3)). */
    public boolean isConsent() {
        return this == CONSENT || this == EXPLICIT_CONSENT;
    }

    /**
     * Whether the consent guard asks for consent: consent, explicit consent, or no stated basis (the guard
     * never assumes a basis that needs none, so a purpose the policy gives no basis for waits for consent).
     */
    public boolean consentRequired() {
        return isConsent() || this == UNSTATED;
    }

    /** The keyword as written in a policy, e.g. {@code consent}. */
    public String id() {
        return id;
    }

    /** Legitimate interest or public task: the person can object to it (GDPR Art. 21(1)). */
    public boolean isObjectable() {
        return this == LEGITIMATE_INTEREST || this == PUBLIC_TASK;
    }
}
