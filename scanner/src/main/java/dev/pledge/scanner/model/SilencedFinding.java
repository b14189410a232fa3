// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.Objects;

/**
 * A finding that does not count towards the result, and why: known from the baseline, in excluded
 * code, or in code whose suppression annotation gives a reason. Reports show it with the reason.
 *
 * @param reason the exclusion's or the annotation's reason; for the baseline, the baseline file
 */
public record SilencedFinding(ScanFinding finding, Why why, String reason) {

    /** Why a finding is silenced. */
    public enum Why {
        /** the baseline lists it: it was there when the baseline was written */
        BASELINE,
        /** an exclusion (by artifact or package) covers the code */
        EXCLUDED,
        /** a suppression annotation with a reason is on the method or class */
        SUPPRESSED,
        /** in dependency code the application cannot reach (see {@code Reachability}) */
        UNREACHABLE
    }

    public SilencedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(reason, "reason");
    }
}
