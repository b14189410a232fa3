// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A promise of the policy, checked against its other declarations and, for sharing, against the code:
 * {@code commitment no-sale "We do not sell your data" { no-sale }}.
 *
 * @param description null when the policy gives none
 */
public record Commitment(String id, Text title, List<Promise> promises, Text description) {

    public Commitment {
        promises = List.copyOf(promises);
    }
}
