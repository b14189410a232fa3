// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A bug in Pledge: say so in one line, keep the stack trace for --debug, exit 3. A library that wraps running out
 * of memory in an exception of its own (Guice's injector does) is no bug: that is the out-of-memory line, exit 2.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (Pledge.ranOutOfMemory(ex)) {
            cmd.getErr().println(Pledge.outOfMemory());
            return ExitCode.USAGE;
        }
        cmd.getErr()
                .println(
                        "pledge: internal error: " + ex + " (please report this; run with PLEDGE_DEBUG=1 for details)");
        if (System.getenv("PLEDGE_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return ExitCode.INTERNAL;
    }
}
