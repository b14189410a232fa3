// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process for the crash test: appends consent records forever and prints {@code COMMITTED <record id>}
 * after each append has returned (so is committed), until it is killed.
 *
 * <p>Arguments: {@code h2 <file>} or {@code jdbc <url>}.
 */
public final class LedgerWriterProcess {
    private LedgerWriterProcess() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ConsentStore store = "h2".equals(args[0]) ? ConsentStores.h2(Path.of(args[1])) : ConsentStores.jdbc(args[1]);
        ConsentLedger ledger =
                ConsentLedger.open(store, TestPurpose.guard(), TestPurpose.POLICY, TestPurpose.POLICY_VERSION);
        out.println("READY");
        out.flush();
        for (long i = 0; i < Long.MAX_VALUE; i++) {
            String subject = "crash-subject-" + (i % 7);
            ConsentRecord r = (i & 1) == 0
                    ? ledger.grant(subject, TestPurpose.ANALYTICS, TestRegion.EU, "crash-test", "record " + i)
                    : ledger.withdraw(subject, TestPurpose.ANALYTICS, TestRegion.EU, "crash-test", "record " + i);
            out.println("COMMITTED " + r.recordId());
            out.flush();
        }
    }
}
