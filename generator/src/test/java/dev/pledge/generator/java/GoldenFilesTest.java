// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated API of {@code every-feature.pledge} is exactly the reviewed files under
 * {@code src/test/resources/golden/java}. After an intended change, regenerate them with
 * {@code -Dpledge.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "java");

    @TempDir
    Path dir;

    @Test
    void generatedApiMatchesTheGoldenFiles() throws Exception {
        Policy policy = TestPolicies.view(
                TestPolicies.load(List.of(TestPolicies.resource("model/every-feature.pledge"))), null);
        Map<Path, byte[]> files = JavaGenerator.render(policy, "com.example.shop", dir);
        boolean update = Boolean.getBoolean("pledge.updateGolden");
        List<String> expected = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path golden = GOLDEN.resolve(dir.relativize(file.getKey()));
            expected.add(GOLDEN.relativize(golden).toString());
            if (update) {
                Files.createDirectories(golden.getParent());
                Files.write(golden, file.getValue());
            }
            assertEquals(
                    Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(no golden file)",
                    new String(file.getValue(), StandardCharsets.UTF_8),
                    golden
                            + " differs: if the change is intended, run with -Dpledge.updateGolden=true and review the diff");
        }
        assertEquals(expected.stream().sorted().toList(), goldenFiles(), "golden files without a generated file");
    }

    private static List<String> goldenFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> GOLDEN.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
