// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks;

import dev.pledge.runtime.RegionSpec;

/**
 * The regions of the benchmark policy, shaped like the generated {@code Region} enum of a Pledge policy. Ids
 * follow the Xiaomi 2021 policy ({@code examples/xiaomi/2021/xiaomi.pledge}); the child ages are the usual
 * ages of digital consent of those jurisdictions (GDPR default 16, PIPL 14, DPDP Act 18, Russia 14) and are
 * there to exercise the guard's parental-consent rule.
 */
public enum BenchRegion implements RegionSpec {
    GLOBAL("global", 0),
    CN("cn", 14),
    EEA("eea", 16),
    INDIA("india", 18),
    RUSSIA("russia", 14);

    private final String id;
    private final int childAge;

    BenchRegion(String id, int childAge) {
        this.id = id;
        this.childAge = childAge;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int childAge() {
        return childAge;
    }

    /**
     * @param regions the regions a purpose is allowed in
     * @return the region bit mask of {@link dev.pledge.runtime.PurposeSpec#regionMask()}
     */
    static long mask(BenchRegion... regions) {
        long m = 0;
        for (BenchRegion r : regions) {
            m |= 1L << r.ordinal();
        }
        return m;
    }

    /** @return the highest child age of the policy (what applies to a subject of unknown region) */
    static int maxChildAge() {
        int max = 0;
        for (BenchRegion r : values()) {
            max = Math.max(max, r.childAge);
        }
        return max;
    }
}
