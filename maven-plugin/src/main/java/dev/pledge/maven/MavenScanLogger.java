// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.scanner.ScanLogger;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/**
 * The scanner's progress and problems on Maven's console. A scan that runs longer than {@link #QUIET_SECONDS} says
 * what it is doing ({@code Pledge: following data flow}, {@code Pledge: reading classes 50% (2,500 of 5,000)}): a
 * line as each stage starts and at each quarter of a stage that counts. A build log is not a terminal, so lines are
 * added, never rewritten; the scans of most modules end before the first one.
 */
final class MavenScanLogger implements ScanLogger {

    /** How long a scan runs before it shows its progress. */
    static final int QUIET_SECONDS = 3;

    private final Log log;
    private final LongSupplier nanoTime;
    private final long start;
    /** The stage and quarter last shown, so that each is shown once. */
    private String shownStage;

    private long shownQuarter = -1;

    MavenScanLogger(Log log) {
        this(log, System::nanoTime);
    }

    /** A logger that reads the time from {@code nanoTime} (a test's clock). */
    MavenScanLogger(Log log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        if (nanoTime.getAsLong() - start < TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
            return;
        }
        long quarter = total > 0 ? done * 4L / total : 0;
        if (stage.equals(shownStage) && quarter <= shownQuarter) {
            return;
        }
        shownStage = stage;
        shownQuarter = quarter;
        log.info("Pledge: " + ScanLogger.progressText(stage, done, total));
    }
}
