// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.dsl.load.Severity;
import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code check} goal's work, the build gate: checks the policy, scans the compiled classes (and
 * optionally the dependency jars) against it, prints every finding and a summary, writes SARIF and
 * the data map, and fails closed.
 */
final class Gate {

    /** The file name of the data map written beside the SARIF file. */
    static final String DATA_MAP_JSON = ScanReports.JSON_FILE;

    static final String DATA_MAP_HTML = ScanReports.HTML_FILE;

    /**
     * What to check.
     *
     * @param baseDir the project folder; paths in messages and reports are relative to it
     * @param policy the policy file or folder
     * @param policyId the policy to check against when the files declare several, or null
     * @param classes the project's compiled classes (skipped when the folder does not exist)
     * @param dependencies dependency jars and folders to scan too (empty unless includeDependencies)
     * @param sourceRoots the project's source folders, to name source files in findings
     * @param failOnViolation whether violations fail the build
     * @param strict whether warnings fail the build too
     * @param sarifFile the SARIF report; the data map goes beside it
     * @param suppressAnnotations annotations (binary names or globs) that suppress findings
     * @param catalogues extra catalogue files
     * @param toolVersion the plugin's version, for the SARIF report
     * @param baseline a baseline file whose findings are known and do not fail the build, or null
     * @param excludes code whose findings do not count, with the reasons
     */
    record Request(
            Path baseDir,
            Path policy,
            String policyId,
            Path classes,
            List<Path> dependencies,
            List<Path> sourceRoots,
            boolean failOnViolation,
            boolean strict,
            Path sarifFile,
            List<String> suppressAnnotations,
            List<Path> catalogues,
            String toolVersion,
            Path baseline,
            List<Exclude> excludes) {

        Request {
            Objects.requireNonNull(baseDir, "baseDir");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(classes, "classes");
            dependencies = List.copyOf(dependencies);
            sourceRoots = List.copyOf(sourceRoots);
            Objects.requireNonNull(sarifFile, "sarifFile");
            suppressAnnotations = List.copyOf(suppressAnnotations);
            catalogues = List.copyOf(catalogues);
            excludes = List.copyOf(excludes);
        }
    }

    private Gate() {}

    /** Runs the gate; returns the scan result when the build may go on. */
    static ScanResult run(Request request, Log log) throws PledgeBuildException {
        Path base = request.baseDir();
        LoadResult loaded = PolicyStep.load(base, request.policy(), log);
        Policy policy;
        try {
            policy = PolicyStep.view(loaded, request.policyId(), request.strict(), log);
        } catch (PledgeBuildException e) {
            writeSarif(request, loaded.findings(), List.of());
            throw e;
        }
        List<Path> roots = new ArrayList<>();
        if (Files.exists(request.classes())) {
            roots.add(request.classes());
        } else {
            log.info("No compiled classes in " + Finding.display(request.classes(), base)
                    + ": only the policy is checked");
        }
        ScanOptions options = ScanOptions.defaults()
                .withSourceRoots(request.sourceRoots())
                .withSuppressAnnotations(request.suppressAnnotations())
                .withCatalogues(request.catalogues())
                .withBaseline(request.baseline())
                .withExcludes(request.excludes());
        ScanResult result;
        try {
            result = new Scanner(new MavenScanLogger(log))
                    .scan(new ScanRequest(policy, roots, options, request.dependencies()));
        } catch (ScanException e) {
            throw PledgeBuildException.failure("cannot scan: " + e.getMessage(), e);
        }
        long unreadable = result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNREADABLE_CLASS)
                .count();
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        boolean fails = unreadable > 0 || request.failOnViolation() && (errors > 0 || request.strict() && warnings > 0);
        for (ScanFinding finding : result.findings()) {
            String text = relative(finding.format(base), base);
            if (finding.severity() == Severity.ERROR && (fails || finding.rule() == ScanRule.UNREADABLE_CLASS)) {
                log.error(text);
            } else if (finding.severity() == Severity.INFO) {
                log.info(text);
            } else {
                log.warn(text);
            }
        }
        ScanReports.closing(result).forEach(log::info);
        log.info(result.summary());
        write(request.sarifFile(), ScanReports.sarif(loaded.findings(), result, base, request.toolVersion()));
        writeDataMap(request, result);
        String reports = " (see the lines above and " + Finding.display(request.sarifFile(), base) + ")";
        if (unreadable > 0) {
            throw PledgeBuildException.failure("cannot read "
                    + (unreadable == 1 ? "1 class file or jar" : unreadable + " class files or jars")
                    + ", so the code cannot be checked: the check fails closed; rebuild, or remove the file" + reports);
        }
        if (errors > 0 || request.strict() && warnings > 0) {
            String counts = Counts.plural(errors, "error") + ", " + Counts.plural(warnings, "warning");
            if (request.failOnViolation()) {
                throw PledgeBuildException.failure("the code does not keep the policy: " + counts + reports
                        + "; declare the use in the policy, or change the code");
            }
            log.warn("The code does not keep the policy: " + counts
                    + "; the build goes on because failOnViolation is false");
        }
        return result;
    }

    /** Scanner messages may name files by absolute path; below the project they read better relative to it. */
    private static String relative(String text, Path base) {
        return text.replace(base.toAbsolutePath().normalize() + java.io.File.separator, "");
    }

    private static void writeSarif(Request request, List<Finding> policyFindings, List<ScanFinding> scanFindings)
            throws PledgeBuildException {
        List<Finding> all = Stream.concat(
                        policyFindings.stream(), scanFindings.stream().map(ScanFinding::toFinding))
                .toList();
        List<SarifWriter.RuleInfo> rules = Stream.concat(
                        SarifWriter.RuleInfo.policyRules().stream(), ScanRule.sarifRules().stream())
                .toList();
        String sarif = new SarifWriter("pledge", request.toolVersion()).write(all, request.baseDir(), rules);
        write(request.sarifFile(), sarif);
    }

    private static void writeDataMap(Request request, ScanResult result) throws PledgeBuildException {
        Path folder = request.sarifFile().toAbsolutePath().getParent();
        write(folder.resolve(DATA_MAP_JSON), ScanReports.json(result.dataMap(), request.baseDir()));
        write(folder.resolve(DATA_MAP_HTML), ScanReports.html(result.dataMap(), request.baseDir()));
    }

    /** Writes a report whole or not at all. */
    private static void write(Path file, String content) throws PledgeBuildException {
        try {
            GeneratedFiles.write(Map.of(file.toAbsolutePath(), content.getBytes(StandardCharsets.UTF_8)), "the report");
        } catch (GeneratorException e) {
            throw PledgeBuildException.error(e.getMessage(), e);
        }
    }
}
