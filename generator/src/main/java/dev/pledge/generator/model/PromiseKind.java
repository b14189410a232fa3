// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The kinds of promise a commitment makes, as written. */
public enum PromiseKind {
    /** Every purpose that uses personal data rests on consent. */
    ONLY_WITH_CONSENT("only-with-consent"),
    /** No personal data is sold (no data broker receives any). */
    NO_SALE("no-sale"),
    /** Children are not profiled: the consent guard denies them profiling purposes. */
    NO_PROFILING_OF_CHILDREN("no-profiling-of-children"),
    /** No data is transferred to other regions. */
    NO_TRANSFERS("no-transfers"),
    /** Some data goes to no recipient (or none of some kinds, or for some purposes). */
    NO_SHARING("no-sharing"),
    /** Some data is not linked to other data. */
    NOT_LINKED("not-linked"),
    /** Data collected in some regions stays there. */
    NO_TRANSFER_OUT_OF("no-transfer-out-of");

    private final String id;

    PromiseKind(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code no-sale}. */
    public String id() {
        return id;
    }

    /** The constant for a keyword. */
    public static PromiseKind of(String keyword) {
        for (PromiseKind kind : values()) {
            if (kind.id.equals(keyword)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown promise " + keyword);
    }
}
