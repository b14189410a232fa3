// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.formatting.PledgeFormatter;
import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.PolicyFormatter;
import dev.pledge.dsl.load.PolicyFormatter.FormattedFile;
import dev.pledge.dsl.load.PolicyLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge format [--check] PATH...}: lay policies out the one canonical way (the layout editors
 * apply too). Rewrites each file that changes, whole or not at all; with {@code --check} writes
 * nothing and lists the files that are not formatted, for CI. A file that does not parse is left
 * as it is and its syntax errors are reported.
 */
@Command(
        name = "format",
        header = "Lay policies out the one canonical way, as editors do",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "One clause per line, two-space indentation, long texts and lists broken at "
                    + PledgeFormatter.MAX_WIDTH + " columns; comments and blank lines between groups are kept. "
                    + "Files that change are rewritten in place (atomically) and their paths printed."
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {
            "0:every file is formatted (or was rewritten)",
            "1:--check found files that are not formatted, or a file has syntax errors",
            ExitCode.USAGE_LINE,
            ExitCode.INTERNAL_LINE
        })
final class FormatCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "*.pledge files, or folders to search for them.")
    List<Path> paths;

    @Option(
            names = "--check",
            description = "Write nothing; print the files that are not formatted and exit 1 when there are any.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FormattedFile> files;
        try {
            files = new PolicyFormatter().format(paths);
        } catch (PolicyLoadException e) {
            return Console.fail(err, e.getMessage());
        }
        Path base = Path.of("").toAbsolutePath();
        int unformatted = 0;
        int broken = 0;
        for (FormattedFile file : files) {
            if (!file.problems().isEmpty()) {
                broken++;
                for (Finding problem : file.problems()) {
                    err.println(ReportOptions.oneLine(problem.format(base)));
                }
            } else if (file.changed()) {
                unformatted++;
                if (!check) {
                    try {
                        AtomicFiles.rewrite(file.file(), file.formatted().getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        return Console.fail(err, e.getMessage());
                    }
                }
                out.println(ReportOptions.oneLine(Finding.display(file.file(), base)));
            }
        }
        out.flush();
        err.println(summary(files.size(), unformatted, broken));
        err.flush();
        return (check && unformatted > 0) || broken > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private String summary(int total, int unformatted, int broken) {
        String files = total + (total == 1 ? " file" : " files");
        StringBuilder summary = new StringBuilder();
        if (check) {
            summary.append(
                    unformatted == 0
                            ? "Checked " + files + ": all formatted."
                            : "Checked " + files + ": " + unformatted + " not formatted"
                                    + " (run `pledge format` on them to format them).");
        } else {
            summary.append("Formatted " + files + ": " + unformatted + " rewritten, " + (total - unformatted - broken)
                    + " already formatted.");
        }
        if (broken > 0) {
            summary.append(" ")
                    .append(broken)
                    .append(broken == 1 ? " file was" : " files were")
                    .append(" not formatted because of the errors above: fix them first.");
        }
        return summary.toString();
    }
}
