// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Purpose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the legal bases of a purpose differ between two versions: the basis everywhere else, and the basis
 * of every region either version names in a {@code basis ... in} clause (a region without one of its own
 * has the basis everywhere else).
 */
final class BasisChanges {

    /**
     * One difference.
     *
     * @param region the region, or null for the basis everywhere else
     */
    record BasisChange(String region, Basis fromBasis, Basis toBasis) {
        /** The basis the consent guard applied before: the strictest alternative. */
        LegalBasis from() {
            return fromBasis.strictest();
        }

        /** The basis the consent guard applies now: the strictest alternative. */
        LegalBasis to() {
            return toBasis.strictest();
        }

        /** {@code consent to consent or no-objection}. */
        String fromTo() {
            return fromBasis.written() + " to " + toBasis.written();
        }
    }

    private BasisChanges() {}

    /** Bases differ when what is written differs: another basis, or other alternatives local law decides among. */
    static List<BasisChange> of(Purpose was, Purpose now) {
        List<BasisChange> changes = new ArrayList<>();
        add(changes, null, was.basisRecordIn(null), now.basisRecordIn(null));
        Set<String> regions = new LinkedHashSet<>();
        for (Purpose purpose : List.of(now, was)) {
            purpose.bases().stream().map(Basis::regions).forEach(regions::addAll);
        }
        for (String region : regions) {
            add(changes, region, was.basisRecordIn(region), now.basisRecordIn(region));
        }
        return changes;
    }

    private static void add(List<BasisChange> changes, String region, Basis from, Basis to) {
        if (from != null && to != null && !Objects.equals(from.kinds(), to.kinds())) {
            changes.add(new BasisChange(region, from, to));
        }
    }

    /**
     * A change that needs fresh consent: from a basis the guard asks no consent for to one it does (consent,
     * explicit consent, or none stated), from no stated basis to consent (consent asked for under a policy that
     * stated none may not meet what it states now), or from consent to explicit consent.
     */
    static boolean stronger(BasisChange change) {
        return !change.from().consentRequired() && change.to().consentRequired()
                || !change.from().isConsent() && change.to().isConsent()
                || change.from() == LegalBasis.CONSENT && change.to() == LegalBasis.EXPLICIT_CONSENT;
    }
}
