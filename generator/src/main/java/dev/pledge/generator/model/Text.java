// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A human text of a policy with its translations: {@code "Device identifiers" zh "设备标识符"}.
 * Two texts are equal when their translations are: where they were written is not part of the
 * value (moving a text in a file changes nothing a reader sees).
 *
 * @param translations language code to text; the first entry is the text as written without a
 *        language mark, in the policy's default language (the first of its {@code languages},
 *        {@code en} when it declares none); then the translations in the order written
 * @param source where the text was written, or null for a text made in code
 */
public record Text(Map<String, String> translations, Source source) {

    /** The default language of a policy that declares no {@code languages}. */
    public static final String DEFAULT_LANGUAGE = "en";

    public Text {
        if (translations.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least its default-language value");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        translations.forEach((language, text) ->
                copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
        translations = Collections.unmodifiableMap(copy);
    }

    /** A text made in code (no source position). */
    public Text(Map<String, String> translations) {
        this(translations, null);
    }

    /** A text in the default language {@code en} only. */
    public static Text of(String text) {
        return new Text(Map.of(DEFAULT_LANGUAGE, text));
    }

    /** The text in the policy's default language, as written. */
    public String text() {
        return translations.values().iterator().next();
    }

    /** The language of {@link #text()}. */
    public String language() {
        return translations.keySet().iterator().next();
    }

    /** The text in a language, falling back to the default-language text. */
    public String in(String language) {
        return translations.getOrDefault(language, text());
    }

    /** Whether the text is given in this language (as written or translated). */
    public boolean has(String language) {
        return translations.containsKey(language);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && translations.equals(text.translations);
    }

    @Override
    public int hashCode() {
        return translations.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
