// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks;

import static dev.pledge.benchmarks.XiaomiPurpose.INTEREST_BASED_ADS;
import static dev.pledge.benchmarks.XiaomiPurpose.LOCATION_BASED_SERVICES;
import static dev.pledge.benchmarks.XiaomiPurpose.OTHER_WITH_CONSENT;
import static dev.pledge.benchmarks.XiaomiPurpose.PERSONALISED_ADS_PROFILING;
import static dev.pledge.benchmarks.XiaomiPurpose.PERSONALISED_CONTENT;
import static dev.pledge.benchmarks.XiaomiPurpose.PUSH_AD_MEASUREMENT;
import static dev.pledge.benchmarks.XiaomiPurpose.PUSH_MARKETING;
import static dev.pledge.benchmarks.XiaomiPurpose.PUSH_NOTIFICATIONS;
import static dev.pledge.benchmarks.XiaomiPurpose.TAG_PERSONALISATION;
import static dev.pledge.benchmarks.XiaomiPurpose.UX_PROGRAM;

import com.iabtcf.decoder.TCString;
import com.iabtcf.encoder.TCStringEncoder;
import dev.pledge.runtime.ConsentGuard;
import dev.pledge.runtime.SubjectConsent;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One deterministic population of subjects and their consent history, and the three representations the
 * benchmark compares, all built from it:
 * <ul>
 * <li>Pledge: one {@link SubjectConsent} per subject, fed the raw history (grants for the current or an older
 * version, withdrawals, objections, parental consents, region, age); {@link ConsentGuard#check} resolves it at
 * every call;</li>
 * <li>a naive {@code Map<String, Set<String>>}: subject id to the ids of the purposes the subject currently has
 * valid consent for;</li>
 * <li>one IAB TCF v2 TC string per subject whose purpose-consent bits are set for the mapped purposes
 * ({@link #TCF_MAPPED}) the subject currently has valid consent for.</li>
 * </ul>
 *
 * <p>A map or a TC string cannot express versions, withdrawal, regions or parental consent, so they are filled
 * with the <em>already resolved</em> answer, computed by {@link #allowedByRules} (this fixture's own,
 * independent statement of the rules, not a call to the guard). That way the three give the same answers to the
 * same questions, and the guard, which resolves at check time, does strictly more work per question than the
 * others.
 */
public final class ConsentFixture {

    /** Number of subjects. */
    public static final int SUBJECTS = 1024;

    /** Number of precomputed questions; a power of two so a counter can be masked into an index. */
    public static final int QUESTIONS = 4096;

    /** Seed of the population and the questions, so every run and the test see the same data. */
    public static final long SEED = 20_260_101L;

    /**
     * Pledge purposes standing in for TCF purposes 1..10: {@code TCF_MAPPED[k - 1]} is asked as "TCF purpose k
     * consented?". TCF v2 defines only 10 purposes (11 since v2.2), so only these 10 of the policy's 13
     * consent-based purposes are part of the three-way comparison. The order follows the TCF purpose names
     * loosely (3 "create profiles for personalised advertising" = personalised-ads-profiling, 4 "use profiles
     * to select personalised advertising" = interest-based-ads, 5/6 personalised content, 7 "measure
     * advertising performance" = push-ad-measurement, 10 "develop and improve services" = ux-program); for
     * 1, 2, 8 and 9 the fit is poor, and for the benchmark only the bit position matters.
     */
    public static final XiaomiPurpose[] TCF_MAPPED = {
        LOCATION_BASED_SERVICES, // 1  store and/or access information on a device (loose)
        PUSH_MARKETING, // 2  select basic ads / use limited data to select advertising (loose)
        PERSONALISED_ADS_PROFILING, // 3  create profiles for personalised advertising
        INTEREST_BASED_ADS, // 4  use profiles to select personalised advertising
        TAG_PERSONALISATION, // 5  create profiles to personalise content
        PERSONALISED_CONTENT, // 6  use profiles to select personalised content
        PUSH_AD_MEASUREMENT, // 7  measure advertising performance
        PUSH_NOTIFICATIONS, // 8  measure content performance (loose)
        OTHER_WITH_CONSENT, // 9  understand audiences / market research (loose)
        UX_PROGRAM, // 10 develop and improve services
    };

    /** What a subject's history says about one consent-based purpose. */
    enum ConsentHistory {
        NONE,
        GRANTED,
        GRANTED_OLD_VERSION,
        WITHDRAWN
    }

    private static final XiaomiPurpose[] PURPOSES = XiaomiPurpose.values();
    private static final BenchRegion[] REGIONS = BenchRegion.values();
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    final ConsentGuard guard;
    final String[] subjectIds;
    final BenchRegion[] region; // null = unknown
    final int[] age; // -1 = unknown
    final ConsentHistory[][] history; // [subject][purpose ordinal], NONE for non-consent bases
    final boolean[][] parental; // parental consent for the current version
    final boolean[][] objected;
    final SubjectConsent[] states;
    final Map<String, Set<String>> consentMap;
    final String[] tcStrings; // encoded, one per subject
    final TCString[] decoded; // decoded once

    /** Question k of the three-way comparison: subject {@code questionSubject[k]}, purpose TCF_MAPPED[questionMapped[k]]. */
    final int[] questionSubject;

    final int[] questionMapped;
    /** Question k of the all-purposes benchmark: subject {@code anySubject[k]}, purpose ordinal {@code anyPurpose[k]}. */
    final int[] anySubject;

    final int[] anyPurpose;

    private ConsentFixture() {
        Random rnd = new Random(SEED);
        guard = ConsentGuard.of(PURPOSES, REGIONS);
        subjectIds = new String[SUBJECTS];
        region = new BenchRegion[SUBJECTS];
        age = new int[SUBJECTS];
        history = new ConsentHistory[SUBJECTS][PURPOSES.length];
        parental = new boolean[SUBJECTS][PURPOSES.length];
        objected = new boolean[SUBJECTS][PURPOSES.length];
        states = new SubjectConsent[SUBJECTS];
        consentMap = new HashMap<>();
        tcStrings = new String[SUBJECTS];
        decoded = new TCString[SUBJECTS];

        for (int s = 0; s < SUBJECTS; s++) {
            subjectIds[s] = String.format("subject-%06d", s);
            region[s] = rnd.nextInt(10) == 0 ? null : REGIONS[rnd.nextInt(REGIONS.length)];
            int a = rnd.nextInt(100);
            age[s] = a < 15 ? SubjectConsent.UNKNOWN : a < 27 ? 10 + rnd.nextInt(8) : 18 + rnd.nextInt(60);
            SubjectConsent state =
                    guard.newSubject(subjectIds[s]).region(region[s]).age(age[s]);
            for (XiaomiPurpose p : PURPOSES) {
                int o = p.ordinal();
                history[s][o] = ConsentHistory.NONE;
                if (p.basis().needsConsent()) {
                    int h = rnd.nextInt(100);
                    ConsentHistory c = h < 25
                            ? ConsentHistory.NONE
                            : h < 70
                                    ? ConsentHistory.GRANTED
                                    : h < 82 && p.version() > 1
                                            ? ConsentHistory.GRANTED_OLD_VERSION
                                            : h < 82 ? ConsentHistory.GRANTED : ConsentHistory.WITHDRAWN;
                    history[s][o] = c;
                    switch (c) {
                        case GRANTED -> state.grant(p, p.version());
                        case GRANTED_OLD_VERSION -> state.grant(p, p.version() - 1);
                        case WITHDRAWN -> state.grant(p, p.version()).withdraw(p);
                        case NONE -> {}
                    }
                    if (c == ConsentHistory.GRANTED && rnd.nextBoolean()) {
                        parental[s][o] = true;
                        state.parentalConsent(p, p.version());
                    }
                } else if (p.basis().objectable() && rnd.nextInt(10) == 0) {
                    objected[s][o] = true;
                    state.object(p);
                }
            }
            states[s] = state;

            // naive map: the ids of the consent-based purposes the subject may be processed for, resolved now;
            // keys are fresh String instances, as a request would carry its own copy of the id
            Set<String> consented = new HashSet<>();
            for (XiaomiPurpose p : PURPOSES) {
                if (p.basis().needsConsent() && allowedByRules(s, p)) {
                    consented.add(p.id());
                }
            }
            consentMap.put(new String(subjectIds[s]), consented);

            // TCF: a real v2 TC string with purpose k consented iff TCF_MAPPED[k - 1] is allowed
            TCStringEncoder.Builder tc = TCStringEncoder.newBuilder()
                    .version(2)
                    .created(CREATED)
                    .lastUpdated(CREATED)
                    .cmpId(300)
                    .cmpVersion(1)
                    .consentScreen(1)
                    .consentLanguage("EN")
                    .vendorListVersion(80)
                    .tcfPolicyVersion(2)
                    .publisherCC("NL")
                    .addVendorConsent(755) // a few vendors, so the string has the usual vendor section
                    .addVendorConsent(804)
                    .addVendorLegitimateInterest(755);
            for (int k = 1; k <= TCF_MAPPED.length; k++) {
                if (allowedByRules(s, TCF_MAPPED[k - 1])) {
                    tc.addPurposesConsent(k);
                }
            }
            tcStrings[s] = tc.encode();
            decoded[s] = TCString.decode(tcStrings[s]);
            decoded[s].getPurposesConsent(); // decoded eagerly anyway; make sure the field is cached
        }

        questionSubject = new int[QUESTIONS];
        questionMapped = new int[QUESTIONS];
        anySubject = new int[QUESTIONS];
        anyPurpose = new int[QUESTIONS];
        for (int k = 0; k < QUESTIONS; k++) {
            questionSubject[k] = rnd.nextInt(SUBJECTS);
            questionMapped[k] = rnd.nextInt(TCF_MAPPED.length);
            anySubject[k] = rnd.nextInt(SUBJECTS);
            anyPurpose[k] = rnd.nextInt(PURPOSES.length);
        }
    }

    /** @return the fixture (about 1k TC strings are encoded and decoded: tens of milliseconds) */
    public static ConsentFixture create() {
        return new ConsentFixture();
    }

    /**
     * The rules of docs/runtime.md, stated again here from the raw history, independently of
     * {@link ConsentGuard}: the oracle the map and the TC strings are filled from, and that the test holds the
     * guard to.
     *
     * @param s subject index
     * @param p purpose
     * @return whether the subject's data may be processed for the purpose
     */
    boolean allowedByRules(int s, XiaomiPurpose p) {
        int o = p.ordinal();
        BenchRegion r = region[s];
        if (p.regionMask() != -1L && (r == null || (p.regionMask() & (1L << r.ordinal())) == 0)) {
            return false;
        }
        if (!p.basis().needsConsent()) {
            return !(p.basis().objectable() && objected[s][o]);
        }
        if (history[s][o] != ConsentHistory.GRANTED) {
            return false;
        }
        int childAge = r == null ? BenchRegion.maxChildAge() : r.childAge();
        boolean child = age[s] >= 0 && age[s] < childAge;
        return !child || parental[s][o];
    }
}
