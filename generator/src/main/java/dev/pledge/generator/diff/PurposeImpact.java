// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import java.util.List;
import java.util.Objects;

/**
 * What a changed purpose asks of the controller: fresh consent before the new processing, or only a
 * notice of the change.
 *
 * @param purpose the purpose's name
 * @param impact fresh consent or notice
 * @param reasons why, one short phrase per change that concerns the purpose
 * @param oldVersion the purpose's version in the old policy, or null when the purpose is new
 * @param newVersion its version in the new policy, or null when it was removed
 */
public record PurposeImpact(
        String purpose, Impact impact, List<String> reasons, Integer oldVersion, Integer newVersion) {

    /** What a change needs. */
    public enum Impact {
        /** The purpose rests on consent and the change goes beyond what people consented to. */
        FRESH_CONSENT("fresh-consent"),
        /** Telling people is enough (GDPR Art. 13(3) / 14(4) for a new purpose not based on consent). */
        NOTICE("notice");

        private final String id;

        Impact(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public PurposeImpact {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(impact, "impact");
        reasons = List.copyOf(reasons);
    }

    /**
     * For a purpose of both versions that needs fresh consent: whether its {@code version} rose, so
     * that the generated consent guard stops accepting consent given for the old version. Always
     * true for other purposes.
     */
    public boolean versionRaised() {
        return impact != Impact.FRESH_CONSENT || oldVersion == null || newVersion == null || newVersion > oldVersion;
    }
}
