// SPDX-License-Identifier: Apache-2.0
package dev.pledge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's language reference is real Pledge: its blocks, read together, pass without a finding. */
class ReadmeLanguageReferenceTest {

    private static final Pattern BLOCK = Pattern.compile("```pledge\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleInTheReadmeChecksClean(@TempDir Path folder) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        StringBuilder policy = new StringBuilder();
        Matcher blocks = BLOCK.matcher(readme);
        int count = 0;
        while (blocks.find()) {
            policy.append(blocks.group(1)).append('\n');
            count++;
        }
        assertTrue(count >= 6, "the language reference has its blocks");
        Path file = Files.writeString(folder.resolve("reference.pledge"), policy.toString());
        LoadResult result = new PolicyLoader().load(List.of(file));
        assertEquals(
                List.of(), result.findings().stream().map(Finding::toString).toList());
    }
}
