// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.dsl.load.Severity;
import dev.pledge.scanner.model.ScanFinding;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a scan.
 *
 * @param findings sorted by file, line, rule and message
 * @param dataMap which code uses which data, for which purpose, shared with whom
 */
public record ScanResult(List<ScanFinding> findings, DataMap dataMap, ScanStats stats) {

    public ScanResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** {@code Scanned 120 classes in 2 jars/dirs (in 0.41s): 3 errors, 0 warnings.} */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        int roots = stats.jars() + stats.directories();
        return String.format(
                Locale.ROOT,
                "Scanned %d class%s in %d jar%s/dir%s (in %.2fs): %d error%s, %d warning%s.",
                stats.classes(),
                stats.classes() == 1 ? "" : "es",
                roots,
                roots == 1 ? "" : "s",
                roots == 1 ? "" : "s",
                stats.elapsed().toNanos() / 1e9,
                errors,
                errors == 1 ? "" : "s",
                warnings,
                warnings == 1 ? "" : "s");
    }
}
