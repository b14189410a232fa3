// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The consent ledger of one policy: appends validated {@link ConsentRecord}s to a {@link ConsentStore} and
 * rebuilds a subject's {@link SubjectConsent} by replaying their records.
 *
 * <p>Appending checks the record against the policy and fails with a clear {@link LedgerException}: a record
 * of another policy, an unknown purpose or region, a purpose version newer than the policy's, an action the
 * purpose's basis does not allow (consent actions on a non-consent purpose, objection to a purpose that is
 * not objectable), a missing subject.
 *
 * <p>Replay applies the subject's records of this policy in append order. Records of purposes the policy no
 * longer declares are skipped (the purpose was removed, so nothing can be checked against it); a record whose
 * purpose version is newer than the policy's fails, since it means the application runs an older policy than
 * the one that wrote the ledger. The subject's region is the jurisdiction of their latest record that names
 * a region of the policy.
 *
 * <p>Thread-safe when its store is.
 */
public final class ConsentLedger implements AutoCloseable {
    /** How far ahead of the ledger's clock an imported record's time may lie (clocks of two systems differ). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConsentStore store;
    private final ConsentGuard guard;
    private final String policyId;
    private final String policyVersion;
    private final Clock clock;
    private final RecordCheck recordCheck;

    private ConsentLedger(ConsentStore store, ConsentGuard guard, String policyId, String policyVersion, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.clock = clock;
        this.recordCheck = new RecordCheck(guard, policyId, policyVersion, clock);
    }

    /**
     * Opens the ledger of a policy over a store, with the system UTC clock.
     *
     * @param store         where records go
     * @param guard         the policy's guard (its purposes and regions)
     * @param policyId      the policy id, as in {@code policy xiaomi ...}
     * @param policyVersion the policy version in force, as in {@code version "2021-06-15"}
     * @return the ledger
     */
    public static ConsentLedger open(ConsentStore store, ConsentGuard guard, String policyId, String policyVersion) {
        return open(store, guard, policyId, policyVersion, Clock.systemUTC());
    }

    /**
     * Opens the ledger of a policy over a store.
     *
     * @param store         where records go
     * @param guard         the policy's guard
     * @param policyId      the policy id
     * @param policyVersion the policy version in force
     * @param clock         the clock that stamps new records
     * @return the ledger
     */
    public static ConsentLedger open(
            ConsentStore store, ConsentGuard guard, String policyId, String policyVersion, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(clock, "clock");
        if (policyId == null || policyId.isBlank()) {
            throw new LedgerException("policy id is missing");
        }
        if (policyVersion == null || policyVersion.isBlank()) {
            throw new LedgerException("policy version of '" + policyId + "' is missing");
        }
        return new ConsentLedger(store, guard, policyId, policyVersion, clock);
    }

    /**
     * Records that the subject consented to the current version of a consent-based purpose.
     *
     * @param subjectId    the subject
     * @param purpose      the purpose
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      how consent was collected (for example {@code app-settings}), or {@code null}
     * @param evidence     evidence text (the notice shown, a form reference), or {@code null}
     * @return the appended record
     */
    public ConsentRecord grant(
            String subjectId, PurposeSpec purpose, RegionSpec jurisdiction, String channel, String evidence) {
        return record(ConsentAction.GRANT, subjectId, purpose, jurisdiction, channel, evidence);
    }

    /**
     * Records that the subject withdrew consent for a consent-based purpose.
     *
     * @param subjectId    the subject
     * @param purpose      the purpose
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      how the withdrawal was made, or {@code null}
     * @param evidence     evidence text, or {@code null}
     * @return the appended record
     */
    public ConsentRecord withdraw(
            String subjectId, PurposeSpec purpose, RegionSpec jurisdiction, String channel, String evidence) {
        return record(ConsentAction.WITHDRAW, subjectId, purpose, jurisdiction, channel, evidence);
    }

    /**
     * Records the subject's objection to a purpose based on legitimate interest or public task.
     *
     * @param subjectId    the subject
     * @param purpose      the purpose
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      how the objection was made, or {@code null}
     * @param evidence     evidence text, or {@code null}
     * @return the appended record
     */
    public ConsentRecord object(
            String subjectId, PurposeSpec purpose, RegionSpec jurisdiction, String channel, String evidence) {
        return record(ConsentAction.OBJECT, subjectId, purpose, jurisdiction, channel, evidence);
    }

    /**
     * Records that the subject withdrew an earlier objection to a purpose based on legitimate interest or
     * public task (the subject turned a feature back on, say): processing on that basis may resume.
     *
     * @param subjectId    the subject
     * @param purpose      the purpose
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      how the objection was withdrawn, or {@code null}
     * @param evidence     evidence text, or {@code null}
     * @return the appended record
     */
    public ConsentRecord withdrawObjection(
            String subjectId, PurposeSpec purpose, RegionSpec jurisdiction, String channel, String evidence) {
        return record(ConsentAction.WITHDRAW_OBJECTION, subjectId, purpose, jurisdiction, channel, evidence);
    }

    /**
     * Records that a holder of parental responsibility consented, for the child subject, to the current
     * version of a consent-based purpose.
     *
     * @param subjectId    the child subject
     * @param purpose      the purpose
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      how it was collected, or {@code null}
     * @param evidence     evidence of the parent's authorisation (verification reference), or {@code null}
     * @return the appended record
     */
    public ConsentRecord parentalConsent(
            String subjectId, PurposeSpec purpose, RegionSpec jurisdiction, String channel, String evidence) {
        return record(ConsentAction.PARENTAL_CONSENT, subjectId, purpose, jurisdiction, channel, evidence);
    }

    /**
     * Appends a record for the current version of a purpose, stamped now with a random UUID.
     *
     * @param action       what happened
     * @param subjectId    the subject
     * @param purpose      a purpose of this policy
     * @param jurisdiction the subject's region, or {@code null}
     * @param channel      collection channel, or {@code null}
     * @param evidence     evidence text, or {@code null}
     * @return the appended record
     * @throws LedgerException if the record does not fit the policy or the store fails
     */
    public ConsentRecord record(
            ConsentAction action,
            String subjectId,
            PurposeSpec purpose,
            RegionSpec jurisdiction,
            String channel,
            String evidence) {
        Objects.requireNonNull(action, "action");
        RecordText.requireId("subject id", subjectId, "cannot record " + action + ": ");
        if (purpose == null) {
            throw new LedgerException("cannot record " + action + " for subject: purpose is missing");
        }
        ConsentRecord r = new ConsentRecord(
                UUID.randomUUID().toString(),
                subjectId,
                purpose.id(),
                purpose.version(),
                policyId,
                policyVersion,
                action,
                clock.instant(),
                channel,
                evidence,
                jurisdiction == null ? null : jurisdiction.id());
        return append(r);
    }

    /**
     * Validates a record made elsewhere against this ledger's policy and appends it (importing one record).
     * The checks are those of {@link #importAll(Collection)}.
     *
     * @param record the record
     * @return the record
     * @throws LedgerException if the record does not fit the policy or the store fails
     */
    public ConsentRecord append(ConsentRecord record) {
        Objects.requireNonNull(record, "record");
        recordCheck.check(record);
        store.append(record);
        return record;
    }

    /**
     * Imports records made elsewhere (a consent-management platform, another ledger), all or none: every
     * record is validated first, then all are appended in one transaction. When this returns, all are durable.
     *
     * <p>A record must be for this ledger's policy and a purpose and region it declares, with an action the
     * purpose's basis allows. Its policy version is this ledger's, with the purpose's current version, or another
     * one with a purpose version no higher than the current; when this ledger's version is an ISO date or a
     * dotted number, the other must be an earlier one of the same form. Its time may not lie ahead of this
     * ledger's clock by more than
     * {@link #MAX_CLOCK_SKEW}. Record ids must be new and distinct.
     *
     * @param records the records, in the order they happened
     * @return the number of records appended
     * @throws LedgerException naming the first record that does not fit (then nothing is appended), or if the
     *                         store fails (then nothing is appended either)
     */
    public int importAll(Collection<ConsentRecord> records) {
        Objects.requireNonNull(records, "records");
        List<ConsentRecord> copy = List.copyOf(records);
        Set<String> ids = new HashSet<>();
        for (ConsentRecord r : copy) {
            recordCheck.check(r);
            if (!ids.add(r.recordId())) {
                throw new LedgerException("consent record " + r.recordId() + " appears twice in the import");
            }
        }
        store.appendAll(copy);
        return copy.size();
    }

    /**
     * Rebuilds a subject's consent state by replaying their records.
     *
     * @param subjectId the subject
     * @return a fresh state (no consent if the subject has no records); set its age, and its region if the
     *         records do not tell it, before checking
     * @throws LedgerException if a stored record is corrupt or newer than the policy, or the store fails
     */
    public SubjectConsent subject(String subjectId) {
        RecordText.requireId("subject id", subjectId, "cannot replay consent: ");
        SubjectConsent state = guard.newSubject(subjectId);
        for (ConsentRecord r : store.history(subjectId)) {
            apply(state, r);
        }
        return state;
    }

    /**
     * Applies one record of the subject to a state, as replay does; for caches that follow appends.
     *
     * @param state  the subject's state
     * @param record a record of that subject
     * @throws LedgerException if the record belongs to another subject or is newer than the policy
     */
    public void apply(SubjectConsent state, ConsentRecord record) {
        if (!state.subjectId().equals(record.subjectId())) {
            throw new LedgerException("consent record " + record.recordId() + " belongs to another subject");
        }
        if (!policyId.equals(record.policyId())) {
            return;
        }
        PurposeSpec p = guard.purpose(record.purposeId());
        if (p == null) {
            return;
        }
        if (record.purposeVersion() > p.version()) {
            throw new LedgerException("consent record " + record.recordId() + " is for version "
                    + record.purposeVersion() + " of purpose '" + p.id() + "', but policy '" + policyId + "' version "
                    + policyVersion + " declares version " + p.version()
                    + "; the ledger was written under a newer policy than this application runs");
        }
        switch (record.action()) {
            case GRANT -> state.grant(p, record.purposeVersion());
            case WITHDRAW -> state.withdraw(p);
            case OBJECT -> state.object(p);
            case WITHDRAW_OBJECTION -> state.withdrawObjection(p);
            case PARENTAL_CONSENT -> state.parentalConsent(p, record.purposeVersion());
            default -> throw new IllegalStateException("unhandled action " + record.action());
        }
        if (record.jurisdiction() != null) {
            RegionSpec region = guard.region(record.jurisdiction());
            if (region != null) {
                state.region(region);
            }
        }
    }

    /** @return the policy's guard */
    public ConsentGuard guard() {
        return guard;
    }

    /** @return the underlying store */
    public ConsentStore store() {
        return store;
    }

    /** @return the policy id records are written for */
    public String policyId() {
        return policyId;
    }

    /** @return the policy version records are written with */
    public String policyVersion() {
        return policyVersion;
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
