// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/** Shaped like a generated {@code Region} enum. */
enum TestRegion implements RegionSpec {
    EU("EU", 16, 0),
    CN("CN", 14, 0),
    US("US", 13, 0),
    SG("SG", 0, 0),
    /** Children under 13 may not use the service; from 13 to 15 they need parental consent. */
    KR("KR", 16, 13);

    private final String id;
    private final int childAge;
    private final int minimumAge;

    TestRegion(String id, int childAge, int minimumAge) {
        this.id = id;
        this.childAge = childAge;
        this.minimumAge = minimumAge;
    }

    @Override
    public int minimumAge() {
        return minimumAge;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int childAge() {
        return childAge;
    }

    static long mask(TestRegion... regions) {
        long m = 0;
        for (TestRegion r : regions) {
            m |= 1L << r.ordinal();
        }
        return m;
    }
}
