/**
 * What code generated from a Pledge policy needs at run time.
 *
 * <p>The policy compiler emits typed enums that implement {@link dev.pledge.runtime.PurposeSpec} and
 * {@link dev.pledge.runtime.RegionSpec}, and a guard that delegates to {@link dev.pledge.runtime.ConsentGuard}.
 * Consent state per subject is a {@link dev.pledge.runtime.SubjectConsent} (bit sets, checked without
 * allocation), rebuilt from an append-only {@link dev.pledge.runtime.ConsentLedger} over a
 * {@link dev.pledge.runtime.ConsentStore} (in memory, embedded H2 by default, PostgreSQL in production).
 *
 * <p>This package depends on nothing but the JDK; a JDBC driver is needed only for the JDBC store.
 */
package dev.pledge.runtime;
