// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed phrases of notices, from {@code messages_<language>.properties} (UTF-8) next to the
 * templates. English is complete by construction (a phrase missing there is a bug and fails); a
 * phrase missing in another language falls back to English with a warning.
 */
final class Messages {

    /** The languages notices come in: those with a message file. English first. */
    static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    static final String ENGLISH = "en";

    private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> phrases;
    private final Map<String, String> english;
    private final Warnings warnings;

    Messages(String language, Warnings warnings) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("notices come in " + String.join(", ", LANGUAGES) + ", not '" + language
                    + "': add messages_" + language + ".properties to add a language (see docs/notices.md)");
        }
        this.language = language;
        this.phrases = file(language);
        this.english = file(ENGLISH);
        this.warnings = warnings;
    }

    /** The phrase for a key, in the notice's language or else in English. */
    String get(String key) {
        String phrase = phrases.get(key);
        if (phrase != null) {
            return phrase;
        }
        String fallback = english.get(key);
        if (fallback == null) {
            throw new IllegalStateException("messages_en.properties has no phrase '" + key + "'");
        }
        warnings.add(NoticeWarning.missingPhrase(language, key));
        return fallback;
    }

    /** The phrase with {@code {0}}, {@code {1}}... replaced by the arguments, as they are. */
    String format(String key, Object... arguments) {
        String phrase = get(key);
        for (int i = 0; i < arguments.length; i++) {
            phrase = phrase.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return phrase;
    }

    /** The keys of a language's message file (for tests that compare languages). */
    static Set<String> keys(String language) {
        return file(language).keySet();
    }

    private static Map<String, String> file(String language) {
        return FILES.computeIfAbsent(language, Messages::load);
    }

    private static Map<String, String> load(String language) {
        String name = "messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no message file " + name + " next to " + Messages.class.getName());
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> phrases = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> phrases.put(key, properties.getProperty(key)));
            return Map.copyOf(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
