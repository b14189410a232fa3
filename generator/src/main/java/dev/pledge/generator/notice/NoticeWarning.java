package dev.pledge.generator.notice;

import java.util.Objects;

/**
 * Something a notice could not say as asked, but said anyway: a text without a translation into
 * the notice's language, shown in English instead. The Policy view has no source positions, so a
 * warning names the declaration and the text instead of a {@code path:line:col}.
 *
 * @param language the language of the notice
 * @param subject what is missing, e.g. {@code purpose 'ads': title}
 * @param message the whole warning, lower-case, no final period
 * @param rule the stable rule id, {@value #MISSING_TRANSLATION}
 */
public record NoticeWarning(String language, String subject, String message, String rule) {

	/** The rule id of a text shown in a fallback language. */
	public static final String MISSING_TRANSLATION = "missing-translation";

	public NoticeWarning {
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(rule, "rule");
	}

	static NoticeWarning missingTranslation(String language, String subject, String shownIn) {
		return new NoticeWarning(language, subject, subject + " has no " + language + " translation: the " + language
				+ " notice shows the " + shownIn + " text", MISSING_TRANSLATION);
	}

	/** One console line: {@code warning: message [rule]}. */
	public String format() {
		return "warning: " + message + " [" + rule + "]";
	}
}
