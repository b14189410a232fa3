package dev.pledge.runtime;

/**
 * What a consent record records. Stored by name; the names are part of the ledger format.
 */
public enum ConsentAction {
    /** The subject gave consent for a version of a consent-based purpose. */
    GRANT,
    /** The subject withdrew consent for a consent-based purpose. */
    WITHDRAW,
    /** The subject objected to a purpose based on legitimate interest or public task (GDPR Art. 21). */
    OBJECT,
    /** A holder of parental responsibility consented for a child, for a version of a consent-based purpose. */
    PARENTAL_CONSENT;

    /**
     * Parses a stored action name.
     *
     * @param text the stored name
     * @return the action, or {@code null} if the text names none
     */
    static ConsentAction parse(String text) {
        if (text == null) {
            return null;
        }
        for (ConsentAction a : values()) {
            if (a.name().equals(text)) {
                return a;
            }
        }
        return null;
    }
}
