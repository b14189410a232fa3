// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.dsl.load.Severity;
import dev.pledge.dsl.validation.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How findings are reported: console lines or SARIF, to standard output or a file. Standard output
 * carries only the report, so {@code --format sarif > FILE} gives pure JSON; the summary line then
 * goes to standard error. With {@code --output} the report goes to the file and the summary to
 * standard output.
 */
final class ReportOptions {

    enum Format {
        text,
        sarif
    }

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text (default: path:line:col: severity: message [rule-id]) or sarif (SARIF 2.1.0 JSON).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output. FILE is replaced whole or not at all; "
                    + "its folder must exist.")
    Path output;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only errors and the summary line, no warnings or notes "
                    + "(text format; SARIF always has every finding).")
    boolean quiet;

    /** Writes the report for these findings; paths are shown relative to {@code base}. */
    void write(List<Finding> findings, int files, Path base, PrintWriter out, PrintWriter err) throws IOException {
        String summary = summary(findings, files);
        String report = switch (format) {
            case text -> text(quiet ? errors(findings) : findings, base) + summary;
            case sarif -> new SarifWriter("pledge", Version.number()).write(findings, base);
        };
        if (output != null) {
            AtomicFiles.write(output, report.getBytes(StandardCharsets.UTF_8));
            out.print(summary);
            out.flush();
        } else {
            out.print(report);
            out.flush();
            if (format == Format.sarif) {
                err.print(summary);
                err.flush();
            }
        }
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    static String text(List<Finding> findings, Path base) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(oneLine(finding.format(base))).append('\n');
        }
        return text.toString();
    }

    /**
     * The text with control characters, invisible format characters (zero-width spaces, the direction controls
     * of Trojan Source attacks) and line separators written as escapes ({@code \n}, {@code \u202e}), so that a
     * finding stays one line, shows what the file holds, and a file name cannot send terminal escape sequences.
     */
    static String oneLine(String text) {
        return VisibleText.escape(text);
    }

    static String summary(List<Finding> findings, int files) {
        long errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings =
                findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return "Checked " + plural(files, "file") + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + ".\n";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
