// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/** A purpose as a plain record, for policies built inside a test (many purposes, other versions). */
record Purpose(int ordinal, String id, LegalBasis basis, int version, long regionMask) implements PurposeSpec {

    static Purpose consent(int ordinal, String id, int version) {
        return new Purpose(ordinal, id, LegalBasis.CONSENT, version, -1L);
    }
}
