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
    record BasisChange(String region, LegalBasis from, LegalBasis to) {}

    private BasisChanges() {}

    static List<BasisChange> of(Purpose was, Purpose now) {
        List<BasisChange> changes = new ArrayList<>();
        if (was.basis() != null && now.basis() != null && was.basis() != now.basis()) {
            changes.add(new BasisChange(null, was.basis(), now.basis()));
        }
        Set<String> regions = new LinkedHashSet<>();
        for (Purpose purpose : List.of(now, was)) {
            purpose.bases().stream().map(Basis::regions).forEach(regions::addAll);
        }
        for (String region : regions) {
            LegalBasis from = was.basisIn(region);
            LegalBasis to = now.basisIn(region);
            if (from != null && to != null && !Objects.equals(from, to)) {
                changes.add(new BasisChange(region, from, to));
            }
        }
        return changes;
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
