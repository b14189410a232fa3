// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import java.util.List;
import java.util.Map;

/**
 * The diff for a person: a heading, the purposes that need fresh consent, those that need only a
 * notice, the removed declarations the new version says differently ({@link Restructure}), then
 * every change on a line of its own ({@code kind  subject: description}).
 */
public final class DiffText {

    private DiffText() {}

    public static String write(PolicyDiff diff) {
        StringBuilder text = new StringBuilder();
        text.append("Policy diff: ")
                .append(name(diff.before()))
                .append(" -> ")
                .append(name(diff.after()))
                .append('\n');
        if (diff.isEmpty()) {
            return text.append("No changes.\n").toString();
        }
        text.append(summary(diff.counts())).append('\n');
        purposes(text, "Fresh consent needed", diff.freshConsent());
        purposes(text, "Notice only", diff.noticeOnly());
        if (!diff.restructures().isEmpty()) {
            text.append("\nSaid differently, not removed (")
                    .append(diff.restructures().size())
                    .append("):\n");
            diff.restructures()
                    .forEach(r -> text.append("  ").append(r.describe()).append('\n'));
        }
        text.append("\nChanges:\n");
        int width =
                diff.changes().stream().mapToInt(c -> c.kind().length()).max().orElse(0);
        for (Change change : diff.changes()) {
            text.append("  ")
                    .append(pad(change.kind(), width))
                    .append("  ")
                    .append(change.describe())
                    .append('\n');
        }
        return text.toString();
    }

    private static void purposes(StringBuilder text, String heading, List<PurposeImpact> impacts) {
        text.append('\n')
                .append(heading)
                .append(" (")
                .append(impacts.size())
                .append(impacts.size() == 1 ? " purpose" : " purposes")
                .append(impacts.isEmpty() ? ")\n" : "):\n");
        for (PurposeImpact impact : impacts) {
            text.append("  ").append(impact.purpose()).append(": ").append(String.join("; ", impact.reasons()));
            if (!impact.versionRaised()) {
                text.append(" [version stays ")
                        .append(impact.newVersion())
                        .append(": write `version ")
                        .append(impact.oldVersion() + 1)
                        .append("` so that older consent stops counting]");
            }
            text.append('\n');
        }
    }

    static String summary(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder()
                .append(total)
                .append(total == 1 ? " change" : " changes")
                .append(": ");
        String separator = "";
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            line.append(separator).append(count.getValue()).append(' ').append(count.getKey());
            separator = ", ";
        }
        return line.append('.').toString();
    }

    private static String name(PolicyDiff.Version version) {
        return version.policy() + (version.version() == null ? "" : " (" + version.version() + ")");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
