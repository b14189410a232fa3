// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.model.Artifact;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.Exclude;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.SilencedFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the rules put their findings. A finding in a method or class goes to the silenced ones when a
 * suppression annotation with a reason is on it, or an exclusion covers its class; all others count.
 * One source line gives one finding per rule and subject: five calls of one SDK on a line (a Kotlin
 * chain, several lambdas) are one place to fix. Not thread-safe.
 */
public final class Findings {

    private static final Exclude NONE = new Exclude("-", "-");

    private final List<Exclude> excludes;
    private final Map<String, List<Artifact>> artifacts;
    private final Set<MethodModel> reachable;
    private final Map<ClassModel, Exclude> excluded = new HashMap<>();
    private final List<ScanFinding> active = new ArrayList<>();
    private final List<SilencedFinding> silenced = new ArrayList<>();
    private final Set<String> places = new HashSet<>();

    /**
     * @param excludes code whose findings do not count
     * @param artifacts the coordinates of each scanned archive, by its origin ({@code lib/x.jar})
     * @param reachable the methods the application can run, when dependencies are scanned: a finding in
     *        a dependency method outside it does not count; null when every method counts
     */
    public Findings(List<Exclude> excludes, Map<String, List<Artifact>> artifacts, Set<MethodModel> reachable) {
        this.excludes = List.copyOf(excludes);
        this.artifacts = artifacts;
        this.reachable = reachable;
    }

    /** A finding that is about no code (a policy entry): it always counts. */
    public void add(ScanFinding finding) {
        active.add(finding);
    }

    /** A finding in a method: silenced by the method's (or its class's) suppression, or an exclusion. */
    public void add(MethodModel where, ScanFinding finding) {
        if (!first(finding)) {
            return;
        }
        String reason = where.suppression();
        if (reachable != null && where.owner.dependency && !reachable.contains(where)) {
            silenced.add(new SilencedFinding(
                    finding, SilencedFinding.Why.UNREACHABLE, "dependency code the application cannot reach"));
        } else if (reason != null && !reason.isEmpty()) {
            silenced.add(new SilencedFinding(finding, SilencedFinding.Why.SUPPRESSED, reason));
        } else {
            classify(where.owner, finding);
        }
    }

    /** Whether no finding of the same rule and subject was made at the same place (file, line, inlining call). */
    private boolean first(ScanFinding finding) {
        CodeRef at = finding.at();
        String place = at.path() + ":" + at.line()
                + (at.caller() == null
                        ? ""
                        : " " + at.caller().path() + ":" + at.caller().line())
                + (at.line() > 0 ? "" : " " + at.where());
        return places.add(finding.ruleId() + " " + finding.subject() + " " + place);
    }

    /** Whether a finding in the method would count: reachable, not suppressed, its class not excluded. */
    public boolean counts(MethodModel where) {
        String reason = where.suppression();
        return (reachable == null || !where.owner.dependency || reachable.contains(where))
                && (reason == null || reason.isEmpty())
                && excluded.computeIfAbsent(where.owner, this::exclusion) == NONE;
    }

    /** A finding in a class: silenced when an exclusion covers the class. */
    public void add(ClassModel where, ScanFinding finding) {
        if (first(finding)) {
            classify(where, finding);
        }
    }

    private void classify(ClassModel where, ScanFinding finding) {
        Exclude exclude = excluded.computeIfAbsent(where, this::exclusion);
        if (exclude != NONE) {
            silenced.add(new SilencedFinding(
                    finding, SilencedFinding.Why.EXCLUDED, exclude.pattern() + ": " + exclude.reason()));
        } else {
            active.add(finding);
        }
    }

    private Exclude exclusion(ClassModel type) {
        List<Artifact> coordinates = artifacts.getOrDefault(type.archive(), List.of());
        for (Exclude exclude : excludes) {
            if (exclude.covers(type.binaryName(), coordinates)) {
                return exclude;
            }
        }
        return NONE;
    }

    public List<ScanFinding> active() {
        return active;
    }

    public List<SilencedFinding> silenced() {
        return silenced;
    }
}
