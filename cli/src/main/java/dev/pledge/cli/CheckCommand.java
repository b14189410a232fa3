// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge check PATH...}: parse, link and validate policies; report findings. Problems with
 * the policy text are findings (exit 1); problems reaching the files are one {@code pledge: error:}
 * line on standard error (exit 2). Neither shows a stack trace.
 */
@Command(
        name = "check",
        header = "Check policies for errors and missing notice elements",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Check policies: syntax, names, legal bases, consent, sharing, transfers, notice completeness.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "*.pledge files, or folders to search for them.")
    List<Path> paths;

    @Mixin
    ReportOptions report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result;
        try {
            result = new PolicyLoader().load(paths);
        } catch (PolicyLoadException e) {
            return Console.fail(err, e.getMessage());
        } catch (OutOfMemoryError e) {
            return Console.fail(
                    err,
                    "out of memory while checking: is a policy file far too large? "
                            + "(to give Java more memory: PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command)");
        } catch (StackOverflowError e) {
            throw new IllegalStateException("stack overflow while checking", e);
        }
        if (report.output != null) {
            Path output = report.output.toAbsolutePath().normalize();
            if (result.files().stream()
                    .anyMatch(f -> f.toAbsolutePath().normalize().equals(output))) {
                return Console.fail(
                        err, report.output + ": is a policy being checked: name another file for the report");
            }
        }
        try {
            report.write(result.findings(), result.files().size(), Path.of("").toAbsolutePath(), out, err);
        } catch (IOException e) {
            return Console.fail(err, e.getMessage());
        }
        if (out.checkError()) {
            return Console.fail(err, "cannot write to standard output");
        }
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
