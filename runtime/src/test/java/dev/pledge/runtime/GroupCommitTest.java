// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GroupCommit} on its own, with a writer that only counts: sharing, the writer limit, each outcome. */
class GroupCommitTest {

    private static ConsentRecord record(String id) {
        return new ConsentRecord(
                id, "s", "analytics", 1, "p", "1", ConsentAction.GRANT, Instant.EPOCH, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void everyRecordIsWrittenOnceAndNoMoreBatchesThanAllowedAreInFlight(int maxWriters) throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<List<ConsentRecord>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit commits = new GroupCommit(
                records -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    batches.add(records);
                    inFlight.decrementAndGet();
                },
                maxWriters);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        commits.append(record(thread + "-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        Set<String> written = new HashSet<>();
        batches.forEach(b -> b.forEach(r -> assertTrue(written.add(r.recordId()), "written twice: " + r)));
        assertEquals(800, written.size());
        assertTrue(mostInFlight.get() <= maxWriters, mostInFlight + " batches in flight");
        assertTrue(batches.size() < 800, "appends never shared a commit");
    }

    @Test
    void aSecondBatchStartsWhileTheFirstWaitsForItsCommitWhenTheDatabaseAllowsIt() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupCommit commits = new GroupCommit(
                records -> {
                    if (calls.incrementAndGet() == 1) {
                        try {
                            assertTrue(secondStarted.await(30, TimeUnit.SECONDS), "the second batch never started");
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    } else {
                        secondStarted.countDown();
                    }
                },
                2);
        Thread first = new Thread(() -> commits.append(record("first")));
        first.start();
        while (calls.get() == 0) {
            Thread.onSpinWait();
        }
        commits.append(record("second")); // returns while the first batch is still in flight
        first.join(30_000);
        assertEquals(2, calls.get());
    }

    @Test
    void atLeastOneWriterIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit(records -> {}, 0));
    }
}
