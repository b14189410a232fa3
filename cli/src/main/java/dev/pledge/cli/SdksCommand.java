// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.generator.model.Policy;
import dev.pledge.scanner.ScanException;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.report.SdkInventory;
import dev.pledge.scanner.report.SdkInventoryReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge sdks [--policy P] PATH...}: the third-party SDKs in classes, jars and app packages,
 * with their vendor, kind, privacy policy and where they were found, and whether the policy
 * declares each one (without {@code --policy}, an audit of a package no policy covers yet). A thin
 * shell over {@link Scanner#inventory}.
 */
@Command(
        name = "sdks",
        header = "List the third-party SDKs in code and packages, declared or not",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "List the SDKs of third parties found in class folders, jars and Android packages "
                    + "(.apk, .aab, .aar, .dex): their classes, or calls to them. For each: vendor, party "
                    + "kind, privacy policy, packages, where it was found, and the policy's party for it."
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {
            "0:every SDK found is declared by the policy (without --policy: the input was read)",
            "1:an SDK is not declared, or a class or package cannot be read",
            ExitCode.USAGE_LINE,
            ExitCode.INTERNAL_LINE
        })
final class SdksCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Mixin
    PolicyFiles.Optional policyFiles;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Class folders, class files, jars and Android packages (.jar, .aar, .apk, .aab, .dex, ...).")
    List<Path> roots;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text (default: one block per SDK) or json (format pledge-sdks/1).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the list to FILE instead of standard output, whole or not at all.")
    Path output;

    @Option(
            names = "--catalogue",
            paramLabel = "FILE",
            description = "Extra catalogue of SDKs (format: docs/catalogue.md; repeat for several).")
    List<Path> catalogues;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                return Console.fail(err, root + ": no such class folder, jar or package");
            }
        }
        ScanOptions options = ScanOptions.defaults().withCatalogues(catalogues == null ? List.of() : catalogues);
        Policy policy = null;
        if (policyFiles.given()) {
            Scanner.prepare(); // while the policy loads
            try {
                policy = policyFiles.load(err, "Nothing listed");
            } catch (PolicyInput.Stop stop) {
                return stop.exitCode;
            }
        }
        SdkInventory inventory;
        ConsoleScanLogger logger = ConsoleScanLogger.of(err, false);
        try {
            inventory = policy == null
                    ? new Scanner(logger).inventory(roots, options)
                    : new Scanner(logger).inventory(new ScanRequest(policy, roots, options));
        } catch (ScanException e) {
            return Console.fail(err, e.getMessage());
        } finally {
            logger.finish();
        }
        if (inventory.classes() == 0 && inventory.problems().isEmpty()) {
            return Console.fail(err, ScanCommand.nothingScanned(roots));
        }
        Path base = Path.of("").toAbsolutePath();
        String report = switch (format) {
            case text -> SdkInventoryReports.text(inventory, base);
            case json -> SdkInventoryReports.json(inventory, base);
        };
        try {
            if (output != null) {
                AtomicFiles.write(output, report.getBytes(StandardCharsets.UTF_8));
                out.println(SdkInventoryReports.summary(inventory));
            } else {
                out.print(report);
            }
        } catch (IOException e) {
            return Console.fail(err, e.getMessage());
        }
        out.flush();
        if (out.checkError()) {
            return Console.fail(err, "cannot write to standard output");
        }
        boolean undeclared = inventory.checked()
                && inventory.declaredCount() < inventory.sdks().size();
        return undeclared || !inventory.problems().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
