// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines that end a build of several modules: each policy checked (once), then each module in
 * reactor order with its scan's findings or why it was not scanned, then the total and where the
 * whole build's reports are.
 */
final class ReactorSummary {

    /**
     * One module of the build.
     *
     * @param name the module's name
     * @param check its check; null when it was not checked
     * @param notChecked why it was not checked, when {@code check} is null
     */
    record Row(String name, ModuleCheck check, String notChecked) {}

    private ReactorSummary() {}

    /**
     * The summary's lines.
     *
     * @param root paths are relative to it
     * @param reports the whole build's SARIF file, or null when none was written
     */
    static List<String> lines(List<Row> rows, Path root, Path reports) {
        Set<CheckedPolicy> policies = new LinkedHashSet<>();
        rows.stream()
                .map(Row::check)
                .filter(check -> check != null && check.policy() != null)
                .forEach(check -> policies.add(check.policy()));
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        for (CheckedPolicy policy : policies) {
            errors += policy.count(Severity.ERROR);
            warnings += policy.count(Severity.WARNING);
            entries.add(Map.entry("policy " + Finding.display(policy.location(), root), policy.counts()));
        }
        int scanned = 0;
        for (Row row : rows) {
            ModuleCheck check = row.check();
            String result;
            if (check == null) {
                result = "not checked: " + row.notChecked();
            } else if (check.scan() == null) {
                result = "not scanned: " + check.notScanned();
            } else {
                scanned++;
                errors += check.count(Severity.ERROR);
                warnings += check.count(Severity.WARNING);
                result = counts(check.count(Severity.ERROR), check.count(Severity.WARNING));
                if (policies.size() > 1) {
                    result += " (policy " + Finding.display(check.policy().location(), root) + ")";
                }
            }
            entries.add(Map.entry(row.name(), result));
        }
        int width = entries.stream().mapToInt(e -> e.getKey().length()).max().orElse(0) + 4;
        List<String> lines = new ArrayList<>();
        lines.add("Pledge summary:");
        entries.forEach(e -> lines.add(
                "  " + e.getKey() + " " + ".".repeat(width - e.getKey().length()) + " " + e.getValue()));
        lines.add("Pledge total: " + counts(errors, warnings) + " (" + Counts.plural(policies.size(), "policy") + ", "
                + (scanned == rows.size() ? "" : scanned + " of ") + Counts.plural(rows.size(), "module")
                + " scanned)"
                + (reports == null
                        ? ""
                        : "; reports of the whole build: " + Finding.display(reports, root) + ", "
                                + Finding.display(reports.resolveSibling(GateReports.DATA_MAP_HTML), root)));
        return lines;
    }

    private static String counts(long errors, long warnings) {
        return Counts.plural(errors, "error") + ", " + Counts.plural(warnings, "warning");
    }
}
