// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether a consent record fits the ledger's policy: the ledger's policy and a version of it no newer than the one
 * in force, a purpose and region the policy declares, a purpose version no newer than the purpose's, a time not
 * ahead of the ledger's clock, and an action the purpose's basis allows there (consent actions on a consent
 * purpose, objection on an objectable one).
 */
final class RecordCheck {
    private final ConsentGuard guard;
    private final String policyId;
    private final String policyVersion;
    private final Clock clock;

    RecordCheck(ConsentGuard guard, String policyId, String policyVersion, Clock clock) {
        this.guard = guard;
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.clock = clock;
    }

    /**
     * Checks that a record fits the policy.
     *
     * @throws LedgerException naming the record and what to change when it does not
     */
    void check(ConsentRecord r) {
        String where = "consent record " + r.recordId() + ": ";
        if (!policyId.equals(r.policyId())) {
            throw new LedgerException(
                    where + "it is for policy '" + r.policyId() + "', but this ledger is for '" + policyId + "'");
        }
        PurposeSpec p = guard.purpose(r.purposeId());
        if (p == null) {
            throw new LedgerException(where + "unknown purpose '" + r.purposeId() + "' in policy '" + policyId
                    + "'; known purposes: "
                    + Arrays.stream(guard.purposes()).map(PurposeSpec::id).collect(Collectors.joining(", ")));
        }
        if (r.purposeVersion() > p.version()) {
            throw new LedgerException(where + "version " + r.purposeVersion() + " of purpose '" + p.id()
                    + "' is newer than the policy's version " + p.version());
        }
        checkPolicyVersion(where, r, p);
        if (r.timestamp().isAfter(clock.instant().plus(ConsentLedger.MAX_CLOCK_SKEW))) {
            throw new LedgerException(where + "its time " + r.timestamp() + " lies ahead of this ledger's clock ("
                    + clock.instant() + "): a record cannot be made in the future; check the exporting system's clock");
        }
        if (r.jurisdiction() != null && guard.region(r.jurisdiction()) == null) {
            throw new LedgerException(where + "unknown jurisdiction '" + r.jurisdiction() + "' in policy '" + policyId
                    + "'; known regions: "
                    + Arrays.stream(guard.regions()).map(RegionSpec::id).collect(Collectors.joining(", ")));
        }
        RegionSpec region = r.jurisdiction() == null ? null : guard.region(r.jurisdiction());
        LegalBasis basis = region == null ? p.basis() : p.basis(region);
        String in = region == null ? "" : " in " + region.id();
        switch (r.action()) {
            case GRANT, WITHDRAW, PARENTAL_CONSENT -> {
                if (!guard.needsConsent(p, region)) {
                    throw new LedgerException(where + r.action() + " does not apply to purpose '" + p.id()
                            + "': its basis" + in + " is " + basis + ", not consent");
                }
            }
            case OBJECT, WITHDRAW_OBJECTION -> {
                if (!guard.objectable(p, region)) {
                    throw new LedgerException(where + r.action() + " does not apply to purpose '" + p.id()
                            + "': its basis" + in
                            + " is " + basis + "; subjects object to LEGITIMATE_INTEREST or PUBLIC_TASK purposes"
                            + (basis.needsConsent() ? " and withdraw consent-based ones" : ""));
                }
            }
            default -> throw new IllegalStateException("unhandled action " + r.action());
        }
    }

    private void checkPolicyVersion(String where, ConsentRecord r, PurposeSpec p) {
        if (r.policyVersion().equals(policyVersion)) {
            if (r.purposeVersion() != p.version()) {
                throw new LedgerException(where + "it is for version " + r.purposeVersion() + " of purpose '" + p.id()
                        + "', but version '" + policyVersion + "' of policy '" + policyId + "' declares version "
                        + p.version() + ": a record made under this policy version carries the purpose's current"
                        + " version");
            }
            return;
        }
        if (!PolicyVersions.ordered(policyVersion)) {
            return; // a free-form label such as "2021-01-15-eea": earlier versions cannot be told from later ones
        }
        Integer order = PolicyVersions.compare(r.policyVersion(), policyVersion);
        if (order == null) {
            throw new LedgerException(where + "it is for version '" + r.policyVersion() + "' of policy '" + policyId
                    + "', which cannot be ordered against this ledger's version '" + policyVersion
                    + "': write the versions of a policy all as ISO dates (2021-06-15) or all as dotted numbers (2.1)");
        }
        if (order > 0) {
            throw new LedgerException(where + "it is for version '" + r.policyVersion() + "' of policy '" + policyId
                    + "', newer than this ledger's version '" + policyVersion
                    + "': the record was made under a policy this application does not run yet");
        }
    }
}
