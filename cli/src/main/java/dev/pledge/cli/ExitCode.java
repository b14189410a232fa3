// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

/** Exit codes of every pledge command, and their lines in {@code --help}. */
final class ExitCode {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:success (no errors; warnings allowed)";
    static final String FINDINGS_LINE = "1:the policy has errors";
    static final String USAGE_LINE = "2:usage or I/O problem (bad option, missing file, unwritable output)";
    static final String INTERNAL_LINE = "3:internal error (a bug: please report it)";

    private ExitCode() {}
}
