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
    UNSTATED("unstated"),
    /** Consent deemed given by an action, such as enabling cookies ({@code implied-consent}); not GDPR consent. */
    IMPLIED_CONSENT("implied-consent"),
    /** Processing unless the person objects ({@code no-objection}): an opt-out, no basis under the GDPR. */
    NO_OBJECTION("no-objection");

    private final String id;

    LegalBasis(String id) {
        this.id = id;
    }

    /** Consent or explicit consent: the subject's consent is the basis, which they can withdraw at any time (GDPR Art. 7(3)). */
    public boolean isConsent() {
        return this == CONSENT || this == EXPLICIT_CONSENT || this == IMPLIED_CONSENT;
    }

    /**
     * How much the basis asks of the processing, 0 the most: explicit consent, consent, implied consent, no stated
     * basis (the guard asks for consent), then the bases the person can object to, then the rest. The consent guard
     * applies the strictest of a basis's alternatives.
     */
    public int strictness() {
        return switch (this) {
            case EXPLICIT_CONSENT -> 0;
            case CONSENT -> 1;
            case IMPLIED_CONSENT -> 2;
            case UNSTATED -> 3;
            case NO_OBJECTION, LEGITIMATE_INTEREST, PUBLIC_TASK -> 4;
            case CONTRACT, LEGAL_OBLIGATION, VITAL_INTEREST -> 5;
        };
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
        return this == LEGITIMATE_INTEREST || this == PUBLIC_TASK || this == NO_OBJECTION;
    }
}
