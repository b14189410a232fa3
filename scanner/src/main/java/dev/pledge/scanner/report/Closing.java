// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.SilencedFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a console report ends with, before the summary: why findings do not count (each
 * exclusion and suppression reason once, with how many findings it covers), then the fixes, grouped:
 * {@code 3 places read `ip-address`: declare `data ip-address "IP address"` ... once [undeclared-data]}.
 */
final class Closing {

    private Closing() {}

    static List<String> lines(ScanResult result) {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (SilencedFinding s : result.silenced()) {
            if (s.why() == SilencedFinding.Why.EXCLUDED || s.why() == SilencedFinding.Why.SUPPRESSED) {
                String verb = s.why() == SilencedFinding.Why.EXCLUDED ? "Excluded" : "Suppressed";
                reasons.merge(verb + "|" + s.reason(), 1, Integer::sum);
            }
        }
        reasons.forEach((key, count) -> {
            int bar = key.indexOf('|');
            lines.add(key.substring(0, bar) + " " + count + (count == 1 ? " finding" : " findings") + " ("
                    + key.substring(bar + 1) + ")");
        });
        Map<String, List<ScanFinding>> groups = new LinkedHashMap<>();
        for (ScanFinding finding : result.findings()) {
            if (finding.fix() != null) {
                groups.computeIfAbsent(
                                finding.ruleId() + "|" + finding.subject() + "|" + finding.fix(),
                                k -> new ArrayList<>())
                        .add(finding);
            }
        }
        if (!groups.isEmpty()) {
            lines.add("Fixes, each written once:");
            groups.values().stream()
                    .sorted((a, b) -> b.size() - a.size())
                    .forEach(group -> lines.add("  " + line(group)));
        }
        return lines;
    }

    private static String line(List<ScanFinding> group) {
        ScanFinding first = group.get(0);
        int n = group.size();
        String places = n == 1 ? "1 place " : n + " places ";
        return places + phrase(first.rule(), first.subject(), n == 1) + ": " + first.fix() + " [" + first.ruleId()
                + "]";
    }

    /** What the places do, {@code read `ip-address`}. */
    private static String phrase(ScanRule rule, String subject, boolean one) {
        String[] parts = subject.split(" ", 2);
        String s = one ? "s" : "";
        return switch (rule) {
            case UNDECLARED_DATA -> "read" + s + " `" + subject + "`";
            case UNDECLARED_PARTY -> "call" + s + " the SDK of `" + subject + "`";
            case UNDECLARED_SHARING -> "send" + s + " `" + parts[parts.length - 1] + "` to party `" + parts[0] + "`";
            case UNDECLARED_PURPOSE_USE ->
                "use" + s + " `" + parts[parts.length - 1] + "` for purpose `" + parts[0] + "`";
            case UNKNOWN_ANNOTATION_VALUE -> "name" + s + " `" + subject + "`";
            default -> "ha" + (one ? "s" : "ve") + " `" + subject + "`";
        };
    }
}
