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
 * @param alternatives the bases written after {@code or}: local law decides among {@code basis} and them
 *     ({@code basis consent or no-objection "as local law requires"}); empty for one basis
 */
public record Basis(LegalBasis basis, Text interest, List<String> regions, List<LegalBasis> alternatives) {

    public Basis {
        regions = List.copyOf(regions);
        alternatives = List.copyOf(alternatives);
    }

    /** One basis, no alternatives. */
    public Basis(LegalBasis basis, Text interest, List<String> regions) {
        this(basis, interest, regions, List.of());
    }

    /** The basis and its alternatives, in the order written. */
    public List<LegalBasis> kinds() {
        List<LegalBasis> kinds = new java.util.ArrayList<>();
        kinds.add(basis);
        kinds.addAll(alternatives);
        return kinds;
    }

    /** The basis as written: {@code consent}, or {@code consent or no-objection}. */
    public String written() {
        return String.join(" or ", kinds().stream().map(LegalBasis::id).toList());
    }

    /**
     * The alternative the consent guard applies: the strictest (see {@link LegalBasis#strictness()}), since the
     * policy does not say where local law picks which. For one basis, the basis.
     */
    public LegalBasis strictest() {
        return kinds().stream()
                .min(java.util.Comparator.comparingInt(LegalBasis::strictness))
                .orElseThrow();
    }

    /** True when it applies in every region the purpose's other bases do not name. */
    public boolean everywhere() {
        return regions.isEmpty();
    }
}
