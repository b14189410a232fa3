// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import java.time.Duration;

/**
 * What a scan read.
 *
 * @param classes class files read (each multi-release class once)
 * @param jars jars read, nested ones included
 * @param directories class folders read
 * @param methods methods read
 * @param elapsed wall time of the scan
 */
public record ScanStats(int classes, int jars, int directories, int methods, Duration elapsed) {

    /** Classes read per second of wall time. */
    public double classesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : classes / seconds;
    }
}
