// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Severity;
import dev.pledge.generator.model.Policy;
import dev.pledge.scanner.ScanException;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.model.Exclude;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge scan --policy P CLASSES_OR_JARS...}: the build gate. Reads compiled classes and
 * jars and reports code that uses data, purposes or third parties the policy does not declare.
 * Output conventions and exit codes are those of {@code check}.
 */
@Command(
        name = "scan",
        header = "Check compiled code and jars against a policy (the build gate)",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Scan compiled classes and jars against a policy: code that reads data no",
            "item declares, @PersonalData methods that use data they do not declare, SDKs",
            "of undeclared third parties, and data that may reach a party that the policy",
            "does not say receives it."
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {
            ExitCode.OK_LINE,
            "1:the code breaks the policy, or a class cannot be read",
            ExitCode.USAGE_LINE,
            ExitCode.INTERNAL_LINE
        })
final class ScanCommand implements Callable<Integer> {

    enum Format {
        text,
        sarif
    }

    @Mixin
    PolicyFiles.Required policyFiles;

    @Parameters(
            arity = "1..*",
            paramLabel = "CLASSES_OR_JARS",
            description = "Class folders (e.g. target/classes), class files and jars (.jar, .war, .ear, .aar, .zip).")
    List<Path> roots;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text (default: path:line: severity: message [rule-id]) or sarif (SARIF 2.1.0 JSON).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output, whole or not at all.")
    Path output;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            description = "Also write " + ScanReports.SARIF_FILE + ", " + ScanReports.JSON_FILE + " and "
                    + ScanReports.HTML_FILE
                    + " (the data map: which code uses which data, for which purpose, shared with whom) into DIR.")
    Path reportDir;

    @Option(
            names = "--sources",
            paramLabel = "DIR",
            description = "Source folder of the scanned classes, to name real files (repeat for several; default:"
                    + " src/main/java when it exists).")
    List<Path> sources;

    @Option(
            names = "--catalogue",
            paramLabel = "FILE",
            description = "Extra catalogue of data sources and SDKs (format: docs/scanner.md; repeat for several).")
    List<Path> catalogues;

    @Option(
            names = "--suppress",
            paramLabel = "GLOB",
            defaultValue = "**.SuppressPledge",
            description =
                    "Annotation that suppresses findings in the class or method it is on (default: ${DEFAULT-VALUE};"
                            + " repeat for several).")
    List<String> suppress;

    @Option(
            names = "--release",
            paramLabel = "N",
            defaultValue = "0",
            description = "Java release whose classes to read from multi-release jars (default: the running Java's).")
    int release;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Findings this baseline lists are reported as known and do not fail the scan; new ones do.")
    Path baseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Write every finding (the known ones too) into FILE as a baseline, and exit 0 unless a"
                    + " class cannot be read.")
    Path writeBaseline;

    @Option(
            names = "--exclude",
            paramLabel = "PATTERN=REASON",
            description = "Findings in this code do not count; they are reported as excluded, with the reason."
                    + " PATTERN is group:artifact (globs allowed: org.apache.tomcat.embed:*) or a package glob"
                    + " (org.h2.server.**). Repeat for several.")
    List<String> excludes;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only errors and the summary line (text format).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                return Console.fail(err, root + ": no such class folder or jar (build the classes first?)");
            }
        }
        if (release < 0) {
            return Console.fail(
                    err, "--release " + release + ": give a Java release such as 17, or 0 for the running Java's");
        }
        List<Exclude> excluded = new ArrayList<>();
        for (String exclude : excludes == null ? List.<String>of() : excludes) {
            try {
                excluded.add(Exclude.parse(exclude));
            } catch (IllegalArgumentException e) {
                return Console.fail(err, "--exclude: " + e.getMessage());
            }
        }
        Scanner.prepare(); // while the policy loads
        Policy policy;
        try {
            policy = policyFiles.load(err, "Nothing scanned");
        } catch (PolicyInput.Stop stop) {
            return stop.exitCode;
        }
        ScanResult result;
        ConsoleScanLogger logger = ConsoleScanLogger.of(err, quiet);
        try {
            result = new Scanner(logger).scan(new ScanRequest(policy, roots, options(excluded)));
        } catch (ScanException e) {
            return Console.fail(err, e.getMessage());
        } finally {
            logger.finish();
        }
        if (result.stats().classes() == 0 && result.findings().isEmpty()) {
            // a gate that scanned nothing must not pass: a wrong folder (build/classes, not build/classes/java/main)
            return Console.fail(err, nothingScanned(roots));
        }
        Path base = Path.of("").toAbsolutePath();
        try {
            write(result, base, out, err);
            if (reportDir != null) {
                ScanReports.write(result, reportDir, base, Version.number());
            }
            if (writeBaseline != null) {
                AtomicFiles.write(writeBaseline, ScanReports.baseline(result).getBytes(StandardCharsets.UTF_8));
                err.println("pledge: wrote the baseline " + writeBaseline + ": later scans with --baseline "
                        + writeBaseline + " report only new findings");
                err.flush();
            }
        } catch (IOException e) {
            return Console.fail(err, e.getMessage());
        }
        if (out.checkError()) {
            return Console.fail(err, "cannot write to standard output");
        }
        boolean unreadable = result.findings().stream().anyMatch(f -> f.rule() == ScanRule.UNREADABLE_CLASS);
        if (writeBaseline != null) {
            return unreadable ? ExitCode.FINDINGS : ExitCode.OK;
        }
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Inputs that hold no class file: a gate or an inventory of nothing must not pass for one of the app. */
    static String nothingScanned(List<Path> roots) {
        return roots.stream().map(Path::toString).collect(Collectors.joining(", "))
                + ": no class files found, so nothing was scanned: pass the compiled classes (a folder such as"
                + " target/classes or build/classes/java/main), a jar, or the app's package";
    }

    private ScanOptions options(List<Exclude> excluded) {
        List<Path> sourceRoots = new ArrayList<>(sources == null ? List.of() : sources);
        if (sources == null && Files.isDirectory(Path.of("src", "main", "java"))) {
            sourceRoots.add(Path.of("src", "main", "java"));
        }
        return ScanOptions.defaults()
                .withSourceRoots(sourceRoots)
                .withCatalogues(catalogues == null ? List.of() : catalogues)
                .withSuppressAnnotations(suppress)
                .withRelease(release)
                .withExcludes(excluded)
                .withBaseline(baseline);
    }

    /** Like {@code check}: the report on standard output, or in the file with the summary on standard output. */
    private void write(ScanResult result, Path base, PrintWriter out, PrintWriter err) throws IOException {
        String summary = result.summary() + "\n";
        String report = switch (format) {
            case text -> text(result, base) + summary;
            case sarif -> ScanReports.sarif(result, base, Version.number());
        };
        if (output != null) {
            AtomicFiles.write(output, report.getBytes(StandardCharsets.UTF_8));
            out.print(summary);
        } else {
            out.print(report);
            if (format == Format.sarif) {
                err.print(summary);
                err.flush();
            }
        }
        out.flush();
    }

    private String text(ScanResult result, Path base) {
        StringBuilder text = new StringBuilder();
        for (ScanFinding finding : result.findings()) {
            if (!quiet || finding.severity() == Severity.ERROR) {
                finding.format(base)
                        .lines()
                        .forEach(
                                line -> text.append(ReportOptions.oneLine(line)).append('\n'));
            }
        }
        if (!quiet) {
            ScanReports.closing(result).forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }
}
