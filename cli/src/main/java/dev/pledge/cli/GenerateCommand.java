// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.java.JavaGenerator;
import dev.pledge.generator.model.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pledge generate}: the backends that turn a checked policy into code. */
@Command(
        name = "generate",
        header = "Generate code from a policy ('generate java': the consent API)",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Generate code from a policy.",
        subcommands = GenerateCommand.Java.class,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
final class GenerateCommand {

    /**
     * {@code pledge generate java --package P --out DIR POLICY...}: load and check the policy; on
     * errors print the findings and exit 1; otherwise write the typed consent API and print one
     * line per file and a summary.
     */
    @Command(
            name = "java",
            header = "Generate the policy's typed Java consent API and ledger",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Generate the policy's typed Java consent API: enums DataCategory, DataItem,",
                "Purpose, ThirdParty, Right and Region, the @PersonalData annotation,",
                "<Policy>Consent (the guard) and <Policy>Ledger. The generated code needs",
                "dev.pledge:pledge-runtime."
            },
            exitCodeListHeading = ExitCode.HEADING,
            exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
    static final class Java implements Callable<Integer> {

        @Option(
                names = "--package",
                required = true,
                paramLabel = "PACKAGE",
                description = "Java package of the generated code, e.g. com.example.privacy.")
        String packageName;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Source folder to write into (the package's folders are created below it).")
        Path outDir;

        @Option(
                names = {"--policy-id", "--policy"},
                paramLabel = "NAME",
                description =
                        "The policy to generate, when the files declare several (default: the one no other extends).")
        String policy;

        @Parameters(
                arity = "1..*",
                paramLabel = "POLICY",
                description = "*.pledge files, or folders to search for them.")
        List<Path> paths;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Policy view;
            try {
                view = PolicyInput.load(paths, policy, err, "Nothing generated");
            } catch (PolicyInput.Stop stop) {
                return stop.exitCode;
            }
            try {
                List<Path> files = JavaGenerator.generate(view, packageName, outDir);
                Path here = Path.of("").toAbsolutePath();
                for (Path file : files) {
                    out.println(Finding.display(file, here));
                }
                out.println("Generated " + files.size() + " Java files for policy " + view.id() + " (version "
                        + view.info().version() + ") in package " + packageName + ".");
                out.flush();
                return out.checkError() ? Console.fail(err, "cannot write to standard output") : ExitCode.OK;
            } catch (GeneratorException e) {
                return Console.fail(err, e.getMessage());
            }
        }
    }
}
