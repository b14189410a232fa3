// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code languages} accepts: BCP 47 language tags whose language is an ISO 639 language, written in
 * their canonical form ({@code en}, {@code zh-Hant}, {@code pt-BR}), since translations name the language
 * exactly as {@code languages} does.
 */
final class LanguageTags {

    /** ISO 639-1 codes and the ISO 639-2 codes of the same languages, as the JDK knows them. */
    private static final Set<String> LANGUAGES = Stream.of(Locale.getISOLanguages())
            .flatMap(code -> Stream.of(code, iso3(code)))
            .filter(code -> !code.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private LanguageTags() {}

    /** @return why {@code tag} is not a language tag to list, or {@code null} when it is one */
    static String problem(String tag) {
        String shown = PledgeCheck.quote(tag);
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return "language " + shown + " is not a language tag: write an ISO 639-1 code such as `en`, `zh` or"
                    + " `ru`, with a script or region if needed (`zh-Hant`, `pt-BR`)";
        }
        if (!LANGUAGES.contains(locale.getLanguage())) {
            return "language " + shown + " is not an ISO 639 language: write an ISO 639-1 code such as `en`, `zh`"
                    + " or `ru`, with a script or region if needed (`zh-Hant`, `pt-BR`)";
        }
        String canonical = locale.toLanguageTag();
        if (!canonical.equals(tag)) {
            return "language " + shown + " is written `" + canonical + "` as a language tag: write that (in"
                    + " `languages` and in the translations)";
        }
        return null;
    }

    private static String iso3(String code) {
        try {
            return new Locale(code).getISO3Language();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }
}
