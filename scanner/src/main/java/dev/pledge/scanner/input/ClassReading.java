// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.ScanFinding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.objectweb.asm.ClassReader;

/**
 * Reads and parses class entries, on several threads when asked. Each thread has its own
 * {@link ClassParser}; results keep the entries' order, so a scan's output does not depend on
 * the thread count.
 */
public final class ClassReading {

    /** The parsed classes, and a finding for each entry that could not be read or parsed. */
    public record Result(List<ClassModel> classes, List<ScanFinding> problems, int methods) {}

    private ClassReading() {}

    /**
     * Reads and parses the entries.
     *
     * @param later where dependency classes whose method bodies can wait are left (see {@link DependencyCode}),
     *        or null to read every body now
     * @param progress told how many entries are read, each time a whole percent more are
     */
    public static Result read(
            List<ClassEntry> entries,
            ScanContext context,
            int threads,
            Consumer<String> debug,
            DependencyCode later,
            IntConsumer progress) {
        Object[] results = new Object[entries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        AtomicInteger methods = new AtomicInteger();
        long total = results.length;
        inParallel(Math.max(1, Math.min(threads, entries.size() / 64 + 1)), () -> {
            ClassParser parser = new ClassParser(context);
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = parse(parser, entries.get(i), debug, later);
                int read = done.incrementAndGet();
                if (read * 100L / total != (read - 1) * 100L / total) {
                    synchronized (told) { // never less than told before, whichever thread comes first
                        if (read > told.get()) {
                            told.set(read);
                            progress.accept(read);
                        }
                    }
                }
            }
            methods.addAndGet(parser.methodCount);
        });
        List<ClassModel> classes = new ArrayList<>();
        List<ScanFinding> problems = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof ClassModel model) {
                classes.add(model);
            } else {
                problems.add((ScanFinding) result);
            }
        }
        return new Result(classes, problems, methods.get());
    }

    /** Runs {@code work} on {@code workers} threads at once (on this one when 1), until each returns. */
    static void inParallel(int workers, Runnable work) {
        if (workers == 1) {
            work.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "pledge-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory in a reading thread is out of memory, as on the scan's own thread
            }
            throw new IllegalStateException("reading classes failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object parse(ClassParser parser, ClassEntry entry, Consumer<String> debug, DependencyCode later) {
        if (entry.content() instanceof ClassEntry.Replay replay) {
            try {
                return parser.parse(replay, entry.origin(), entry.dependency());
            } catch (RuntimeException e) {
                debug.accept("cannot read " + entry.origin() + ": " + e);
                return ClassInput.unreadable(entry.origin(), "cannot be read (" + ClassInput.message(e) + ")");
            }
        }
        byte[] bytes;
        try {
            bytes = entry.content().read();
        } catch (IOException | RuntimeException e) {
            return ClassInput.unreadable(entry.origin(), "cannot be read (" + ClassInput.message(e) + ")");
        }
        try {
            ClassReader reader = ClassParser.reader(bytes);
            int[] uses = later != null && entry.dependency() ? later.usesIfCodeCanWait(reader, parser) : null;
            ClassModel model = parser.parse(reader, entry.origin(), entry.dependency(), uses == null);
            if (uses != null) {
                later.add(model, entry, uses);
            }
            return model;
        } catch (RuntimeException e) {
            debug.accept("cannot parse " + entry.origin() + ": " + e);
            return invalid(entry.origin(), e);
        }
    }

    /** The finding for a class file ASM cannot parse. */
    static ScanFinding invalid(String origin, RuntimeException e) {
        return ClassInput.unreadable(
                origin,
                "is not a valid class file (" + ClassInput.message(e)
                        + "): recompile it, or remove it from what is scanned");
    }
}
