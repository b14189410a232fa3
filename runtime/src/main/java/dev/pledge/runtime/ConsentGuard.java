// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a subject's data may be processed for a purpose of one policy. The generated consent guard
 * of a policy holds one instance, built over {@code Purpose.values()} and {@code Region.values()}.
 *
 * <p>{@link #check(SubjectConsent, PurposeSpec)} reads a few arrays and allocates nothing. Rules, in order:
 * <ol>
 * <li>a purpose restricted to some regions is denied ({@link Decision#DENIED_REGION}) unless the subject's
 * region is one of them (an unknown region is denied);</li>
 * <li>a subject younger than the region's minimum age ({@link RegionSpec#minimumAge()}; the highest of the
 * policy when the region is unknown) is denied ({@link Decision#DENIED_UNDER_MINIMUM_AGE}), unless the purpose
 * rests on a legal obligation or vital interest, which no children's rule of a policy can waive (the ages are
 * the purpose's own where a children's rule limited to its services applies: {@link PurposeSpec#childAge});</li>
 * <li>a child (under the purpose's child age) is denied a purpose the policy promises not to use on children
 * ({@link PurposeSpec#notForChildren()}: {@link Decision#DENIED_CHILD_PROFILING});</li>
 * <li>a purpose whose basis in the subject's region ({@link PurposeSpec#basis(RegionSpec)}) needs no consent is
 * allowed ({@link Decision#ALLOWED_BY_BASIS}), unless the basis is objectable and the subject objected
 * ({@link Decision#DENIED_OBJECTION}); for a subject of unknown region the strictest of the purpose's bases
 * counts, and {@link LegalBasis#UNSTATED} counts as needing consent;</li>
 * <li>a consent-based purpose is denied without current consent ({@link Decision#DENIED_NO_CONSENT},
 * {@link Decision#DENIED_WITHDRAWN}), with consent for an older version
 * ({@link Decision#DENIED_OUTDATED_VERSION}), or for a child without parental consent for the current version
 * ({@link Decision#DENIED_CHILD_WITHOUT_PARENTAL_CONSENT}); otherwise it is allowed
 * ({@link Decision#ALLOWED_BY_CONSENT}).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsentGuard {
    private static final Decision[] DECISIONS = Decision.values();
    private final PurposeSpec[] purposes;
    private final RegionSpec[] regions;
    private final int[] version;
    private final long[] regionMask;
    /** Per purpose, bit r: the purpose's basis in region r needs consent / is objectable / applies at any age. */
    private final long[] consentIn;

    private final long[] objectableIn;
    private final long[] exemptIn;
    /** Per purpose, for a subject whose region is unknown (see {@link #decide}). */
    private final boolean[] consentUnknown;

    private final boolean[] objectableUnknown;
    private final boolean[] exemptUnknown;
    private final int[] childAge;
    private final int maxChildAge;
    /** Per purpose, per region: the child age and the minimum age for that purpose there. */
    private final int[][] childAgeOf;

    private final int[][] minimumAgeOf;
    /** Per purpose: the highest of the above over all regions, for a subject whose region is unknown. */
    private final int[] maxChildAgeOf;

    private final int[] maxMinimumAgeOf;
    private final boolean[] notForChildren;
    private final int[] minimumAge;
    private final int maxMinimumAge;
    private final Map<String, PurposeSpec> purposeById;
    private final Map<String, RegionSpec> regionById;

    private ConsentGuard(PurposeSpec[] purposes, RegionSpec[] regions) {
        this.purposes = purposes;
        this.regions = regions;
        int n = purposes.length;
        this.version = new int[n];
        this.regionMask = new long[n];
        this.consentIn = new long[n];
        this.objectableIn = new long[n];
        this.exemptIn = new long[n];
        this.consentUnknown = new boolean[n];
        this.objectableUnknown = new boolean[n];
        this.exemptUnknown = new boolean[n];
        this.purposeById = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PurposeSpec p = purposes[i];
            if (p == null) {
                throw new IllegalArgumentException("purpose at index " + i + " is null");
            }
            if (p.ordinal() != i) {
                throw new IllegalArgumentException("purpose '" + p.id() + "' has ordinal " + p.ordinal()
                        + " but sits at index " + i + "; pass Purpose.values()");
            }
            String id = p.id();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("purpose at index " + i + " has no id");
            }
            if (purposeById.put(id, p) != null) {
                throw new IllegalArgumentException("duplicate purpose id '" + id + "'");
            }
            Objects.requireNonNull(p.basis(), () -> "purpose '" + id + "' has no legal basis");
            if (p.version() < 1) {
                throw new IllegalArgumentException(
                        "purpose '" + id + "' has version " + p.version() + ", must be >= 1");
            }
            version[i] = p.version();
            regionMask[i] = p.regionMask();
        }
        if (regions.length > 64) {
            throw new IllegalArgumentException("a policy may declare at most 64 regions, got " + regions.length);
        }
        this.childAge = new int[regions.length];
        this.minimumAge = new int[regions.length];
        this.regionById = new HashMap<>();
        int max = 0;
        int maxMinimum = 0;
        for (int i = 0; i < regions.length; i++) {
            RegionSpec r = regions[i];
            if (r == null) {
                throw new IllegalArgumentException("region at index " + i + " is null");
            }
            if (r.ordinal() != i) {
                throw new IllegalArgumentException("region '" + r.id() + "' has ordinal " + r.ordinal()
                        + " but sits at index " + i + "; pass Region.values()");
            }
            if (r.id() == null || r.id().isBlank()) {
                throw new IllegalArgumentException("region at index " + i + " has no id");
            }
            if (regionById.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate region id '" + r.id() + "'");
            }
            if (r.childAge() < 0) {
                throw new IllegalArgumentException("region '" + r.id() + "' has negative child age " + r.childAge());
            }
            if (r.minimumAge() < 0) {
                throw new IllegalArgumentException(
                        "region '" + r.id() + "' has negative minimum age " + r.minimumAge());
            }
            childAge[i] = r.childAge();
            max = Math.max(max, r.childAge());
            minimumAge[i] = r.minimumAge();
            maxMinimum = Math.max(maxMinimum, r.minimumAge());
        }
        this.maxChildAge = max;
        this.maxMinimumAge = maxMinimum;
        this.childAgeOf = new int[n][regions.length];
        this.minimumAgeOf = new int[n][regions.length];
        this.maxChildAgeOf = new int[n];
        this.maxMinimumAgeOf = new int[n];
        this.notForChildren = new boolean[n];
        for (int i = 0; i < n; i++) {
            readBases(i);
            readAges(i);
            notForChildren[i] = purposes[i].notForChildren();
        }
    }

    /** The purpose's child and minimum ages in each region (a children's rule may be limited to services). */
    private void readAges(int i) {
        PurposeSpec p = purposes[i];
        for (int r = 0; r < regions.length; r++) {
            int child = p.childAge(regions[r]);
            int minimum = p.minimumAge(regions[r]);
            if (child < 0 || minimum < 0) {
                throw new IllegalArgumentException(
                        "purpose '" + p.id() + "' has a negative age limit in region '" + regions[r].id() + "'");
            }
            childAgeOf[i][r] = child;
            minimumAgeOf[i][r] = minimum;
            maxChildAgeOf[i] = Math.max(maxChildAgeOf[i], child);
            maxMinimumAgeOf[i] = Math.max(maxMinimumAgeOf[i], minimum);
        }
    }

    /**
     * The purpose's basis in each region, as bit masks. For a subject whose region is unknown the guard assumes
     * the strictest of the purpose's bases: consent is needed if any region's basis needs it, an objection counts
     * if any basis is objectable, and the minimum age is waived only if every basis waives it.
     */
    private void readBases(int i) {
        PurposeSpec p = purposes[i];
        LegalBasis everywhere = p.basis();
        boolean consent = everywhere.needsConsent();
        boolean objectable = everywhere.objectable();
        boolean exempt = everywhere.appliesAtAnyAge();
        for (int r = 0; r < regions.length; r++) {
            LegalBasis basis = p.basis(regions[r]);
            if (basis == null) {
                throw new IllegalArgumentException(
                        "purpose '" + p.id() + "' has no legal basis in region '" + regions[r].id() + "'");
            }
            consentIn[i] |= basis.needsConsent() ? 1L << r : 0L;
            objectableIn[i] |= basis.objectable() ? 1L << r : 0L;
            exemptIn[i] |= basis.appliesAtAnyAge() ? 1L << r : 0L;
            consent |= basis.needsConsent();
            objectable |= basis.objectable();
            exempt &= basis.appliesAtAnyAge();
        }
        consentUnknown[i] = consent;
        objectableUnknown[i] = objectable;
        exemptUnknown[i] = exempt;
    }

    /**
     * Whether the purpose needs consent in some region (or, for a subject of unknown region, at all): what a
     * consent record for it must be able to say.
     *
     * @param purpose a purpose of this policy
     * @param region the region of the record, or {@code null} when it names none
     * @return whether consent is asked for there
     */
    public boolean needsConsent(PurposeSpec purpose, RegionSpec region) {
        int o = ordinalOf(purpose);
        return region == null ? consentUnknown[o] : bit(consentIn[o], ordinalOf(region));
    }

    /**
     * Whether the subject can object to the purpose in the region (its basis there is legitimate interest or
     * public task).
     *
     * @param purpose a purpose of this policy
     * @param region the region, or {@code null} when unknown (then: objectable in some region)
     * @return whether an objection stops it there
     */
    public boolean objectable(PurposeSpec purpose, RegionSpec region) {
        int o = ordinalOf(purpose);
        return region == null ? objectableUnknown[o] : bit(objectableIn[o], ordinalOf(region));
    }

    private int ordinalOf(PurposeSpec purpose) {
        int o = purpose.ordinal();
        if (o < 0 || o >= purposes.length || purposes[o] != purpose) {
            throw foreignPurpose(purpose);
        }
        return o;
    }

    private int ordinalOf(RegionSpec region) {
        int r = region.ordinal();
        if (r < 0 || r >= regions.length || regions[r] != region) {
            throw new IllegalArgumentException("region '" + region.id() + "' is not a region of this guard's policy");
        }
        return r;
    }

    private static boolean bit(long mask, int index) {
        return ((mask >>> index) & 1L) != 0;
    }

    /**
     * Builds the guard of one policy.
     *
     * @param purposes all purposes of the policy, in ordinal order ({@code Purpose.values()})
     * @param regions  all regions of the policy, in ordinal order ({@code Region.values()}); may be empty
     * @return the guard
     * @throws IllegalArgumentException if ordinals do not match positions, ids repeat, a version is below 1, or
     *                                  there are more than 64 regions
     */
    public static ConsentGuard of(PurposeSpec[] purposes, RegionSpec[] regions) {
        Objects.requireNonNull(purposes, "purposes");
        Objects.requireNonNull(regions, "regions");
        return new ConsentGuard(purposes.clone(), regions.clone());
    }

    /**
     * Builds the guard of a policy that declares no regions (every subject's region is irrelevant unless a
     * purpose is region-restricted, which then always denies).
     *
     * @param purposes all purposes of the policy, in ordinal order
     * @return the guard
     */
    public static ConsentGuard of(PurposeSpec[] purposes) {
        return of(purposes, new RegionSpec[0]);
    }

    /**
     * Creates an empty consent state sized for this policy.
     *
     * @param subjectId the subject
     * @return a state with no consent and unknown region and age
     */
    public SubjectConsent newSubject(String subjectId) {
        return new SubjectConsent(subjectId, purposes.length).bind(this);
    }

    /**
     * Decides whether the subject's data may be processed for the purpose. Allocates nothing.
     *
     * @param subject the subject's consent state, sized for this policy
     * @param purpose a purpose of this policy
     * @return the decision with its reason
     * @throws IllegalArgumentException if the purpose is not one of this guard's, or the state was sized for
     *                                  another policy
     */
    public Decision check(SubjectConsent subject, PurposeSpec purpose) {
        int o = purpose.ordinal();
        if (o < 0 || o >= purposes.length || purposes[o] != purpose) {
            throw foreignPurpose(purpose);
        }
        if (subject.guard == this) {
            // a subject built by this guard carries every purpose's decision, kept current by its mutators
            return DECISIONS[subject.decisions[o]];
        }
        if (subject.purposeCount != purposes.length) {
            throw foreignSubject(subject);
        }
        return decide(subject, o);
    }

    /** Every purpose's decision for the subject, into {@code table} (decision ordinals); called when it changes. */
    void decideAll(SubjectConsent subject, byte[] table) {
        for (int o = 0; o < table.length; o++) {
            table[o] = (byte) decide(subject, o).ordinal();
        }
    }

    private Decision decide(SubjectConsent subject, int o) {
        int r = subject.region;
        long mask = regionMask[o];
        if (mask != -1L && (r < 0 || ((mask >>> r) & 1L) == 0)) {
            return Decision.DENIED_REGION;
        }
        boolean known = r >= 0 && r < regions.length;
        boolean exempt = known ? bit(exemptIn[o], r) : exemptUnknown[o];
        if (!exempt && isBelow(subject, minimumAgeOf[o], maxMinimumAgeOf[o])) {
            return Decision.DENIED_UNDER_MINIMUM_AGE;
        }
        boolean child = isBelow(subject, childAgeOf[o], maxChildAgeOf[o]);
        if (child && notForChildren[o]) {
            return Decision.DENIED_CHILD_PROFILING;
        }
        if (!(known ? bit(consentIn[o], r) : consentUnknown[o])) {
            boolean objectable = known ? bit(objectableIn[o], r) : objectableUnknown[o];
            if (objectable && (subject.objected[o >>> 6] & (1L << o)) != 0) {
                return Decision.DENIED_OBJECTION;
            }
            return Decision.ALLOWED_BY_BASIS;
        }
        long bit = 1L << o;
        int word = o >>> 6;
        if ((subject.granted[word] & bit) == 0) {
            return (subject.withdrawn[word] & bit) != 0 ? Decision.DENIED_WITHDRAWN : Decision.DENIED_NO_CONSENT;
        }
        int current = version[o];
        if (subject.grantedVersion[o] < current) {
            return Decision.DENIED_OUTDATED_VERSION;
        }
        if (child && subject.parentalVersion[o] < current) {
            return Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT;
        }
        return Decision.ALLOWED_BY_CONSENT;
    }

    /**
     * Like {@link #check(SubjectConsent, PurposeSpec)}, but throws when processing is not allowed.
     *
     * @param subject the subject's consent state
     * @param purpose a purpose of this policy
     * @throws ConsentDeniedException carrying the denying decision
     */
    public void require(SubjectConsent subject, PurposeSpec purpose) {
        Decision d = check(subject, purpose);
        if (!d.allowed()) {
            throw new ConsentDeniedException(d, subject.subjectId(), purpose.id());
        }
    }

    /**
     * Whether the subject counts as a child: age known and below the child age of the subject's region (or,
     * when the region is unknown, below the highest child age of the policy).
     *
     * @param subject the subject's consent state
     * @return {@code true} if parental consent is needed for consent-based purposes
     */
    public boolean isChild(SubjectConsent subject) {
        return isBelow(subject, childAge, maxChildAge);
    }

    /**
     * Whether the subject is too young to use the service at all: age known and below the minimum age of the
     * subject's region (or, when the region is unknown, below the highest minimum age of the policy).
     *
     * @param subject the subject's consent state
     * @return {@code true} if only purposes based on legal obligation or vital interest are allowed
     */
    public boolean isBelowMinimumAge(SubjectConsent subject) {
        return isBelow(subject, minimumAge, maxMinimumAge);
    }

    /** Age known and below the region's limit, or below {@code unknownRegion} when the region is unknown. */
    private static boolean isBelow(SubjectConsent subject, int[] limitByRegion, int unknownRegion) {
        int age = subject.age;
        int r = subject.region;
        return age >= 0 && age < (r >= 0 && r < limitByRegion.length ? limitByRegion[r] : unknownRegion);
    }

    /**
     * Looks a purpose up by its policy id.
     *
     * @param id the kebab-case purpose id
     * @return the purpose, or {@code null} if the policy has none by that id
     */
    public PurposeSpec purpose(String id) {
        return purposeById.get(id);
    }

    /**
     * Looks a region up by its policy id.
     *
     * @param id the region id
     * @return the region, or {@code null} if the policy has none by that id
     */
    public RegionSpec region(String id) {
        return regionById.get(id);
    }

    /** @return a copy of the purposes, in ordinal order */
    public PurposeSpec[] purposes() {
        return purposes.clone();
    }

    /** @return a copy of the regions, in ordinal order */
    public RegionSpec[] regions() {
        return regions.clone();
    }

    private IllegalArgumentException foreignPurpose(PurposeSpec purpose) {
        return new IllegalArgumentException("purpose '" + purpose.id() + "' (ordinal " + purpose.ordinal()
                + ") is not a purpose of this guard's policy");
    }

    private IllegalArgumentException foreignSubject(SubjectConsent subject) {
        return new IllegalArgumentException("consent state of subject sized for " + subject.purposeCount
                + " purposes, but this policy has " + purposes.length + "; create it with newSubject()");
    }
}
