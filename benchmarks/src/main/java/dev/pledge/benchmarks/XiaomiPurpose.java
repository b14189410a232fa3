// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks;

import static dev.pledge.benchmarks.BenchRegion.EEA;
import static dev.pledge.benchmarks.BenchRegion.GLOBAL;
import static dev.pledge.benchmarks.BenchRegion.INDIA;
import static dev.pledge.benchmarks.BenchRegion.RUSSIA;
import static dev.pledge.runtime.LegalBasis.CONSENT;
import static dev.pledge.runtime.LegalBasis.CONTRACT;
import static dev.pledge.runtime.LegalBasis.EXPLICIT_CONSENT;
import static dev.pledge.runtime.LegalBasis.LEGAL_OBLIGATION;
import static dev.pledge.runtime.LegalBasis.LEGITIMATE_INTEREST;

import dev.pledge.runtime.LegalBasis;
import dev.pledge.runtime.PurposeSpec;

/**
 * The purposes of the benchmark policy, shaped like the generated {@code Purpose} enum of a Pledge policy.
 *
 * <p>The 48 ids are those of the Xiaomi 2021 policy ({@code examples/xiaomi/2021/purposes.pledge}); the legal
 * bases (18 contract, 16 legitimate interest, 1 legal obligation, 8 consent and 5 explicit consent) are those the
 * model gave before it marked every basis the seed does not state {@code unstated} (which the guard treats as
 * consent): <b>kept for the benchmark</b>, so that it weighs purposes of every kind of basis. That policy raises four purposes to version 2 (those the 2015 policy had
 * on a weaker basis or with less data) and declares no per-purpose region restrictions; the versions and the
 * region masks here are <b>invented for the benchmark</b>, so that every rule of
 * {@link dev.pledge.runtime.ConsentGuard#check} (outdated version, region) is exercised.
 */
public enum XiaomiPurpose implements PurposeSpec {
    PROVIDE_IMPROVE_SERVICES("provide-improve-services", CONTRACT),
    SECURITY_ANTI_FRAUD("security-anti-fraud", LEGITIMATE_INTEREST),
    HANDLE_REQUESTS("handle-requests", CONTRACT),
    MARKETING_PROMOTIONS("marketing-promotions", LEGITIMATE_INTEREST),
    INTERNAL_ANALYTICS_RESEARCH("internal-analytics-research", LEGITIMATE_INTEREST),
    DEVICE_PERFORMANCE("device-performance", LEGITIMATE_INTEREST),
    RECORDS_LEGAL_OBLIGATIONS("records-legal-obligations", LEGAL_OBLIGATION),
    BUSINESS_RECORDS("business-records", LEGITIMATE_INTEREST),
    LEGITIMATE_INTERESTS("legitimate-interests", LEGITIMATE_INTEREST),
    UNLOCK_PROTECTION("unlock-protection", LEGITIMATE_INTEREST),
    LOCAL_SERVICES("local-services", CONTRACT),
    OTHER_WITH_CONSENT("other-with-consent", CONSENT),
    ACTIVATE_REGISTER("activate-register", CONTRACT),
    MI_ACCOUNT("mi-account", CONTRACT),
    ORDER_PROCESSING("order-processing", CONTRACT),
    ORDER_PAYMENT("order-payment", EXPLICIT_CONSENT),
    DELIVERY_VERIFICATION("delivery-verification", CONTRACT),
    PARCEL_TRACKING("parcel-tracking", CONTRACT),
    INVOICE("invoice", CONTRACT),
    COMMUNITY("community", CONTRACT),
    MIUI_ACTIVATION("miui-activation", CONTRACT),
    ACTIVATION_FAILURE_DIAGNOSIS("activation-failure-diagnosis", LEGITIMATE_INTEREST),
    MIUI_SERVICE_OPERATION("miui-service-operation", CONTRACT),
    THEME_RECOMMENDATIONS("theme-recommendations", LEGITIMATE_INTEREST),
    FIND_DEVICE("find-device", EXPLICIT_CONSENT),
    PHOTO_GEOTAGGING("photo-geotagging", EXPLICIT_CONSENT, 1, BenchRegion.mask(GLOBAL, EEA, INDIA, RUSSIA)),
    MI_TALK("mi-talk", CONTRACT),
    MI_MESSAGE("mi-message", CONTRACT),
    LOCATION_BASED_SERVICES("location-based-services", EXPLICIT_CONSENT, 2, -1L),
    UX_PROGRAM("ux-program", CONSENT, 3, -1L),
    HW_SW_ANALYSIS("hw-sw-analysis", LEGITIMATE_INTEREST),
    SECURITY_APP("security-app", CONTRACT),
    PUSH_NOTIFICATIONS("push-notifications", CONSENT),
    PUSH_AD_MEASUREMENT("push-ad-measurement", CONSENT),
    PUSH_MARKETING("push-marketing", CONSENT, 2, -1L),
    VERIFY_IDENTITY_ECV("verify-identity-ecv", LEGITIMATE_INTEREST),
    FEEDBACK("feedback", LEGITIMATE_INTEREST),
    SERVICE_NOTICES("service-notices", CONTRACT),
    SOCIAL_PROMOTIONS("social-promotions", CONTRACT),
    PERSONALISED_CONTENT("personalised-content", CONSENT),
    CROSS_SERVICE_COMBINATION("cross-service-combination", LEGITIMATE_INTEREST),
    MI_ACCOUNT_CROSS_USE("mi-account-cross-use", CONTRACT),
    TAG_PERSONALISATION("tag-personalisation", CONSENT, 2, -1L),
    PERSONALISED_ADS_PROFILING("personalised-ads-profiling", CONSENT, 2, BenchRegion.mask(GLOBAL, EEA, INDIA, RUSSIA)),
    DIRECT_MARKETING_AUTOMATED_DECISIONS("direct-marketing-automated-decisions", LEGITIMATE_INTEREST),
    WEBSITE_ANALYTICS("website-analytics", LEGITIMATE_INTEREST, 1, BenchRegion.mask(GLOBAL, EEA)),
    INTEREST_BASED_ADS("interest-based-ads", EXPLICIT_CONSENT, 1, BenchRegion.mask(GLOBAL, EEA, INDIA)),
    AGGREGATE_STATISTICS("aggregate-statistics", LEGITIMATE_INTEREST);

    private final String id;
    private final LegalBasis basis;
    private final int version;
    private final long regionMask;

    XiaomiPurpose(String id, LegalBasis basis) {
        this(id, basis, 1, -1L);
    }

    XiaomiPurpose(String id, LegalBasis basis, int version, long regionMask) {
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
}
