// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * The lawful basis of a purpose (GDPR Art. 6 and 9, and their equivalents elsewhere).
 *
 * <p>Only {@link #CONSENT} and {@link #EXPLICIT_CONSENT} need the subject's consent; processing under any
 * other basis is allowed by the basis itself, unless the subject objected (see {@link #objectable()}).
 */
public enum LegalBasis {
    /** Consent of the subject (GDPR Art. 6(1)(a)). */
    CONSENT,
    /** Explicit consent, required for special categories of data (GDPR Art. 9(2)(a)). */
    EXPLICIT_CONSENT,
    /** Necessary for a contract with the subject (Art. 6(1)(b)). */
    CONTRACT,
    /** Necessary for a legal obligation of the controller (Art. 6(1)(c)). */
    LEGAL_OBLIGATION,
    /** Legitimate interest of the controller or a third party (Art. 6(1)(f)); the subject may object. */
    LEGITIMATE_INTEREST,
    /** Protection of vital interests of the subject or another person (Art. 6(1)(d)). */
    VITAL_INTEREST,
    /** A task in the public interest or official authority (Art. 6(1)(e)); the subject may object. */
    PUBLIC_TASK,
    /**
     * The policy states no legal basis for the purpose ({@code basis unstated}). The guard treats it as
     * consent-required: without a stated basis nothing shows that processing is lawful without the subject's
     * consent, and consent, once given and recorded, is a basis the subject can always be asked for. A
     * guard that allowed it by basis would permit what the policy never claims.
     */
    UNSTATED,
    /**
     * Consent deemed given by an action, such as enabling cookies ({@code implied-consent}); not consent under the
     * GDPR. The guard treats it as consent: the application records the action that implies consent (the person
     * enabled cookies) in the ledger, and a withdrawal (they disabled them) stops the processing. The guard never
     * assumes the action happened.
     */
    IMPLIED_CONSENT,
    /**
     * Processing unless the person objects ({@code no-objection}, an opt-out): allowed by the basis until an
     * objection is recorded, like {@link #LEGITIMATE_INTEREST}.
     */
    NO_OBJECTION;

    /**
     * Whether processing under this basis needs the subject's consent.
     *
     * @return {@code true} for {@link #CONSENT}, {@link #EXPLICIT_CONSENT}, {@link #IMPLIED_CONSENT} and
     *     {@link #UNSTATED} (see there)
     */
    public boolean needsConsent() {
        return this == CONSENT || this == EXPLICIT_CONSENT || this == IMPLIED_CONSENT || this == UNSTATED;
    }

    /**
     * Whether the subject has a right to object to processing under this basis (GDPR Art. 21(1)): a recorded
     * objection then stops the processing.
     *
     * @return {@code true} for {@link #LEGITIMATE_INTEREST}, {@link #PUBLIC_TASK} and {@link #NO_OBJECTION}
     */
    public boolean objectable() {
        return this == LEGITIMATE_INTEREST || this == PUBLIC_TASK || this == NO_OBJECTION;
    }

    /**
     * Whether processing under this basis goes on whatever the subject's age: a policy's minimum age
     * ({@link RegionSpec#minimumAge()}) cannot waive a legal obligation or the protection of someone's life.
     *
     * @return {@code true} for {@link #LEGAL_OBLIGATION} and {@link #VITAL_INTEREST}
     */
    public boolean appliesAtAnyAge() {
        return this == LEGAL_OBLIGATION || this == VITAL_INTEREST;
    }
}
