// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.validation.Rule;
import dev.pledge.generator.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something a notice could not say as asked, but said anyway: a text without a translation into
 * the notice's language, shown in English instead. It names the declaration and the text, and
 * where the text was written ({@code path:line:col}).
 *
 * @param language the language of the notice
 * @param subject what is missing, e.g. {@code purpose 'ads': title}
 * @param message the whole warning, lower-case, no final period
 * @param rule the stable rule id, {@link #MISSING_TRANSLATION}
 * @param source where the text was written, or null (a phrase of a message file, a text made in code)
 */
public record NoticeWarning(String language, String subject, String message, String rule, Source source) {

    /** The rule id of a text shown in a fallback language. */
    public static final String MISSING_TRANSLATION = Rule.MISSING_TRANSLATION.id();

    public NoticeWarning {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    /** A policy text without a translation: the fix is to write one after the text. */
    static NoticeWarning missingTranslation(String language, String subject, String shownIn, Source source) {
        return new NoticeWarning(
                language,
                subject,
                subject + " has no " + language + " translation: the " + language + " notice shows the " + shownIn
                        + " text; write " + language + " \"...\" after it",
                MISSING_TRANSLATION,
                source);
    }

    /** A phrase missing from a message file: the fix is to add it there. */
    static NoticeWarning missingPhrase(String language, String key) {
        String file = "messages_" + language + ".properties";
        return new NoticeWarning(
                language,
                file + ": phrase '" + key + "'",
                file + " has no phrase '" + key + "': the " + language + " notice shows the English phrase; add `" + key
                        + "=...` to it",
                MISSING_TRANSLATION,
                null);
    }

    /**
     * Warnings of one kind in one language, in order: a policy short of one language's
     * translations has hundreds, which consoles show as the first and a count.
     *
     * @param first the first warning of the kind
     * @param count how many there are, the first included
     */
    public record Group(NoticeWarning first, int count) {

        /** The first warning's line, then how many more there are; {@code how} says how to list them. */
        public String format(Path base, String how) {
            return first.format(base) + more(how);
        }

        /** {@code " (and 690 more like it in the ru notice: <how>)"}, or nothing for a group of one. */
        public String more(String how) {
            return count == 1
                    ? ""
                    : " (and " + (count - 1) + " more like it in the " + first.language() + " notice: " + how + ")";
        }
    }

    /** The warnings grouped by rule and language, groups in the order of their first warning. */
    public static List<Group> group(List<NoticeWarning> warnings) {
        Map<String, List<NoticeWarning>> groups = new LinkedHashMap<>();
        for (NoticeWarning warning : warnings) {
            groups.computeIfAbsent(warning.rule() + " " + warning.language(), k -> new ArrayList<>())
                    .add(warning);
        }
        return groups.values().stream().map(g -> new Group(g.get(0), g.size())).toList();
    }

    /**
     * One console line: {@code path:line:col: warning: message [rule]}, the path relative to
     * {@code base} when below it; without a source, {@code warning: message [rule]}.
     */
    public String format(Path base) {
        return location(base) + "warning: " + message + " [" + rule + "]";
    }

    /** {@code path:line:col: }, or nothing when the source is not known. */
    public String location(Path base) {
        return source == null
                ? ""
                : Finding.display(source.file(), base) + ":" + source.line() + ":" + source.column() + ": ";
    }
}
