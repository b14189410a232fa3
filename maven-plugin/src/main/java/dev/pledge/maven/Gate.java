// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code check} goal's work, the build gate: checks the policy, scans the compiled classes (and
 * optionally the dependency jars) against it, prints every finding and a summary, writes SARIF and
 * the data map, and fails closed.
 */
final class Gate {

    /**
     * What to check.
     *
     * @param root the reactor's root folder (the project folder in a build of one project): paths in
     *     printed lines are relative to it
     * @param baseDir the project folder; paths in reports are relative to it
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
            Path root,
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
            Objects.requireNonNull(root, "root");
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

    /**
     * What the gate found.
     *
     * @param policy the checked policy
     * @param scan the scan's result; null when the policy failed before the scan
     * @param failure why the build must stop; null when it may go on
     */
    record Outcome(CheckedPolicy policy, ScanResult scan, PledgeBuildException failure) {

        /** @throws PledgeBuildException the failure, if there is one */
        void throwIfFailed() throws PledgeBuildException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    private Gate() {}

    /**
     * Runs the gate: checks the policy (or takes it from the build's cache), scans, prints, writes the
     * reports.
     *
     * @throws PledgeBuildException when there is no policy to check against, it cannot be read, the
     *     scan cannot start, or a report cannot be written
     */
    static Outcome run(Request request, PolicyCache policies, Log log) throws PledgeBuildException {
        Path root = request.root();
        CheckedPolicy checked = policies.check(request.policy(), root, log);
        Policy policy;
        try {
            policy = checked.view(request.policyId(), request.strict());
        } catch (PledgeBuildException e) {
            GateReports.write(request.sarifFile(), request.baseDir(), checked.findings(), null, request.toolVersion());
            return new Outcome(checked, null, e);
        }
        List<Path> roots = new ArrayList<>();
        if (Files.exists(request.classes())) {
            roots.add(request.classes());
        } else {
            log.info("No compiled classes in " + Finding.display(request.classes(), root)
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
            String text = relative(finding.format(root), root);
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
        GateReports.write(request.sarifFile(), request.baseDir(), checked.findings(), result, request.toolVersion());
        String reports = " (see the lines above and " + Finding.display(request.sarifFile(), root) + ")";
        if (unreadable > 0) {
            return new Outcome(
                    checked,
                    result,
                    PledgeBuildException.failure("cannot read "
                            + (unreadable == 1 ? "1 class file or jar" : unreadable + " class files or jars")
                            + ", so the code cannot be checked: the check fails closed; rebuild, or remove the file"
                            + reports));
        }
        if (errors > 0 || request.strict() && warnings > 0) {
            String counts = Counts.plural(errors, "error") + ", " + Counts.plural(warnings, "warning");
            if (request.failOnViolation()) {
                return new Outcome(
                        checked,
                        result,
                        PledgeBuildException.failure("the code does not keep the policy: " + counts + reports
                                + "; declare the use in the policy, or change the code"));
            }
            log.warn("The code does not keep the policy: " + counts
                    + "; the build goes on because failOnViolation is false");
        }
        return new Outcome(checked, result, null);
    }

    /** Scanner messages may name files by absolute path; below the project they read better relative to it. */
    private static String relative(String text, Path base) {
        return text.replace(base.toAbsolutePath().normalize() + java.io.File.separator, "");
    }
}
