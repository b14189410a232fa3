// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan tells its logger how far it has gone: each stage as it starts, and the classes read by whole percents. */
class ScanProgressTest {

    @Test
    void aScanReportsItsStagesAndTheClassesRead(@TempDir Path dir) throws Exception {
        Path classes = Stubs.compile(dir);
        Policy policy = PolicyViews.of(new PolicyLoader().load(List.of(Fixture.XIAOMI_2021)), null);
        RecordingLogger logger = new RecordingLogger();

        ScanResult result = new Scanner(logger)
                .scan(new ScanRequest(
                        policy, List.of(classes), ScanOptions.defaults().withThreads(2)));

        List<String> calls = logger.progress;
        int read = result.stats().classes();
        List<String> reading =
                calls.stream().filter(c -> c.startsWith("reading classes")).toList();
        assertEquals("reading classes 0/" + read, reading.get(0));
        assertEquals("reading classes " + read + "/" + read, reading.get(reading.size() - 1));
        assertTrue(reading.size() <= 101, "one call a whole percent: " + reading);
        List<String> counts =
                reading.stream().map(c -> c.replaceAll(".* (\\d+)/.*", "$1")).toList();
        assertEquals(
                counts.stream()
                        .mapToInt(Integer::parseInt)
                        .sorted()
                        .boxed()
                        .map(String::valueOf)
                        .toList(),
                counts,
                "in order: " + reading);
        assertEquals(
                List.of("linking calls 0/0", "checking 0/0", "following data flow 0/0"),
                calls.subList(reading.size(), calls.size()));
    }
}
