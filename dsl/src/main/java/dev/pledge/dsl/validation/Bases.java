// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Basis;
import dev.pledge.dsl.pledge.LegalBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@code basis} clause says: a legal basis, or alternatives among which local law decides
 * ({@code basis consent or no-objection or explicit-consent "..."}).
 */
final class Bases {

    /** Bases under which the person's consent (given or deemed) is what makes processing lawful. */
    static final Set<LegalBasis> CONSENT =
            EnumSet.of(LegalBasis.CONSENT, LegalBasis.EXPLICIT_CONSENT, LegalBasis.IMPLIED_CONSENT);

    /** How a basis meets the rule that sensitive data needs explicit consent. */
    enum ForSensitive {
        /** Explicit consent (or a basis the policy does not state, a gap reported elsewhere). */
        EXPLICIT,
        /** Explicit consent among alternatives: the policy leaves open where it applies. */
        OPEN,
        /** No explicit consent at all. */
        WEAKER
    }

    private Bases() {}

    /** The basis and its alternatives, in the order written. */
    static List<LegalBasis> kinds(Basis basis) {
        List<LegalBasis> kinds = new ArrayList<>();
        kinds.add(basis.getBasis());
        kinds.addAll(basis.getAlternatives());
        return kinds;
    }

    static ForSensitive forSensitive(Basis basis) {
        List<LegalBasis> kinds = kinds(basis);
        if (kinds.stream().allMatch(k -> k == LegalBasis.EXPLICIT_CONSENT || k == LegalBasis.UNSTATED)) {
            return ForSensitive.EXPLICIT;
        }
        return kinds.contains(LegalBasis.EXPLICIT_CONSENT) ? ForSensitive.OPEN : ForSensitive.WEAKER;
    }

    /** Whether one of the alternatives rests on the person's consent, which they can withdraw. */
    static boolean consent(Basis basis) {
        return kinds(basis).stream().anyMatch(CONSENT::contains);
    }

    /** The basis as written: {@code consent or no-objection}. */
    static String literal(Basis basis) {
        return String.join(
                " or ", kinds(basis).stream().map(LegalBasis::getLiteral).toList());
    }
}
