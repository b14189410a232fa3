// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In each language, the full notice of the Xiaomi 2021 policy has an entry for every data item
 * (97) and every party (48), in the policy's order: in the notice model, and in the rendered text.
 * (The summary names the most important ones: {@link SummaryTest}.)
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
    void fullNoticeHasAnEntryForEveryItemAndParty(String language) {
        Policy policy = NoticeFixtures.xiaomi2021();
        assertEquals(97, policy.items().size());
        assertEquals(48, policy.parties().size());
        NoticeModel model = NoticeGenerator.model(policy, null, language, new Warnings());
        List<String> fullItems =
                headings(section(model, "data").entries().stream().flatMap(e -> e.children().stream()));
        List<String> fullParties = headings(section(model, "recipients").entries().stream());
        assertEquals(
                policy.items().stream().map(i -> title(i.title(), language)).toList(), fullItems, "one entry per item");
        assertEquals(
                policy.parties().stream().map(p -> title(p.title(), language)).toList(),
                fullParties,
                "one entry per party");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void renderedFullNoticeNamesEveryItemAndParty(String language) {
        Policy policy = NoticeFixtures.xiaomi2021();
        NoticeModel model = NoticeGenerator.model(policy, null, language, new Warnings());
        String text = new NoticeGenerator()
                .render(policy, NoticeFormat.TEXT, language)
                .text();
        String fullMarker = "\n" + model.chrome().fullNotice() + "\n";
        int summaryStart = text.indexOf("\n" + model.summary().heading() + "\n");
        int fullStart = text.indexOf(fullMarker, summaryStart);
        assertTrue(summaryStart > 0 && fullStart > summaryStart, "the summary comes before the full notice");
        String full = text.substring(fullStart);
        Stream.concat(
                        policy.items().stream().map(DataItem::title),
                        policy.parties().stream().map(Party::title))
                .map(t -> title(t, language))
                .forEach(title -> assertTrue(full.contains(title), () -> "rendered full notice lacks " + title));
    }

    private static Section section(NoticeModel model, String anchor) {
        return model.sections().stream()
                .filter(s -> s.anchor().equals(anchor))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> headings(Stream<Entry> entries) {
        return entries.map(Entry::heading).toList();
    }
}
