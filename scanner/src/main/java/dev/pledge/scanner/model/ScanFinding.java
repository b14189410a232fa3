// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One violation found in scanned code.
 *
 * @param at where: the source file and line, and the class and method
 * @param message lower-case, no final period; says what to write in the policy or the code to fix it
 * @param subject what the finding is about, stable across unrelated code changes: the data concept or
 *        item, the party, the annotation constant ({@code ip-address}, {@code segment:email}); with the
 *        rule, the class and the member it keys the finding in a baseline
 * @param fix what to write, once, to fix every finding of this rule and subject (the console groups
 *        findings by it), or null when each needs its own change
 */
public record ScanFinding(ScanRule rule, Severity severity, CodeRef at, String message, String subject, String fix) {

    public ScanFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
    }

    public ScanFinding(ScanRule rule, CodeRef at, String message, String subject, String fix) {
        this(rule, rule.severity(), at, message, subject, fix);
    }

    /**
     * What keys this finding in a baseline: rule, class, member and subject; not the line, so that
     * unrelated changes to the code do not make a known finding new.
     */
    public String key() {
        return rule.id() + "|" + at.className() + "|" + (at.method() == null ? "" : at.method()) + "|" + subject;
    }

    public String ruleId() {
        return rule.id();
    }

    /**
     * Two console lines, as compilers print them: {@code path/File.java:88: error: message [rule-id]}
     * and an indented {@code in Class.method}. Paths are relative to {@code base} when below it.
     */
    public String format(Path base) {
        String file = at.place(base);
        String line = at.line() > 0 ? ":" + at.line() : "";
        return file + line + ": " + severity.label() + ": " + message + " [" + rule.id() + "]\n    in "
                + at.where(base);
    }

    /** As a policy-checker {@link Finding}, for the shared SARIF writer (bytecode has no columns: column 1). */
    public Finding toFinding() {
        return new Finding(
                at.archive() == null ? at.file() : Path.of(at.path()),
                Math.max(1, at.line()),
                1,
                severity,
                message + " (in " + at.where(Path.of("")) + ")",
                rule.id());
    }
}
