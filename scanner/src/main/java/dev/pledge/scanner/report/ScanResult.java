// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.dsl.load.Severity;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.SilencedFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a scan.
 *
 * @param findings the findings that count, sorted by file, line, rule and message
 * @param silenced the findings that do not count, and why (baseline, exclusion, suppression), in the same order
 * @param dataMap which code uses which data, for which purpose, shared with whom
 */
public record ScanResult(List<ScanFinding> findings, List<SilencedFinding> silenced, DataMap dataMap, ScanStats stats) {

    public ScanResult {
        findings = List.copyOf(findings);
        silenced = List.copyOf(silenced);
    }

    /** How many findings are silenced for the reason. */
    public long count(SilencedFinding.Why why) {
        return silenced.stream().filter(s -> s.why() == why).count();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * {@code Scanned 120 classes in 2 jars/dirs (in 0.41s): 3 errors, 0 warnings.}, with what does not
     * count before the period: {@code ; 2 known from the baseline, 27 excluded, 1 suppressed}.
     */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        int roots = stats.jars() + stats.directories();
        return String.format(
                Locale.ROOT,
                "Scanned %d class%s in %d jar%s/dir%s (in %.2fs): %d error%s, %d warning%s%s.",
                stats.classes(),
                stats.classes() == 1 ? "" : "es",
                roots,
                roots == 1 ? "" : "s",
                roots == 1 ? "" : "s",
                stats.elapsed().toNanos() / 1e9,
                errors,
                errors == 1 ? "" : "s",
                warnings,
                warnings == 1 ? "" : "s",
                silencedSummary());
    }

    private String silencedSummary() {
        List<String> parts = new ArrayList<>();
        long known = count(SilencedFinding.Why.BASELINE);
        long excluded = count(SilencedFinding.Why.EXCLUDED);
        long suppressed = count(SilencedFinding.Why.SUPPRESSED);
        long unreachable = count(SilencedFinding.Why.UNREACHABLE);
        if (known > 0) {
            parts.add(known + " known from the baseline");
        }
        if (excluded > 0) {
            parts.add(excluded + " excluded");
        }
        if (suppressed > 0) {
            parts.add(suppressed + " suppressed");
        }
        if (unreachable > 0) {
            parts.add(unreachable + " in unreachable dependency code");
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }
}
