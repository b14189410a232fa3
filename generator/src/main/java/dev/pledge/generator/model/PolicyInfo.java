// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * What the {@code policy} block states about the policy as a whole. For a policy that
 * {@code extends} a base, a value the policy does not state is the base's, and lists hold the
 * base's entries before its own. Text and string components are null when not stated.
 *
 * @param version the version label, e.g. {@code 2021-06-15} (a checked policy always states one)
 * @param effective the ISO date it takes effect
 * @param languages the languages its texts come in; the first is the language of untranslated text
 * @param provision whether people must provide their data, for every purpose that does not say (GDPR
 *     Art. 13(2)(e)), or null
 * @param told when people are told about data obtained from others, for every item that does not say
 *     (GDPR Art. 14(3))
 */
public record PolicyInfo(
        String version,
        String effective,
        List<String> languages,
        String url,
        Text summary,
        List<Text> appliesTo,
        List<String> appliesToServices,
        Text precedence,
        List<Text> definitions,
        List<Text> principles,
        Text noSale,
        Text automatedDecisions,
        Text breachNotification,
        List<Text> notes,
        Provision provision,
        List<Telling> told) {

    public PolicyInfo {
        languages = List.copyOf(languages);
        appliesTo = List.copyOf(appliesTo);
        appliesToServices = List.copyOf(appliesToServices);
        definitions = List.copyOf(definitions);
        principles = List.copyOf(principles);
        notes = List.copyOf(notes);
        told = List.copyOf(told);
    }

    /** Nothing said: no version, no texts. */
    static PolicyInfo empty() {
        return new PolicyInfo(
                "", null, List.of(), null, null, List.of(), List.of(), null, List.of(), List.of(), null, null, null,
                List.of(), null, List.of());
    }

    /** The language of text written without a language mark: the first declared, or {@code en}. */
    public String defaultLanguage() {
        return languages.isEmpty() ? Text.DEFAULT_LANGUAGE : languages.get(0);
    }
}
