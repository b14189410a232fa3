// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.List;

/**
 * The elements GDPR Art. 12-14 and 21(4) require of a privacy notice (the EDPB transparency
 * guidelines' annex), in the order a reviewer reads them: the article, what it requires, the
 * {@code pledge check} rules that report it missing, the parts of the notice (anchors) and the
 * fact labels (message keys) that give it, and the clause to write when the check has no finding
 * that says so.
 */
enum ReviewElement {
    PLAIN_LANGUAGE(
            "Art. 12(1)",
            "Concise, intelligible, in clear and plain language; a short first layer",
            List.of(),
            List.of("summary"),
            List.of(),
            "shorter sentences in the policy's texts"),
    CONTROLLER(
            "Art. 13(1)(a)",
            "Identity and contact details of the controller",
            List.of("gdpr-controller"),
            List.of("controllers"),
            List.of(),
            "controller <name> \"<legal name>\" { role controller address \"...\" email \"...\" }"),
    DPO(
            "Art. 13(1)(b)",
            "Contact details of the data protection officer",
            List.of("gdpr-dpo"),
            List.of("contacts"),
            List.of(),
            "contact dpo \"Data Protection Officer\" { role dpo email \"dpo@...\" }"),
    PURPOSES(
            "Art. 13(1)(c)",
            "Purposes of the processing",
            List.of("gdpr-purposes"),
            List.of("purposes"),
            List.of(),
            "purpose <name> \"...\" { basis ... uses ... }"),
    LEGAL_BASIS(
            "Art. 13(1)(c)",
            "Legal basis of each purpose",
            List.of("gdpr-legal-basis", "gdpr-consent-form", "sensitive-explicit-consent-open"),
            List.of(),
            List.of("fact.basis"),
            "basis <consent|contract|legal-obligation|legitimate-interest \"...\"|...> in each purpose"),
    INTERESTS(
            "Art. 13(1)(d)",
            "The legitimate interests pursued",
            List.of(),
            List.of(),
            List.of("fact.interest"),
            "basis legitimate-interest \"<the interest pursued>\""),
    DATA(
            "Art. 14(1)(d)",
            "Categories of personal data",
            List.of("data-unstated"),
            List.of("data"),
            List.of(),
            "category <name> \"...\" { data <name> \"...\" }"),
    RECIPIENTS(
            "Art. 13(1)(e)",
            "Recipients or categories of recipients",
            List.of("gdpr-recipients"),
            List.of("recipients", "disclosures"),
            List.of(),
            "recipient <name> \"...\" { kind service-provider receives ... for ... }"),
    TRANSFERS(
            "Art. 13(1)(f)",
            "Transfers to third countries and their safeguards, how to get a copy",
            List.of("gdpr-transfers"),
            List.of("transfers"),
            List.of("fact.mechanisms"),
            "transfer <name> { from <region> to <region> by standard-contractual-clauses }"),
    RETENTION(
            "Art. 13(2)(a)",
            "How long data is kept, or the criteria for it",
            List.of("gdpr-retention", "missing-retention"),
            List.of("retention"),
            List.of("fact.retention"),
            "retention default { criterion \"...\" }"),
    RIGHTS(
            "Art. 13(2)(b)",
            "Rights of access, rectification, erasure, restriction, objection, portability",
            List.of("gdpr-rights"),
            List.of("rights"),
            List.of(),
            "right access { via web \"...\" }"),
    OBJECT(
            "Art. 21(4)",
            "The right to object, explicitly and separately from other information",
            List.of(),
            List.of(RightsSections.OBJECT),
            List.of(),
            "right object { via web \"...\" }"),
    WITHDRAW(
            "Art. 13(2)(c)",
            "The right to withdraw consent at any time",
            List.of("gdpr-withdrawal", "withdraw-without-consent"),
            List.of(RightsSections.WITHDRAW),
            List.of(),
            "right withdraw-consent { via settings \"...\" }"),
    COMPLAINT(
            "Art. 13(2)(d)",
            "The right to complain to a supervisory authority",
            List.of("gdpr-complaint"),
            List.of(),
            List.of("fact.authority"),
            "right complaint { via web \"<authority's site>\" }"),
    PROVISION(
            "Art. 13(2)(e)",
            "Whether providing data is required by law or contract, and the consequences of not providing it",
            List.of("gdpr-provision"),
            List.of(),
            List.of("fact.provision", "fact.consequence"),
            "provision required-for-contract \"<what happens if people do not provide it>\""),
    AUTOMATED(
            "Art. 13(2)(f)",
            "Whether automated decisions, including profiling, take place",
            List.of("gdpr-automated-decisions"),
            List.of(),
            List.of("fact.automated-decisions", "fact.profiling", "fact.automated"),
            "automated-decisions \"We do not make decisions based solely on automated processing.\""),
    LOGIC(
            "Art. 13(2)(f)",
            "The logic involved, and the significance and envisaged consequences of automated decisions",
            List.of("gdpr-automated-logic"),
            List.of(),
            List.of("fact.logic", "fact.significance", "fact.consequences"),
            "automated-decisions { logic \"...\" significance \"...\" consequences \"...\" } in the purpose"),
    SOURCE(
            "Art. 14(2)(f)",
            "The source of data obtained from others",
            List.of("gdpr-source"),
            List.of(),
            List.of("fact.obtained-from"),
            "from <party> in each data item obtained from others"),
    TIMING(
            "Art. 14(3)",
            "When people are told about data obtained from others",
            List.of("gdpr-source-timing"),
            List.of(),
            List.of("fact.told"),
            "told within 1 month (or at-collection, at-first-contact, at-first-disclosure) in the policy, category or item");

    final String article;
    final String element;
    final List<String> rules;
    final List<String> anchors;
    final List<String> facts;
    final String clause;

    ReviewElement(
            String article,
            String element,
            List<String> rules,
            List<String> anchors,
            List<String> facts,
            String clause) {
        this.article = article;
        this.element = element;
        this.rules = rules;
        this.anchors = anchors;
        this.facts = facts;
        this.clause = clause;
    }
}
