// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every export of {@code shop.pledge} byte for byte against {@code golden/}. After a deliberate
 * change, rewrite the files with {@code -Dpledge.updateGolden=true} and review the diff.
 */
class ExportGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "pledge", "generator", "export", "golden");

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void shopMatchesGoldenFile(ExportFormat format) throws IOException {
        ExportFile file = Exports.export(ExportTestPolicies.shop(), format, Mappings.builtIn());
        Path golden = GOLDEN.resolve("shop-" + file.name());
        if (Boolean.getBoolean("pledge.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                file.content(),
                "export differs from " + golden + " (after a deliberate change: -Dpledge.updateGolden=true)");
        assertEquals(
                file.content(),
                Exports.export(ExportTestPolicies.shop(), format, Mappings.builtIn())
                        .content(),
                "the same policy gives the same bytes");
    }
}
