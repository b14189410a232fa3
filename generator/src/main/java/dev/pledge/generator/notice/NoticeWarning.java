package dev.pledge.generator.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * Warnings of one kind in one language, in order: a policy short of one language's
	 * translations has hundreds, which consoles show as the first and a count.
	 *
	 * @param first the first warning of the kind
	 * @param count how many there are, the first included
	 */
	public record Group(NoticeWarning first, int count) {

		/** The first warning's line, then how many more there are; {@code more} says how to list them. */
		public String format(String more) {
			return first.format() + (count == 1 ? "" : " (and " + (count - 1) + " more like it in the "
					+ first.language() + " notice: " + more + ")");
		}
	}

	/** The warnings grouped by rule and language, groups in the order of their first warning. */
	public static List<Group> group(List<NoticeWarning> warnings) {
		Map<String, List<NoticeWarning>> groups = new LinkedHashMap<>();
		for (NoticeWarning warning : warnings) {
			groups.computeIfAbsent(warning.rule() + " " + warning.language(), k -> new ArrayList<>()).add(warning);
		}
		return groups.values().stream().map(g -> new Group(g.get(0), g.size())).toList();
	}

	/** One console line: {@code warning: message [rule]}. */
	public String format() {
		return "warning: " + message + " [" + rule + "]";
	}
}
