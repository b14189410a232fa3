// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/**
 * Thrown by {@link ConsentGuard#require(SubjectConsent, PurposeSpec)} when processing is not allowed.
 *
 * <p>The message names the purpose and the reason but not the subject, so that logging it does not spread
 * subject identifiers; {@link #subjectId()} gives it to code that needs it.
 */
public final class ConsentDeniedException extends RuntimeException {
    /** Serialisation version. */
    private static final long serialVersionUID = 1L;

    /** The denying decision (an enum constant, so serialisable as such). */
    private final Decision decision;
    /** The subject that was checked. */
    private final String subjectId;
    /** The purpose that was checked. */
    private final String purposeId;

    /**
     * Creates the exception.
     *
     * @param decision  the denying decision
     * @param subjectId the subject that was checked
     * @param purposeId the purpose that was checked
     */
    public ConsentDeniedException(Decision decision, String subjectId, String purposeId) {
        super("processing for purpose '" + purposeId + "' " + decision.message() + " [" + decision.name() + "]");
        this.decision = decision;
        this.subjectId = subjectId;
        this.purposeId = purposeId;
    }

    /** @return the denying decision, never an {@code ALLOWED_*} one */
    public Decision decision() {
        return decision;
    }

    /** @return the subject that was checked */
    public String subjectId() {
        return subjectId;
    }

    /** @return the purpose that was checked */
    public String purposeId() {
        return purposeId;
    }
}
