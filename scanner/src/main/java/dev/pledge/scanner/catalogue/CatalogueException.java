// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

/** A catalogue file cannot be read or is malformed. The message says where and what to write. */
public final class CatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
