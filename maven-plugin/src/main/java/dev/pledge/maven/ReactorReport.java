// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.ScanStats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reports of a whole build: one SARIF file with the findings of each policy checked (once) and
 * of every module's scan, and one data map over every module scanned, with paths relative to the
 * reactor's root, as code-scanning services expect of a repository.
 */
final class ReactorReport {

    private ReactorReport() {}

    /**
     * Writes the whole build's SARIF file, and the data map beside it when a module was scanned.
     *
     * @param checks the modules' checks, in reactor order
     */
    static void write(List<ModuleCheck> checks, Path root, Path sarifFile, String toolVersion)
            throws PledgeBuildException {
        Set<CheckedPolicy> policies = new LinkedHashSet<>();
        List<ScanResult> scans = new ArrayList<>();
        for (ModuleCheck check : checks) {
            if (check.policy() != null) {
                policies.add(check.policy());
            }
            if (check.scan() != null) {
                scans.add(check.scan());
            }
        }
        List<Finding> policyFindings = policies.stream()
                .flatMap(policy -> policy.findings().stream())
                .distinct()
                .toList();
        GateReports.write(sarifFile, root, policyFindings, scans.isEmpty() ? null : merge(scans), toolVersion);
    }

    /** One result of several modules' scans: their findings in reactor order, their data maps merged. */
    static ScanResult merge(List<ScanResult> scans) {
        List<ScanFinding> findings = new ArrayList<>();
        List<SilencedFinding> silenced = new ArrayList<>();
        int classes = 0;
        int jars = 0;
        int directories = 0;
        int methods = 0;
        Duration elapsed = Duration.ZERO;
        for (ScanResult scan : scans) {
            findings.addAll(scan.findings());
            silenced.addAll(scan.silenced());
            classes += scan.stats().classes();
            jars += scan.stats().jars();
            directories += scan.stats().directories();
            methods += scan.stats().methods();
            elapsed = elapsed.plus(scan.stats().elapsed());
        }
        DataMap map = mergeMaps(scans.stream().map(ScanResult::dataMap).toList());
        return new ScanResult(findings, silenced, map, new ScanStats(classes, jars, directories, methods, elapsed));
    }

    /**
     * One data map of several modules': an item, party or purpose found in several is listed once,
     * with the places of all of them (in the order of the maps), and the union of what they say.
     */
    static DataMap mergeMaps(List<DataMap> maps) {
        String policy = maps.stream().map(DataMap::policy).distinct().collect(Collectors.joining(", "));
        List<DataMap.ItemUse> items = mergeById(
                maps.stream().flatMap(map -> map.items().stream()),
                DataMap.ItemUse::id,
                (a, b) -> new DataMap.ItemUse(
                        a.id(),
                        a.title(),
                        a.declared() || b.declared(),
                        concat(a.reads(), b.reads()),
                        union(a.purposes(), b.purposes()),
                        union(a.parties(), b.parties())));
        List<DataMap.PartyUse> parties = mergeById(
                maps.stream().flatMap(map -> map.parties().stream()),
                DataMap.PartyUse::id,
                (a, b) -> new DataMap.PartyUse(
                        a.id(),
                        a.title(),
                        a.declared() || b.declared(),
                        concat(a.calls(), b.calls()),
                        union(a.items(), b.items()),
                        union(a.receives(), b.receives())));
        List<DataMap.PurposeUse> purposes =
                maps.stream().flatMap(map -> map.purposes().stream()).toList();
        return new DataMap(policy, items, parties, purposes);
    }

    private static <T> List<T> mergeById(Stream<T> entries, Function<T, String> id, BinaryOperator<T> merge) {
        Map<String, T> byId = entries.collect(Collectors.toMap(id, Function.identity(), merge, TreeMap::new));
        return List.copyOf(byId.values());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
