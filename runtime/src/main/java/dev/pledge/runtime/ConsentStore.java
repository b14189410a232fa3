// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.util.List;
import java.util.function.Consumer;

/**
 * Append-only storage of consent records: no update, no delete. Implementations:
 * {@link InMemoryConsentStore}, {@link JdbcConsentStore} (embedded H2 by default, PostgreSQL in production);
 * {@link ConsentStores} creates them.
 *
 * <p>Implementations are thread-safe. Every method throws {@link LedgerException} on failure, including after
 * {@link #close()}.
 */
public interface ConsentStore extends AutoCloseable {

    /**
     * Appends a record. When this returns, the record is committed (durable for the JDBC store).
     *
     * @param record the record
     * @throws LedgerException if a record with the same id exists, or the store fails
     */
    void append(ConsentRecord record);

    /**
     * Appends records all or none, in one transaction (an import). When this returns, all are committed
     * (durable for the JDBC store); when it throws, none is.
     *
     * @param records the records, in order
     * @throws LedgerException if a record id exists already or appears twice, or the store fails
     */
    void appendAll(List<ConsentRecord> records);

    /**
     * The records of one subject, in append order.
     *
     * @param subjectId the subject
     * @return an immutable list, empty if the subject has none
     * @throws LedgerException if the subject id is not a valid id (see {@link ConsentRecord})
     */
    List<ConsentRecord> history(String subjectId);

    /**
     * Passes every record, in append order, to the action, without holding them all in memory.
     *
     * @param action called once per record
     */
    void forEach(Consumer<? super ConsentRecord> action);

    /** @return the number of records */
    long count();

    /** Releases the store's resources; further calls fail with {@link LedgerException}. Idempotent. */
    @Override
    void close();
}
