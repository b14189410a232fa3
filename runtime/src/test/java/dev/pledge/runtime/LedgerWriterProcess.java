// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process for the crash test: {@value #THREADS} threads append consent records forever through one store
 * (so their appends share commits) and print {@code COMMITTED <record id>} after each append has returned (so
 * is acknowledged as durable), until the process is killed.
 *
 * <p>Arguments: {@code h2 <file>} or {@code jdbc <url>}.
 */
public final class LedgerWriterProcess {
    static final int THREADS = 8;

    private LedgerWriterProcess() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ConsentStore store = "h2".equals(args[0]) ? ConsentStores.h2(Path.of(args[1])) : ConsentStores.jdbc(args[1]);
        ConsentLedger ledger =
                ConsentLedger.open(store, TestPurpose.guard(), TestPurpose.POLICY, TestPurpose.POLICY_VERSION);
        out.println("READY");
        out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread writer = new Thread(
                    () -> {
                        for (long i = 0; i < Long.MAX_VALUE; i++) {
                            String subject = "crash-subject-" + (i % 7);
                            String evidence = "thread " + thread + " record " + i;
                            ConsentRecord r = (i & 1) == 0
                                    ? ledger.grant(subject, TestPurpose.ANALYTICS, TestRegion.EU, "crash", evidence)
                                    : ledger.withdraw(subject, TestPurpose.ANALYTICS, TestRegion.EU, "crash", evidence);
                            synchronized (out) {
                                out.println("COMMITTED " + r.recordId());
                                out.flush();
                            }
                        }
                    },
                    "writer-" + t);
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }
}
