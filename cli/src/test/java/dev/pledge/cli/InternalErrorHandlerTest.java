// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug in a command: one line and exit 3, the stack trace only with PLEDGE_DEBUG. */
class InternalErrorHandlerTest {

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("model has no root");
        }
    }

    @Test
    void bugIsOneLineAndExitThree() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine =
                new CommandLine(new Broken()).setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute();

        assertEquals(3, exit);
        assertEquals("", out.toString());
        String expected = "pledge: internal error: java.lang.IllegalStateException: model has no root "
                + "(please report this; run with PLEDGE_DEBUG=1 for details)";
        if (System.getenv("PLEDGE_DEBUG") == null) {
            assertEquals(expected + System.lineSeparator(), err.toString());
        } else {
            assertEquals(expected, err.toString().lines().findFirst().orElse(""));
        }
    }
}
