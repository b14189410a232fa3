// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * One legal basis of a purpose: {@code basis consent in eea} or, without regions, the basis
 * everywhere else: {@code basis legitimate-interest "fraud prevention"}.
 *
 * @param basis the legal basis ({@link LegalBasis#UNSTATED} when the policy gives none)
 * @param interest the interest pursued, for {@code legitimate-interest}; null otherwise
 * @param regions ids of the regions it applies to; empty for "everywhere else"
 */
public record Basis(LegalBasis basis, Text interest, List<String> regions) {

    public Basis {
        regions = List.copyOf(regions);
    }

    /** True when it applies in every region the purpose's other bases do not name. */
    public boolean everywhere() {
        return regions.isEmpty();
    }
}
