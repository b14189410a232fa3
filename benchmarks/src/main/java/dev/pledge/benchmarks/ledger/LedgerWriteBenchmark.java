// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.ledger;

import dev.pledge.runtime.ConsentAction;
import dev.pledge.runtime.ConsentRecord;
import dev.pledge.runtime.ConsentStores;
import dev.pledge.runtime.JdbcConsentStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Acknowledged (durable) consent records per second written to a ledger store, old path and new path in one run:
 * <ul>
 * <li>{@code groupCommit}: 8 threads call {@code append(record)}; concurrent appends share one transaction and
 * one sync, and each call returns only once its own record is durable (the store's path since group commit);</li>
 * <li>{@code commitPerRecord}: 8 threads each write their record in a transaction of its own with its own sync
 * ({@code appendAll(List.of(record))}), which is what {@code append} did before group commit;</li>
 * <li>{@code batchImport}: one thread imports records 1,000 at a time ({@code appendAll}, all or none, one
 * transaction), as when importing from a consent-management platform; scores are records per second.</li>
 * </ul>
 * Stores: {@code h2} (an embedded file in a temporary folder, {@code ConsentStores.h2}) and {@code postgresql}
 * ({@code ConsentStores.jdbc} at the URL in {@code PLEDGE_PG_URL}; {@code bash .ci/run --postgres-only} starts a
 * server and prints it). Run: {@code java -jar benchmarks/target/benchmarks.jar LedgerWriteBenchmark} (add
 * {@code -p store=h2} without PostgreSQL).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class LedgerWriteBenchmark {
    static final int THREADS = 8;
    static final int IMPORT_BATCH = 1_000;

    @Param({"h2", "postgresql"})
    public String store;

    private Path folder;
    private JdbcConsentStore ledger;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
        if ("h2".equals(store)) {
            folder = Files.createTempDirectory("pledge-ledger-bench-");
            ledger = ConsentStores.h2(folder.resolve("consent"));
        } else {
            String url = System.getenv("PLEDGE_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("PLEDGE_PG_URL is not set: start PostgreSQL with"
                        + " `bash .ci/run --postgres-only` and export the URL it prints, or run with -p store=h2");
            }
            ledger = ConsentStores.jdbc(url);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (folder != null) {
            Path file = folder.resolve("consent.mv.db");
            long open = Files.size(file);
            ledger.close();
            ConsentStores.h2(folder.resolve("consent")).close(); // reopening compacts the file
            System.out.printf(
                    "%nH2 file: %,d records, %,d bytes while open, %,d bytes after reopening (%.1fx)%n",
                    next.get(), open, Files.size(file), (double) open / Files.size(file));
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        } else {
            ledger.close();
        }
    }

    /** A grant or withdrawal of one of 1,000 subjects, with a record id unique in the run. */
    ConsentRecord record() {
        long n = next.getAndIncrement();
        return new ConsentRecord(
                "bench-" + run + "-" + n,
                "subject-" + (n % 1_000),
                "ad-personalisation",
                1,
                "xiaomi",
                "2021-01-15",
                (n & 1) == 0 ? ConsentAction.GRANT : ConsentAction.WITHDRAW,
                Instant.now(),
                "app-settings",
                "toggle in Settings > Privacy",
                "eea");
    }

    @Benchmark
    @Threads(THREADS)
    public void groupCommit() {
        ledger.append(record());
    }

    @Benchmark
    @Threads(THREADS)
    public void commitPerRecord() {
        ledger.appendAll(List.of(record()));
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(IMPORT_BATCH)
    public void batchImport() {
        List<ConsentRecord> batch = new ArrayList<>(IMPORT_BATCH);
        for (int i = 0; i < IMPORT_BATCH; i++) {
            batch.add(record());
        }
        ledger.appendAll(batch);
    }
}
