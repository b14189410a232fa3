// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests fail on CI and are skipped, with a message, elsewhere. */
class HeadlessChromiumTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void missingChromiumFailsOnCi() {
        AssertionFailedError e =
                assertThrows(AssertionFailedError.class, () -> HeadlessChromium.require(MISSING, "true"));
        assertTrue(e.getMessage().contains("apt-get install -y chromium"), e.getMessage());
    }

    @Test
    void missingChromiumSkipsElsewhere() {
        TestAbortedException e =
                assertThrows(TestAbortedException.class, () -> HeadlessChromium.require(MISSING, null));
        assertTrue(e.getMessage().contains("/nonexistent/chromium is missing"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> HeadlessChromium.require(MISSING, "false"));
    }

    @Test
    void anInstalledBrowserIsUsed() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertDoesNotThrow(() -> HeadlessChromium.require(java, "true"));
    }
}
