package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In each language, the summary and the full notice of the Xiaomi 2021 policy name every data
 * item (96) and every party (48): in the notice model, and in the rendered text.
 */
class XiaomiCoverageTest {

	static Stream<String> languages() {
		return NoticeGenerator.languages().stream();
	}

	/** The title as the notice shows it: the translation, else the English text. */
	private static String title(Text title, String language) {
		return title.has(language) ? title.in(language) : title.in("en");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void summaryAndFullNoticeNameEveryItemAndParty(String language) {
		Policy policy = NoticeFixtures.xiaomi2021();
		assertEquals(96, policy.items().size());
		assertEquals(48, policy.parties().size());
		NoticeModel model = NoticeGenerator.model(policy, null, language, new Warnings());

		List<String> summaryData = new ArrayList<>();
		for (Row row : model.summary().data().rows()) {
			row.cells().get(0).values().forEach(v -> summaryData.add(v.text()));
		}
		List<String> summaryParties = new ArrayList<>();
		for (Row row : model.summary().data().rows()) {
			row.cells().get(1).values().forEach(v -> summaryParties.add(v.text()));
		}
		model.summary().others().values().forEach(v -> summaryParties.add(v.text()));
		List<String> fullItems = headings(section(model, "data").entries().stream().flatMap(e -> e.children().stream()));
		List<String> fullParties = headings(section(model, "recipients").entries().stream());

		Messages messages = new Messages(language, new Warnings());
		for (DataItem item : policy.items()) {
			String title = title(item.title(), language);
			String shown = item.sensitive() ? messages.format("summary.sensitive-item", title) : title;
			assertTrue(summaryData.contains(shown), () -> "summary lacks item " + item.id() + " (" + shown + ")");
			assertTrue(fullItems.contains(title), () -> "full notice lacks item " + item.id() + " (" + title + ")");
		}
		for (Party party : policy.parties()) {
			String title = title(party.title(), language);
			assertTrue(summaryParties.contains(title), () -> "summary lacks party " + party.id() + " (" + title + ")");
			assertTrue(fullParties.contains(title), () -> "full notice lacks party " + party.id() + " (" + title + ")");
		}
		List<String> summaryPurposes = model.summary().purposes().rows().stream()
				.flatMap(row -> row.cells().get(1).values().stream()).map(v -> v.text()).toList();
		assertEquals(policy.purposes().stream().map(p -> title(p.title(), language)).toList().size(), summaryPurposes.size(),
				"each purpose once in the summary");
		for (var purpose : policy.purposes()) {
			assertTrue(summaryPurposes.contains(title(purpose.title(), language)), () -> "summary lacks purpose " + purpose.id());
		}
		assertEquals(policy.items().size(), fullItems.size(), "one entry per item");
		assertEquals(policy.parties().size(), fullParties.size(), "one entry per party");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void renderedSummaryAndFullNoticeNameEveryItemAndParty(String language) {
		Policy policy = NoticeFixtures.xiaomi2021();
		NoticeModel model = NoticeGenerator.model(policy, null, language, new Warnings());
		String text = new NoticeGenerator().render(policy, NoticeFormat.TEXT, language).text();
		String fullMarker = "\n" + model.chrome().fullNotice() + "\n";
		int summaryStart = text.indexOf("\n" + model.summary().heading() + "\n");
		int fullStart = text.indexOf(fullMarker, summaryStart);
		assertTrue(summaryStart > 0 && fullStart > summaryStart, "the summary comes before the full notice");
		String summary = text.substring(summaryStart, fullStart);
		String full = text.substring(fullStart);
		Stream.concat(policy.items().stream().map(DataItem::title), policy.parties().stream().map(Party::title))
				.map(t -> title(t, language)).forEach(title -> {
					assertTrue(summary.contains(title), () -> "rendered summary lacks " + title);
					assertTrue(full.contains(title), () -> "rendered full notice lacks " + title);
				});
	}

	private static Section section(NoticeModel model, String anchor) {
		return model.sections().stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow();
	}

	private static List<String> headings(Stream<Entry> entries) {
		return entries.map(Entry::heading).toList();
	}
}
