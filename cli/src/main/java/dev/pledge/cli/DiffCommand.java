// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.generator.diff.DiffJson;
import dev.pledge.generator.diff.DiffText;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.model.Policy;
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
 * {@code pledge diff [--format text|json] [-o FILE] OLD NEW}: what changed between two versions of
 * a policy, and which purposes need fresh consent or only a notice. A diff with changes is a
 * success: the exit code says whether the comparison could be made, not whether there were changes.
 */
@Command(
        name = "diff",
        header = "Compare two policy versions and say who must consent again",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Compare two versions of a policy: items, purposes, parties and rights added or removed, "
                    + "purposes widened, parties receiving more, legal bases and retention changed, transfers "
                    + "added; then which purposes need fresh consent and which only a notice. Declarations "
                    + "are paired by name.",
            "OLD and NEW are each a *.pledge file or a folder holding one policy."
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {
            "0:compared (with or without changes)",
            ExitCode.FINDINGS_LINE,
            ExitCode.USAGE_LINE,
            ExitCode.INTERNAL_LINE
        })
final class DiffCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the diff to FILE (written atomically) instead of standard output.")
    Path output;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a *.pledge file or a folder.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a *.pledge file or a folder.")
    Path newPath;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Policy before;
        Policy after;
        String oneEach = ": give OLD and NEW as files or folders of one policy each";
        try {
            before = PolicyInput.load(List.of(oldPath), null, err, "Nothing compared (OLD has errors)", oneEach);
            after = PolicyInput.load(List.of(newPath), null, err, "Nothing compared (NEW has errors)", oneEach);
        } catch (PolicyInput.Stop stop) {
            return stop.exitCode;
        }
        PolicyDiff diff = PolicyDiff.compare(before, after);
        String report = format == Format.json ? DiffJson.write(diff) : DiffText.write(diff);
        if (output == null) {
            out.print(report);
            out.flush();
            return out.checkError() ? Console.fail(err, "cannot write to standard output") : ExitCode.OK;
        }
        try {
            AtomicFiles.write(output, report.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Console.fail(err, e.getMessage());
        }
        err.println(diff.changes().size() + (diff.changes().size() == 1 ? " change, " : " changes, ")
                + diff.freshConsent().size() + (diff.freshConsent().size() == 1 ? " purpose needs" : " purposes need")
                + " fresh consent: written to " + output + ".");
        err.flush();
        return ExitCode.OK;
    }

    /** Prints every finding and a summary ending in {@code what}; returns {@link ExitCode#FINDINGS}. */
}
