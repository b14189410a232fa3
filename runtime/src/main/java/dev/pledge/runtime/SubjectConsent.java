// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.util.Objects;

/**
 * Consent state of one subject under one policy: bit sets indexed by purpose ordinal. A state made by
 * {@link ConsentGuard#newSubject(String)} (as the ledger makes them) also keeps every purpose's decision in a
 * table its mutators bring up to date, so {@link ConsentGuard#check(SubjectConsent, PurposeSpec)} is one
 * validated array read and allocates nothing; a state built with the constructor is decided on each check.
 *
 * <p>Usually built by {@link ConsentLedger#subject(String)}, which replays the subject's records; code may
 * also build one directly (tests, caches fed by the ledger). Mutators return {@code this}.
 *
 * <p>Not thread-safe for mutation: build or update it in one thread, then share it read-only (for example by
 * publishing a fresh instance through a {@code volatile} field or a concurrent map).
 */
public final class SubjectConsent {
    /** Region or age not known. */
    public static final int UNKNOWN = -1;

    private final String subjectId;
    final int purposeCount;
    final long[] granted;
    final long[] withdrawn;
    final long[] objected;
    final int[] grantedVersion;
    final int[] parentalVersion;
    int region = UNKNOWN;
    int age = UNKNOWN;
    /** The guard that built this state, or null; it keeps {@link #decisions} current. */
    ConsentGuard guard;
    /** With a guard: the decision (ordinal) for each purpose, recomputed whenever this state changes. */
    byte[] decisions;

    /**
     * Creates an empty state (no consent, no objection, region and age unknown).
     *
     * @param subjectId    the subject, never blank
     * @param purposeCount number of purposes of the policy ({@code Purpose.values().length})
     */
    public SubjectConsent(String subjectId, int purposeCount) {
        Objects.requireNonNull(subjectId, "subjectId");
        if (subjectId.isBlank()) {
            throw new IllegalArgumentException("subject id is blank");
        }
        if (purposeCount < 0) {
            throw new IllegalArgumentException("purpose count is negative: " + purposeCount);
        }
        this.subjectId = subjectId;
        this.purposeCount = purposeCount;
        int words = (purposeCount + 63) >>> 6;
        this.granted = new long[words];
        this.withdrawn = new long[words];
        this.objected = new long[words];
        this.grantedVersion = new int[purposeCount];
        this.parentalVersion = new int[purposeCount];
    }

    /** Binds this state to the guard that created it, which then answers checks from a decision table. */
    SubjectConsent bind(ConsentGuard owner) {
        this.guard = owner;
        this.decisions = new byte[purposeCount];
        changed();
        return this;
    }

    private void changed() {
        if (guard != null) {
            guard.decideAll(this, decisions);
        }
    }

    /** @return the subject this state belongs to */
    public String subjectId() {
        return subjectId;
    }

    /** @return number of purposes this state has room for */
    public int purposeCount() {
        return purposeCount;
    }

    /**
     * Records consent for a version of a purpose (clears an earlier withdrawal).
     *
     * @param purpose the purpose
     * @param version the purpose version the subject consented to, {@code >= 1}
     * @return this
     */
    public SubjectConsent grant(PurposeSpec purpose, int version) {
        int o = index(purpose);
        if (version < 1) {
            throw new IllegalArgumentException("purpose version must be >= 1, was " + version);
        }
        set(granted, o);
        clear(withdrawn, o);
        grantedVersion[o] = version;
        changed();
        return this;
    }

    /**
     * Records withdrawal of consent for a purpose; also drops any parental consent for it, so a later grant
     * needs a fresh one.
     *
     * @param purpose the purpose
     * @return this
     */
    public SubjectConsent withdraw(PurposeSpec purpose) {
        int o = index(purpose);
        clear(granted, o);
        set(withdrawn, o);
        grantedVersion[o] = 0;
        parentalVersion[o] = 0;
        changed();
        return this;
    }

    /**
     * Records an objection (GDPR Art. 21) to a purpose based on legitimate interest or public task.
     *
     * @param purpose the purpose
     * @return this
     */
    public SubjectConsent object(PurposeSpec purpose) {
        set(objected, index(purpose));
        changed();
        return this;
    }

    /**
     * Records that the subject withdrew an objection made earlier: processing on the purpose's basis may
     * resume. Nothing changes when there was no objection.
     *
     * @param purpose the purpose
     * @return this
     */
    public SubjectConsent withdrawObjection(PurposeSpec purpose) {
        clear(objected, index(purpose));
        changed();
        return this;
    }

    /**
     * Records that a holder of parental responsibility consented to a version of a purpose.
     *
     * @param purpose the purpose
     * @param version the purpose version consented to, {@code >= 1}
     * @return this
     */
    public SubjectConsent parentalConsent(PurposeSpec purpose, int version) {
        int o = index(purpose);
        if (version < 1) {
            throw new IllegalArgumentException("purpose version must be >= 1, was " + version);
        }
        parentalVersion[o] = version;
        changed();
        return this;
    }

    /**
     * Sets the subject's region.
     *
     * @param region the region, or {@code null} for unknown
     * @return this
     */
    public SubjectConsent region(RegionSpec region) {
        if (region == null) {
            this.region = UNKNOWN;
            changed();
            return this;
        }
        int r = region.ordinal();
        if (r < 0 || r >= 64) {
            throw new IllegalArgumentException("region ordinal out of range 0..63: " + r);
        }
        this.region = r;
        changed();
        return this;
    }

    /**
     * Sets the subject's age in years. A subject is a child in a region when {@code age < childAge()} of the
     * region; with an unknown region the highest child age of the policy applies.
     *
     * @param years the age, or {@link #UNKNOWN} (then the subject is not treated as a child)
     * @return this
     */
    public SubjectConsent age(int years) {
        if (years < UNKNOWN) {
            throw new IllegalArgumentException("age must be >= 0 or UNKNOWN (-1), was " + years);
        }
        this.age = years;
        changed();
        return this;
    }

    /**
     * @param purpose a purpose of the policy
     * @return whether consent is currently given (any version)
     */
    public boolean granted(PurposeSpec purpose) {
        return get(granted, index(purpose));
    }

    /**
     * @param purpose a purpose of the policy
     * @return whether the last consent action was a withdrawal
     */
    public boolean withdrawn(PurposeSpec purpose) {
        return get(withdrawn, index(purpose));
    }

    /**
     * @param purpose a purpose of the policy
     * @return whether the subject objected
     */
    public boolean objected(PurposeSpec purpose) {
        return get(objected, index(purpose));
    }

    /**
     * @param purpose a purpose of the policy
     * @return the consented version, 0 if none
     */
    public int grantedVersion(PurposeSpec purpose) {
        return grantedVersion[index(purpose)];
    }

    /**
     * @param purpose a purpose of the policy
     * @return the parentally consented version, 0 if none
     */
    public int parentalVersion(PurposeSpec purpose) {
        return parentalVersion[index(purpose)];
    }

    /** @return the region ordinal, or {@link #UNKNOWN} */
    public int regionOrdinal() {
        return region;
    }

    /** @return the age in years, or {@link #UNKNOWN} */
    public int age() {
        return age;
    }

    private int index(PurposeSpec purpose) {
        int o = purpose.ordinal();
        if (o < 0 || o >= purposeCount) {
            throw new IllegalArgumentException("purpose '" + purpose.id() + "' has ordinal " + o
                    + ", outside this subject state sized for " + purposeCount + " purposes");
        }
        return o;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static void clear(long[] bits, int i) {
        bits[i >>> 6] &= ~(1L << i);
    }

    private static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    @Override
    public String toString() {
        return "SubjectConsent[" + subjectId + ", purposes=" + purposeCount + ", region=" + region + ", age=" + age
                + "]";
    }
}
