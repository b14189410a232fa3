// SPDX-License-Identifier: Apache-2.0
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
    /** The subject withdrew an objection made earlier: processing on the purpose's basis may resume. */
    WITHDRAW_OBJECTION,
    /** A holder of parental responsibility consented for a child, for a version of a consent-based purpose. */
    PARENTAL_CONSENT;

    /** The stored names, for messages: {@code GRANT, WITHDRAW, OBJECT, WITHDRAW_OBJECTION or PARENTAL_CONSENT}. */
    static String names() {
        ConsentAction[] all = values();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].name());
        }
        return b.toString();
    }

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
