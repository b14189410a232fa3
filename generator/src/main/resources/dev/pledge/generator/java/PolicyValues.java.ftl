<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers of the generated policy types: texts by language and unmodifiable sets of constants. */
final class PolicyValues {

	/** The languages of the policy's texts, in the order the constants take them; the first is the default. */
	private static final String[] LANGUAGES = {${languages?join(", ")}};

	/** The language of texts the policy writes without a language mark. */
	static final String DEFAULT_LANGUAGE = LANGUAGES[0];

	private PolicyValues() {
	}

	/** An unmodifiable map from language to text: the text in each of the policy's languages, null for none. */
	static Map<String, String> texts(String... byLanguage) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < byLanguage.length; i++) {
			if (byLanguage[i] != null) {
				texts.put(LANGUAGES[i], byLanguage[i]);
			}
		}
		return Collections.unmodifiableMap(texts);
	}

	/** The text in a language, else the first (default-language) text, else the fallback. */
	static String text(Map<String, String> texts, String language, String fallback) {
		String text = texts.get(language);
		if (text != null) {
			return text;
		}
		return texts.isEmpty() ? fallback : texts.values().iterator().next();
	}

	/** An unmodifiable set of constants, in declaration order. */
	static <E extends Enum<E>> Set<E> set(Class<E> type, E[] values) {
		EnumSet<E> set = EnumSet.noneOf(type);
		Collections.addAll(set, values);
		return Collections.unmodifiableSet(set);
	}

	/** An unmodifiable copy of a set of constants, in declaration order. */
	static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
		EnumSet<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return Collections.unmodifiableSet(set);
	}

	/** An unmodifiable list of strings. */
	static List<String> list(String[] values) {
		return List.of(values);
	}
}
