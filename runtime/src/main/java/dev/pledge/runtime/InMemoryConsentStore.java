// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link ConsentStore} in the heap: for tests and short-lived tools. Nothing survives the process.
 * Thread-safe; {@link #forEach(Consumer)} works on a snapshot taken when it is called.
 */
public final class InMemoryConsentStore implements ConsentStore {
    private final List<ConsentRecord> records = new ArrayList<>();
    private final Map<String, List<ConsentRecord>> bySubject = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private boolean closed;

    /** Creates an empty store. */
    public InMemoryConsentStore() {}

    @Override
    public synchronized void append(ConsentRecord record) {
        Objects.requireNonNull(record, "record");
        ensureOpen();
        if (!ids.add(record.recordId())) {
            throw new LedgerException("consent record " + record.recordId() + " already exists; records are immutable");
        }
        records.add(record);
        bySubject.computeIfAbsent(record.subjectId(), s -> new ArrayList<>()).add(record);
    }

    @Override
    public synchronized void appendAll(List<ConsentRecord> records) {
        Objects.requireNonNull(records, "records");
        ensureOpen();
        Set<String> fresh = new HashSet<>();
        for (ConsentRecord r : records) {
            if (ids.contains(r.recordId()) || !fresh.add(r.recordId())) {
                throw new LedgerException("consent record " + r.recordId() + " already exists; records are immutable,"
                        + " so none of the " + records.size() + " records was appended");
            }
        }
        records.forEach(this::append);
    }

    @Override
    public synchronized List<ConsentRecord> history(String subjectId) {
        RecordText.requireId("subject id", subjectId, "cannot read the consent history: ");
        ensureOpen();
        return List.copyOf(bySubject.getOrDefault(subjectId, List.of()));
    }

    @Override
    public void forEach(Consumer<? super ConsentRecord> action) {
        List<ConsentRecord> snapshot;
        synchronized (this) {
            ensureOpen();
            snapshot = List.copyOf(records);
        }
        snapshot.forEach(action);
    }

    @Override
    public synchronized long count() {
        ensureOpen();
        return records.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new LedgerException("in-memory consent store is closed");
        }
    }
}
