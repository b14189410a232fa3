// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What every command prints when it cannot do its work, and the exit code that goes with it. */
final class Console {

    private Console() {}

    /** A usage or I/O problem: {@code pledge: error: message}, exit 2. */
    static int fail(PrintWriter err, String message) {
        err.println("pledge: error: " + ReportOptions.oneLine(message));
        err.flush();
        return ExitCode.USAGE;
    }

    /** A policy with errors: its findings, a summary saying what was not done ({@code what}), exit 1. */
    static int policyErrors(LoadResult result, PrintWriter err, String what) {
        Path base = Path.of("").toAbsolutePath();
        for (Finding finding : result.findings()) {
            err.println(ReportOptions.oneLine(finding.format(base)));
        }
        err.println(ReportOptions.summary(result.findings(), result.files().size())
                        .strip() + " " + what + ": fix the errors first.");
        err.flush();
        return ExitCode.FINDINGS;
    }
}
