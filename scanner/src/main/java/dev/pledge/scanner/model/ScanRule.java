// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.dsl.load.Severity;
import java.util.List;
import java.util.Optional;

/** The scanner's rules: the id on the console ({@code [rule-id]}), the SARIF {@code ruleId}, the level. */
public enum ScanRule {
    UNDECLARED_DATA(
            "undeclared-data",
            Severity.ERROR,
            "code reads data (a platform API of the catalogue) that no data item of the policy declares"),
    UNDECLARED_PURPOSE_USE(
            "undeclared-purpose-use",
            Severity.ERROR,
            "a @PersonalData method, or code it calls, uses data its annotation or its purpose does not declare"),
    UNDECLARED_PARTY(
            "undeclared-party", Severity.ERROR, "code calls the SDK of a third party that the policy does not declare"),
    UNDECLARED_SHARING(
            "undeclared-sharing",
            Severity.ERROR,
            "data flows into a party's SDK call that the policy does not say the party receives"),
    COMMITMENT_BROKEN(
            "commitment-broken",
            Severity.ERROR,
            "data may reach a party that a commitment of the policy (no-sharing) promises never receives it"),
    UNKNOWN_ANNOTATION_VALUE(
            "unknown-annotation-value",
            Severity.ERROR,
            "a @PersonalData annotation names a purpose or data item the policy does not declare (generated from another policy version)"),
    SUPPRESSION_WITHOUT_REASON(
            "suppression-without-reason",
            Severity.ERROR,
            "a suppression annotation gives no reason, so it suppresses nothing"),
    UNREADABLE_CLASS(
            "unreadable-class", Severity.ERROR, "a class file, jar or folder cannot be read: the scan fails closed"),
    UNDECLARED_PERMISSION(
            "undeclared-permission",
            Severity.WARNING,
            "an Android manifest asks for a permission that opens personal data no data item of the policy declares"),
    INVALID_SOURCE(
            "invalid-source",
            Severity.WARNING,
            "a `source` of the policy is not a JVM member reference (`pkg/Class.member`) or a catalogue concept, so it matches no code");

    private final String id;
    private final Severity severity;
    private final String description;

    ScanRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public static Optional<ScanRule> byId(String id) {
        for (ScanRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The scanner's rules as a SARIF catalogue. */
    public static List<SarifWriter.RuleInfo> sarifRules() {
        return java.util.Arrays.stream(values())
                .map(rule -> new SarifWriter.RuleInfo(rule.id(), rule.description(), rule.severity()))
                .toList();
    }
}
