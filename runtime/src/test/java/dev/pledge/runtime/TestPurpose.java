// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

/** Shaped like a generated {@code Purpose} enum. */
enum TestPurpose implements PurposeSpec {
    ANALYTICS("analytics", LegalBasis.CONSENT, 1, -1L),
    AD_PERSONALISATION("ad-personalisation", LegalBasis.CONSENT, 2, -1L),
    HEALTH_INSIGHTS("health-insights", LegalBasis.EXPLICIT_CONSENT, 1, TestRegion.mask(TestRegion.EU, TestRegion.SG)),
    FRAUD_PREVENTION("fraud-prevention", LegalBasis.LEGITIMATE_INTEREST, 1, -1L),
    BILLING("billing", LegalBasis.CONTRACT, 1, -1L),
    LOCAL_STORAGE("local-storage", LegalBasis.LEGAL_OBLIGATION, 1, TestRegion.mask(TestRegion.CN)),
    INTEREST_PROFILE("interest-profile", LegalBasis.CONSENT, 1, -1L);

    static final String POLICY = "test-policy";
    static final String POLICY_VERSION = "2025-01-01";

    private final String id;
    private final LegalBasis basis;
    private final int version;
    private final long regionMask;

    TestPurpose(String id, LegalBasis basis, int version, long regionMask) {
        this.id = id;
        this.basis = basis;
        this.version = version;
        this.regionMask = regionMask;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public long regionMask() {
        return regionMask;
    }

    /** The interest profile profiles, and the test policy promises not to profile children. */
    @Override
    public boolean notForChildren() {
        return this == INTEREST_PROFILE;
    }

    static ConsentGuard guard() {
        return ConsentGuard.of(values(), TestRegion.values());
    }
}
