// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.scanner.ScanLogger;
import org.apache.maven.plugin.logging.Log;

/** The scanner's progress and problems on Maven's console. */
final class MavenScanLogger implements ScanLogger {

    private final Log log;

    MavenScanLogger(Log log) {
        this.log = log;
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
}
