// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

/**
 * Every check Pledge makes, with its stable id. The id is the Xtext issue code, the
 * {@code [rule-id]} on the console and the SARIF {@code ruleId}; never rename one.
 */
public enum Rule {
    SYNTAX("syntax", Level.ERROR, "The file does not follow the Pledge grammar."),
    NOT_TEXT("not-text", Level.ERROR, "The file is not UTF-8 text."),
    EMPTY_FILE("empty-file", Level.ERROR, "The file declares nothing."),
    FILE_TOO_LARGE("file-too-large", Level.ERROR, "The file is too large to be a policy."),
    BIDI_CONTROL(
            "bidi-control",
            Level.ERROR,
            "The file holds an invisible direction control that can make it read differently from what it is"
                    + " (Trojan Source)."),
    DUPLICATE_CLAUSE("duplicate-clause", Level.ERROR, "A clause that takes one value is written twice."),
    NAME_TOO_LONG("name-too-long", Level.ERROR, "A name is longer than the tools can use as a file or Java name."),
    INVALID_LANGUAGE(
            "invalid-language", Level.ERROR, "`languages` lists something that is not a language tag, or one twice."),
    INTERNAL_ERROR(
            "internal-error", Level.ERROR, "Pledge failed while checking the file: a bug in Pledge, please report it."),
    UNRESOLVED_NAME("unresolved-name", Level.ERROR, "A name refers to nothing declared in this file or its imports."),
    DUPLICATE_NAME("duplicate-name", Level.ERROR, "Two declarations visible together share a name."),
    DUPLICATE_POLICY(
            "duplicate-policy",
            Level.ERROR,
            "Two files of one run declare a policy of the same name without being parts of one policy."),
    IMPORT_NOT_FOUND("import-not-found", Level.ERROR, "An imported file does not exist."),
    MULTIPLE_POLICIES("multiple-policies", Level.ERROR, "A file declares more than one policy."),
    MISSING_VERSION("missing-version", Level.ERROR, "A policy does not state its version."),
    INVALID_DATE("invalid-date", Level.ERROR, "A date is not an ISO date (YYYY-MM-DD)."),
    INVALID_PURPOSE_VERSION("invalid-purpose-version", Level.ERROR, "A purpose version is below 1."),
    EXTENDS_CYCLE("extends-cycle", Level.ERROR, "A policy extends itself, directly or through others."),
    DUPLICATE_TRANSLATION("duplicate-translation", Level.ERROR, "A text is translated twice into one language."),
    UNKNOWN_LANGUAGE("unknown-language", Level.ERROR, "A translation is in a language the policy does not declare."),
    MISSING_LEGAL_BASIS("missing-legal-basis", Level.ERROR, "A purpose has no legal basis."),
    DUPLICATE_BASIS(
            "duplicate-basis", Level.ERROR, "A purpose states two legal bases for one region (or for everywhere)."),
    MISSING_INTEREST("missing-interest", Level.ERROR, "A legitimate-interest purpose does not state the interest."),
    MISSING_WITHDRAWAL("missing-withdrawal", Level.ERROR, "A consent-based purpose gives no way to withdraw consent."),
    SENSITIVE_WITHOUT_EXPLICIT_CONSENT(
            "sensitive-without-explicit-consent",
            Level.ERROR,
            "A sensitive data item is used under a basis other than explicit consent."),
    DISCLOSURE_OUTSIDE_PURPOSE(
            "disclosure-outside-purpose",
            Level.ERROR,
            "A party receives a data item for a purpose that does not use it."),
    TRANSFER_WITHOUT_MECHANISM(
            "transfer-without-mechanism",
            Level.ERROR,
            "Data leaves a region with localisation or transfer rules without a stated mechanism."),
    DUPLICATE_ROLE("duplicate-role", Level.ERROR, "A controller states two roles for one region (or for everywhere)."),
    ROLE_CONFLICT(
            "role-conflict",
            Level.ERROR,
            "A region names a company its controller (or processor) while the company states another role there."),
    CONFLICTING_SCOPE("conflicting-scope", Level.ERROR, "A rule names its regions and says it holds in all regions."),
    CONFLICTING_CONSENT(
            "conflicting-consent",
            Level.ERROR,
            "A tracking technology says both that it needs consent and that consent is deemed given."),
    EXTENSION_MISMATCH(
            "extension-mismatch",
            Level.ERROR,
            "An `extend` clause does not fit what it extends (`uses` for a purpose, `receives` for a party...)."),
    COMMITMENT_CONTRADICTED(
            "commitment-contradicted",
            Level.ERROR,
            "A declaration says what a commitment of the policy promises will not happen."),
    UNUSED_DATA("unused-data", Level.WARNING, "A data item is used by no purpose."),
    DATA_UNSTATED(
            "data-unstated",
            Level.WARNING,
            "A purpose or disclosure uses data the policy does not itemise (`uses unstated`, `receives unstated`)."),
    SENSITIVE_EXPLICIT_CONSENT_OPEN(
            "sensitive-explicit-consent-open",
            Level.WARNING,
            "A sensitive data item is used under alternative bases that include explicit consent, and the policy"
                    + " does not say where explicit consent applies."),
    MISSING_RETENTION("missing-retention", Level.WARNING, "A purpose states no retention and no default applies."),
    RIGHT_WITHOUT_CHANNEL(
            "right-without-channel",
            Level.WARNING,
            "A right gives no way to use it, neither its own channel nor its request procedure's."),
    IDENTIFIER_STYLE("identifier-style", Level.WARNING, "A name is not English kebab-case."),
    SENSITIVE_WITHOUT_LAW(
            "sensitive-without-law", Level.WARNING, "A sensitive data item does not say which law makes it sensitive."),
    WITHDRAW_WITHOUT_CONSENT(
            "withdraw-without-consent",
            Level.WARNING,
            "A purpose not based on consent gives ways to withdraw consent instead of ways to opt out."),
    GDPR_CONTROLLER("gdpr-controller", Level.WARNING, "Art. 13(1)(a): controller identity and contact details."),
    GDPR_DPO("gdpr-dpo", Level.WARNING, "Art. 13(1)(b): contact details of the data protection officer."),
    GDPR_PURPOSES("gdpr-purposes", Level.WARNING, "Art. 13(1)(c): purposes and their legal bases."),
    GDPR_LEGAL_BASIS(
            "gdpr-legal-basis",
            Level.WARNING,
            "Art. 13(1)(c): the legal basis of each purpose (`basis unstated` marks one the policy does not give)."),
    GDPR_CONSENT_FORM(
            "gdpr-consent-form",
            Level.WARNING,
            "Art. 4(11), 7: consent deemed given by an action (`implied-consent`) or the absence of an objection"
                    + " (`no-objection`) is not consent under the GDPR."),
    GDPR_RECIPIENTS("gdpr-recipients", Level.WARNING, "Art. 13(1)(e): recipients or categories of recipients."),
    GDPR_TRANSFERS(
            "gdpr-transfers", Level.WARNING, "Art. 13(1)(f): transfers to third countries and their safeguards."),
    GDPR_RETENTION("gdpr-retention", Level.WARNING, "Art. 13(2)(a): retention period or the criteria for it."),
    GDPR_RIGHTS(
            "gdpr-rights",
            Level.WARNING,
            "Art. 13(2)(b): access, rectification, erasure, restriction, objection and portability."),
    GDPR_WITHDRAWAL("gdpr-withdrawal", Level.WARNING, "Art. 13(2)(c): the right to withdraw consent at any time."),
    GDPR_COMPLAINT("gdpr-complaint", Level.WARNING, "Art. 13(2)(d): the right to complain to a supervisory authority."),
    GDPR_AUTOMATED_DECISIONS(
            "gdpr-automated-decisions",
            Level.WARNING,
            "Art. 13(2)(f): whether automated decision-making, including profiling, takes place."),
    GDPR_SOURCE("gdpr-source", Level.WARNING, "Art. 14(2)(f): the source of data not obtained from the person."),
    GDPR_PROVISION(
            "gdpr-provision",
            Level.WARNING,
            "Art. 13(2)(e): whether people must provide the data, and what happens if they do not."),
    GDPR_AUTOMATED_LOGIC(
            "gdpr-automated-logic",
            Level.WARNING,
            "Art. 13(2)(f): the logic, significance and consequences of automated decisions."),
    GDPR_SOURCE_TIMING(
            "gdpr-source-timing", Level.WARNING, "Art. 14(3): when people are told about data obtained from others."),
    /** Reported by {@code pledge notice} and, as hints, by the language server; not by {@code pledge check}. */
    MISSING_TRANSLATION(
            "missing-translation",
            Level.WARNING,
            "A text has no translation into one of the policy's languages: that language's notice shows it untranslated.");

    /** Default severity of a rule. */
    public enum Level {
        ERROR,
        WARNING
    }

    private final String id;
    private final Level level;
    private final String description;

    Rule(String id, Level level, String description) {
        this.id = id;
        this.level = level;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String description() {
        return description;
    }

    /** The rule with this id, or null (for issue codes that are not Pledge's own). */
    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
