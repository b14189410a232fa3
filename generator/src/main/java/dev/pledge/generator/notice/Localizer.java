// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Channel;
import dev.pledge.generator.model.Duration;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Period;
import dev.pledge.generator.model.Safeguard;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.model.Trigger;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything said in one language: fixed phrases from the message files, the policy's texts in
 * that language (or in English, with a warning), and the keywords of the language (legal bases,
 * channels, durations) as phrases. Every string it returns is cleaned by {@link TextHygiene}.
 */
final class Localizer {

    private final String language;
    private final Messages messages;
    private final Warnings warnings;

    Localizer(String language, Warnings warnings) {
        this.language = Objects.requireNonNull(language, "language");
        this.warnings = warnings;
        this.messages = new Messages(language, warnings);
    }

    String msg(String key) {
        return messages.get(key);
    }

    String msg(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /**
     * A policy text in the notice's language: its translation, else English, else the text as
     * written; each fallback is a warning about {@code subject} (e.g. {@code purpose 'ads': title}),
     * except for web and email addresses and phone numbers, which need no translation. Null for null.
     */
    String text(Text text, String subject) {
        if (text == null) {
            return null;
        }
        if (text.has(language)) {
            return TextHygiene.clean(text.in(language));
        }
        if (Links.any(text.text()) != null) {
            return TextHygiene.clean(text.text()); // an address: nothing to translate
        }
        String shownIn = text.has(Messages.ENGLISH) ? Messages.ENGLISH : text.language();
        warnings.add(NoticeWarning.missingTranslation(
                language, subject, shownIn.equals(Messages.ENGLISH) ? "English" : "'" + shownIn + "'", text.source()));
        return TextHygiene.clean(text.in(shownIn));
    }

    List<String> texts(List<Text> texts, String subject) {
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            resolved.add(text(texts.get(i), texts.size() == 1 ? subject : subject + " " + (i + 1)));
        }
        return resolved;
    }

    /** A keyword of the language as a phrase: {@code basis.legitimate-interest}, {@code channel.settings}. */
    String keyword(String prefix, Enum<?> keyword) {
        return msg(prefix + "." + keyword.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@code Consent}, or alternatives local law decides among: {@code Consent or No objection (...), as ...}. */
    String basis(LegalBasis basis, List<LegalBasis> alternatives) {
        String named = keyword("basis", basis);
        for (LegalBasis alternative : alternatives) {
            named = msg("value.either", named, keyword("basis", alternative));
        }
        return alternatives.isEmpty() ? named : msg("value.basis-alternatives", named);
    }

    /** {@code 30 days}, {@code 30 天}, {@code 30 дней}. */
    String duration(Duration duration) {
        String unit = msg("unit." + duration.unit().id() + "." + Plurals.category(language, duration.amount()));
        return msg("duration", duration.amount(), unit);
    }

    /** {@code 6 years after the order}, {@code until you object}, {@code 30 days}. */
    String period(Period period, String subject) {
        String trigger = text(period.trigger(), subject);
        if (period.duration() == null) {
            return msg("period.until", trigger);
        }
        String duration = duration(period.duration());
        return trigger == null ? duration : msg("period.after", duration, trigger);
    }

    /** {@code Email: privacy@example.com}, linked when the value is an address. */
    Value channel(Channel channel, String subject) {
        String value = text(channel.value(), subject);
        String href = switch (channel.kind()) {
            case EMAIL -> Links.email(value) != null ? Links.email(value) : Links.web(value);
            case PHONE -> Links.phone(value);
            default -> Links.web(value);
        };
        return Value.link(prefixed(keyword("channel", channel.kind())), value, href);
    }

    List<Value> channels(List<Channel> channels, String subject) {
        return channels.stream()
                .map(channel -> channel(channel, subject + " (" + channel.kind().id() + ")"))
                .toList();
    }

    /**
     * A phrase with the regions it holds in: {@code Consent (in: EEA)}; without regions, the phrase alone, or
     * {@code Consent (everywhere else)} when other values of the same list name regions.
     */
    String inRegions(String phrase, List<Value> regions, boolean othersHaveRegions) {
        if (!regions.isEmpty()) {
            return msg(
                    "value.in-regions",
                    phrase,
                    String.join(msg("comma"), regions.stream().map(Value::text).toList()));
        }
        return othersHaveRegions ? msg("value.elsewhere", phrase) : phrase;
    }

    /** {@code Pseudonymised}, or with the policy's words: {@code Aggregated: only counts leave the device}. */
    List<Value> safeguards(List<Safeguard> safeguards, String subject) {
        return safeguards.stream()
                .map(s -> {
                    String kind = keyword("safeguard", s.kind());
                    String text = text(s.text(), subject + " (" + s.kind().id() + ")");
                    return Value.of(text == null ? kind : prefixed(kind) + text);
                })
                .toList();
    }

    /** {@code With your consent}, or with the policy's words: {@code When the law requires it: a court order}. */
    List<Value> triggers(List<Trigger> triggers, String subject) {
        return triggers.stream()
                .map(t -> {
                    String kind = keyword("trigger", t.kind());
                    String text = text(t.text(), subject + " (" + t.kind().id() + ")");
                    return Value.of(text == null ? kind : prefixed(kind) + text);
                })
                .toList();
    }

    /** A label followed by the language's separator: {@code "Email: "}, {@code "电子邮件："}. */
    String prefixed(String label) {
        return label + msg("separator");
    }

    /** Values of plain texts (no links), skipping nulls. */
    static List<Value> values(List<String> texts) {
        return texts.stream().filter(Objects::nonNull).map(Value::of).toList();
    }
}
