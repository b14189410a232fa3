// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent appends share one transaction and one sync (group commit), as databases do with their own
 * logs. An append queues its record and waits. When no batch is being written, one of the waiting threads
 * becomes the writer: it takes every queued record (up to {@link #MAX_BATCH}), writes them in one transaction,
 * commits and syncs, then wakes the others. Records that arrive meanwhile form the next batch. So a lone
 * thread pays one commit per record, as before, and eight threads pay about one commit per eight records.
 *
 * <p>How many batches may be in flight at once depends on the database ({@code writers}): H2 forces the whole
 * file to disk after each commit ({@code CHECKPOINT SYNC}), so one batch at a time; PostgreSQL flushes its log
 * for concurrent commits together, so a batch may start while others wait for their commit. Without that, one
 * slow round trip (a busy machine) held up every other writer.
 *
 * <p>Each append returns only when its own record is durable, or throws for its own record only: when a batch
 * fails (one duplicate record id rolls back the whole transaction), its records are written again one at a
 * time, each in its own transaction, so that every caller learns its own outcome.
 */
final class GroupCommit {
    /** Most records in one transaction: bounds the statement size and each caller's wait. */
    static final int MAX_BATCH = 128;

    /** Writes records durably: one transaction, committed and synced when it returns. */
    @FunctionalInterface
    interface BatchWriter {
        /**
         * @param records one or more records
         * @throws LedgerException if the transaction failed; nothing of it was committed unless the exception
         *                         says so
         */
        void write(List<ConsentRecord> records);
    }

    private static final class Pending {
        final ConsentRecord record;
        boolean done;
        RuntimeException failure;

        Pending(ConsentRecord record) {
            this.record = record;
        }
    }

    private final BatchWriter writer;
    private final int maxWriters;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int writing;

    /**
     * @param writer     writes one batch durably
     * @param maxWriters how many batches may be written at once, {@code >= 1}
     */
    GroupCommit(BatchWriter writer, int maxWriters) {
        if (maxWriters < 1) {
            throw new IllegalArgumentException("maxWriters must be at least 1: " + maxWriters);
        }
        this.writer = writer;
        this.maxWriters = maxWriters;
    }

    /**
     * Appends one record, sharing the transaction with concurrent appends.
     *
     * @param record the record
     * @throws LedgerException if this record could not be written
     */
    void append(ConsentRecord record) {
        Pending mine = new Pending(record);
        lock.lock();
        try {
            queue.add(mine);
            while (!mine.done) {
                if (writing >= maxWriters || queue.isEmpty()) {
                    // the record is queued behind busy writers, or in a batch being written: wait for an outcome
                    written.awaitUninterruptibly();
                    continue;
                }
                writing++;
                List<Pending> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
                while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                    batch.add(queue.poll());
                }
                lock.unlock();
                try {
                    write(batch);
                } finally {
                    lock.lock();
                    writing--;
                    written.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Writes a batch and records each record's outcome (outside the lock; results published under it). */
    private void write(List<Pending> batch) {
        List<RuntimeException> outcomes = new ArrayList<>(batch.size());
        try {
            writer.write(batch.stream().map(p -> p.record).toList());
            batch.forEach(p -> outcomes.add(null));
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1 || batchFailure instanceof CommittedButNotSynced) {
                batch.forEach(p -> outcomes.add(batchFailure));
            } else {
                for (Pending p : batch) {
                    try {
                        writer.write(List.of(p.record));
                        outcomes.add(null);
                    } catch (RuntimeException failure) {
                        outcomes.add(failure);
                    }
                }
            }
        }
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).failure = outcomes.get(i);
                batch.get(i).done = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The transaction was committed but could not be forced to disk: its records must not be written again. */
    static final class CommittedButNotSynced extends LedgerException {
        private static final long serialVersionUID = 1L;

        CommittedButNotSynced(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
