package dev.pledge.runtime;

/** Shaped like a generated {@code Region} enum. */
enum TestRegion implements RegionSpec {
    EU("EU", 16),
    CN("CN", 14),
    US("US", 13),
    SG("SG", 0);

    private final String id;
    private final int childAge;

    TestRegion(String id, int childAge) {
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

    static long mask(TestRegion... regions) {
        long m = 0;
        for (TestRegion r : regions) {
            m |= 1L << r.ordinal();
        }
        return m;
    }
}
