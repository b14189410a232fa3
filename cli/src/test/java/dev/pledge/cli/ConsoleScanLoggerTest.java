// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress on a terminal is one line rewritten in place and cleared before any other line; elsewhere there is none. */
class ConsoleScanLoggerTest {

    private static final String CLEAR = ConsoleScanLogger.CLEAR;

    @Test
    void progressIsOneLineRewrittenAndClearedBeforeOtherLines() {
        StringWriter text = new StringWriter();
        ConsoleScanLogger logger = new ConsoleScanLogger(new PrintWriter(text), false, true);

        logger.progress("reading classes", 0, 5_000);
        logger.progress("reading classes", 0, 5_000);
        logger.progress("reading classes", 2_250, 5_000);
        logger.warn("app.jar: a nested jar is empty");
        logger.progress("following data flow", 0, 0);
        logger.finish();
        logger.finish();

        assertEquals(
                CLEAR + "pledge: reading classes 0% (0 of 5,000)"
                        + CLEAR + "pledge: reading classes 45% (2,250 of 5,000)"
                        + CLEAR + "pledge: warning: app.jar: a nested jar is empty" + System.lineSeparator()
                        + CLEAR + "pledge: following data flow"
                        + CLEAR,
                text.toString());
    }

    @Test
    void withoutATerminalThereIsNoProgressAndNoDebugLines() {
        StringWriter text = new StringWriter();
        ConsoleScanLogger logger = new ConsoleScanLogger(new PrintWriter(text), false, false);

        logger.progress("reading classes", 2_250, 5_000);
        logger.debug("read in 12 ms");
        logger.error("out of memory");
        logger.finish();

        assertEquals("pledge: error: out of memory" + System.lineSeparator(), text.toString());
    }

    @Test
    void debugLinesShowWithDebug() {
        StringWriter text = new StringWriter();
        ConsoleScanLogger logger = new ConsoleScanLogger(new PrintWriter(text), true, false);

        logger.debug("read in 12 ms");
        logger.info("read 3 classes");

        assertEquals(
                "pledge: read in 12 ms" + System.lineSeparator() + "pledge: read 3 classes" + System.lineSeparator(),
                text.toString());
    }
}
