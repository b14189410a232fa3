// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A security measure: {@code security encryption "Encryption" { kind technical }}, of one kind or several
 * ({@code kind technical, organisational}). The description is null when the policy gives none.
 *
 * @param kinds its kinds, as written; empty when the policy states none
 */
public record Security(String id, Text title, List<SecurityKind> kinds, Text description) {

    public Security {
        kinds = List.copyOf(kinds);
    }
}
