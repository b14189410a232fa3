// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.report.ScanResult;
import java.util.Locale;

/**
 * Where the scanner reports progress and problems while it works, so each front end (CLI, Maven
 * plugin, a test) logs through its own channel. Findings are not logged: they are in the
 * {@link ScanResult}. Implementations must be thread-safe: a scan may log from several threads.
 */
public interface ScanLogger {

    /** Logs nothing. */
    ScanLogger SILENT = new ScanLogger() {
        @Override
        public void error(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void debug(String message) {}
    };

    void error(String message);

    void warn(String message);

    void info(String message);

    void debug(String message);

    /**
     * How far a scan has gone, for a front end that shows it while the user waits: called when a stage starts
     * ({@code done} 0) and, in a stage that counts, as each whole percent of it is done. Logs nothing by default.
     *
     * @param stage what the scan is doing, such as {@code reading classes}
     * @param done how much of the stage is done
     * @param total how much there is to do, 0 for a stage that does not count
     */
    default void progress(String stage, int done, int total) {}

    /**
     * A progress call as a person reads it: {@code reading classes 45% (2,250 of 5,000)}, or the stage alone for one
     * that does not count.
     */
    static String progressText(String stage, int done, int total) {
        return total > 0
                ? stage + String.format(Locale.ROOT, " %d%% (%,d of %,d)", done * 100L / total, done, total)
                : stage;
    }
}
