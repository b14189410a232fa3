// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.report.ScanResult;

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
}
