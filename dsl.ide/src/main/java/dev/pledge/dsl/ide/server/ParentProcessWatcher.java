// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the server when the editor's process ({@code processId} in {@code initialize}) ends, as the
 * protocol asks: an editor that crashes or is killed cannot send {@code exit}, and may leave
 * stdin open (a shell or wrapper between them keeps the pipe). Checks once a second; a process
 * id that a new process has taken over (another start time) counts as ended.
 */
final class ParentProcessWatcher {

    static final Duration PERIOD = Duration.ofSeconds(1);

    private ParentProcessWatcher() {}

    static void watch(long pid, Runnable onExit) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            // e.g. an editor in another PID namespace (a container, a remote session)
            ServerLog.warning("cannot see the editor's process " + pid
                    + ": the server ends when the editor closes its input instead");
            return;
        }
        Optional<Instant> started = parent.get().info().startInstant();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pledge-parent-process-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    Optional<ProcessHandle> now = ProcessHandle.of(pid);
                    boolean gone = now.isEmpty()
                            || !now.get().isAlive()
                            || (started.isPresent()
                                    && !started.equals(now.get().info().startInstant()));
                    if (gone) {
                        timer.shutdown();
                        onExit.run();
                    }
                },
                PERIOD.toMillis(),
                PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
