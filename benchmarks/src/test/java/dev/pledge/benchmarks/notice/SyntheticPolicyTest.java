// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.export.Mappings;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.generator.notice.NoticeGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic policy is valid and has factor times the declarations, so the 10x benchmark means what it says. */
class SyntheticPolicyTest {

    @TempDir
    Path dir;

    @Test
    void tenTimesAsLargeAndWithoutErrors() throws Exception {
        Policy one = check(SyntheticPolicy.write(dir.resolve("one"), 1));
        Policy ten = check(SyntheticPolicy.write(dir.resolve("ten"), 10));
        assertEquals(96, one.items().size());
        assertEquals(52, one.purposes().size());
        assertEquals(48, one.parties().size());
        assertEquals(10 * one.items().size(), ten.items().size());
        assertEquals(10 * one.purposes().size(), ten.purposes().size());
        assertEquals(10 * one.parties().size(), ten.parties().size());
        assertEquals(10 * one.rights().size(), ten.rights().size());
        assertTrue(PipelineBenchmark.generate(one, new NoticeGenerator(), Mappings.builtIn()) > 0);
    }

    private static Policy check(Path folder) throws Exception {
        LoadResult result = new PolicyLoader().load(List.of(folder));
        assertFalse(result.hasErrors(), () -> result.findings().toString());
        return PolicyViews.of(result, null);
    }
}
