// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A long scan says what it is doing in Maven's log: a line per stage and per quarter, after a quiet start. */
class MavenScanLoggerTest {

    private final AtomicLong now = new AtomicLong();
    private final RecordingLog log = new RecordingLog();
    private final MavenScanLogger logger = new MavenScanLogger(log, now::get);

    @Test
    void aScanShowsNothingUntilItRunsLongerThanTheQuietStart() {
        logger.progress("reading classes", 0, 1000);
        now.set(TimeUnit.SECONDS.toNanos(MavenScanLogger.QUIET_SECONDS) - 1);
        logger.progress("reading classes", 990, 1000);
        logger.progress("linking calls", 0, 0);

        assertEquals(List.of(), log.lines());
    }

    @Test
    void thenEachStageOnceAndEachQuarterOfAStageThatCounts() {
        now.set(TimeUnit.SECONDS.toNanos(MavenScanLogger.QUIET_SECONDS));
        for (int done = 600; done <= 1000; done += 10) {
            logger.progress("reading classes", done, 1000);
        }
        logger.progress("linking calls", 0, 0);
        logger.progress("linking calls", 0, 0);
        logger.progress("following data flow", 0, 0);

        assertEquals(
                List.of(
                        "[INFO] Pledge: reading classes 60% (600 of 1,000)",
                        "[INFO] Pledge: reading classes 75% (750 of 1,000)",
                        "[INFO] Pledge: reading classes 100% (1,000 of 1,000)",
                        "[INFO] Pledge: linking calls",
                        "[INFO] Pledge: following data flow"),
                log.lines());
    }

    @Test
    void aRealScanPastTheQuietStartShowsItsStages() throws Exception {
        now.set(TimeUnit.SECONDS.toNanos(MavenScanLogger.QUIET_SECONDS));
        Path classes = Path.of("target", "classes"); // this plugin's own classes: a few dozen
        new Scanner(logger).scan(new ScanRequest(Policy.empty("shop", Text.of("Shop")), List.of(classes)));

        List<String> lines = log.lines();
        assertTrue(lines.contains("[INFO] Pledge: checking"), lines.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.matches("\\[INFO] Pledge: reading classes 100% \\((\\d+) of \\1\\)")),
                lines.toString());
        assertTrue(
                lines.indexOf("[INFO] Pledge: linking calls") < lines.indexOf("[INFO] Pledge: checking"),
                lines.toString());
    }
}
