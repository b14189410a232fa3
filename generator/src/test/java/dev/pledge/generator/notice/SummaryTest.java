// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary answers every question of the first layer in a few lines, whatever the policy's
 * size: each line names the most important declarations first and says how many more the full
 * notice lists. (That it prints on one page is checked in a browser: {@link ChromiumNoticeTest}.)
 */
class SummaryTest {

    private static final List<String> QUESTIONS = List.of(
            "summary.controllers",
            "summary.contacts",
            "summary.what",
            "summary.why",
            "summary.who",
            "summary.where",
            "summary.how-long",
            "summary.rights",
            "summary.how");

    @TempDir
    static Path dir;

    static Stream<String> languages() {
        return NoticeGenerator.languages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void xiaomiSummaryAnswersEveryQuestion(String language) {
        Policy policy = NoticeFixtures.xiaomi2021();
        Messages messages = new Messages(language, new Warnings());
        List<Answer> answers = summary(policy, language).answers();
        assertEquals(
                QUESTIONS.stream().map(messages::get).toList(),
                answers.stream().map(Answer::topic).toList());

        Line categories = answer(answers, messages, "summary.what").lines().get(0);
        assertEquals(
                policy.categories().stream()
                        .map(c -> title(c.title(), language))
                        .toList(),
                texts(categories),
                "every category (12) is named");
        assertNull(categories.more());
        Line sensitive = answer(answers, messages, "summary.what").lines().get(1);
        assertEquals(messages.get("summary.sensitive"), sensitive.label());
        assertEquals(
                policy.items().stream()
                        .filter(DataItem::sensitive)
                        .map(i -> title(i.title(), language))
                        .toList(),
                texts(sensitive));

        List<Line> why = answer(answers, messages, "summary.why").lines();
        List<LegalBasis> bases = Stream.of(LegalBasis.values())
                .filter(b -> policy.purposes().stream().anyMatch(p -> p.basis() == b))
                .toList();
        assertEquals(bases.size(), why.size(), "a line per legal basis used");
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis basis = bases.get(i);
            List<String> purposes = policy.purposes().stream()
                    .filter(p -> p.basis() == basis)
                    .map(p -> title(p.title(), language))
                    .toList();
            assertEquals(
                    new Localizer(language, new Warnings()).keyword("basis", basis),
                    why.get(i).label());
            assertShowsFirstAndCountsTheRest(purposes, why.get(i), SummaryBuilder.PURPOSES, messages, "purposes");
        }

        List<Line> who = answer(answers, messages, "summary.who").lines();
        List<Party> named = policy.parties().stream().filter(Party::named).toList();
        assertEquals(messages.get("summary.named"), who.get(0).label());
        assertEquals(named.size(), who.get(0).values().size() + count(who.get(0)), "every company counted");
        List<Integer> received = who.get(0).values().stream()
                .map(v -> received(policy, named, v.text(), language))
                .toList();
        List<Integer> descending = new ArrayList<>(received);
        descending.sort((a, b) -> b - a);
        assertEquals(descending, received, "companies that receive the most data first");
        int mostReceived =
                named.stream().mapToInt(p -> received(policy, p)).max().orElseThrow();
        assertEquals(mostReceived, received.get(0));
        assertEquals(
                policy.parties().size() - named.size(),
                who.get(1).values().size() + count(who.get(1)),
                "every other recipient counted");

        Line rights = answer(answers, messages, "summary.rights").lines().get(0);
        List<Right> byKind = new ArrayList<>(policy.rights());
        byKind.sort((a, b) -> a.kind().compareTo(b.kind()));
        assertEquals(SummaryBuilder.NAMES, rights.values().size(), "Xiaomi has many more rights than a line names");
        assertEquals(policy.rights().size(), rights.values().size() + count(rights));
        List<String> shownAnchors = rights.values().stream().map(Value::anchor).toList();
        assertEquals(
                byKind.subList(0, SummaryBuilder.NAMES).stream()
                        .map(r -> Refs.anchor("right", r.id()))
                        .toList(),
                shownAnchors,
                "the rights of the law first (information, access, rectification...), controls last");
        assertTrue(
                policy.rights().get(0).kind().compareTo(byKind.get(0).kind()) > 0,
                "Xiaomi lists controls before rights; the summary does not");
    }

    @Test
    void aPolicyTenTimesLargerHasNoLongerLines() throws IOException {
        Policy ten = NoticeFixtures.view(SyntheticPolicy.write(dir.resolve("synthetic-10"), 10));
        Messages messages = new Messages("en", new Warnings());
        List<Answer> answers = summary(ten, "en").answers();
        assertEquals(QUESTIONS.size(), answers.size());
        int lines = 0;
        for (Answer answer : answers) {
            for (Line line : answer.lines()) {
                assertTrue(line.values().size() <= SummaryBuilder.CATEGORIES + 1, () -> answer.topic() + ": " + line);
                lines++;
            }
        }
        assertTrue(
                lines <= 3 + 2 + LegalBasis.values().length + 2 + 1 + 2 + 1 + 2, "a bounded number of lines: " + lines);
        Line categories = answer(answers, messages, "summary.what").lines().get(0);
        assertShowsFirstAndCountsTheRest(
                ten.categories().stream().map(c -> c.title().in("en")).toList(),
                categories,
                SummaryBuilder.CATEGORIES,
                messages,
                "data");
        Line companies = answer(answers, messages, "summary.who").lines().get(0);
        assertEquals(
                ten.parties().stream().filter(Party::named).count(),
                companies.values().size() + count(companies));
    }

    @Test
    void whatThePolicyDoesNotStateIsShownAsNothing(@TempDir Path folder) {
        Policy policy = TestPolicies.view(folder, TestPolicies.files("shop.pledge", """
				policy shop "Shop policy" { version "1" effective "2024-01-01" languages en }
				controller shop-ltd "Shop Ltd." { role controller email "privacy@shop.example" }
				category account "Account data" { data email "Email address" }
				purpose orders "Process your orders" { basis contract uses email retention 6 years after "the order" }
				"""));
        Messages messages = new Messages("en", new Warnings());
        List<Answer> answers = summary(policy, "en").answers();
        assertEquals(List.of(), answer(answers, messages, "summary.who").lines(), "no recipients: nothing named");
        assertEquals(List.of(), answer(answers, messages, "summary.rights").lines());
        Line contact = answer(answers, messages, "summary.contacts").lines().get(0);
        assertEquals(
                List.of("privacy@shop.example"), texts(contact), "a controller's own address is a way to reach it");
        assertEquals("Shop Ltd.: ", contact.values().get(0).prefix());
        assertEquals("mailto:privacy@shop.example", contact.values().get(0).href());
        Line kept = answer(answers, messages, "summary.how-long").lines().get(0);
        assertEquals(messages.get("summary.other-periods"), kept.label());
        assertEquals(List.of("6 years after the order"), texts(kept));

        String text =
                new NoticeGenerator().render(policy, NoticeFormat.TEXT, "en").text();
        String none = new Messages("en", new Warnings()).get("chrome.none");
        assertTrue(text.contains("* " + messages.get("summary.who") + "\n    - " + none + "\n"), text);
    }

    private static void assertShowsFirstAndCountsTheRest(
            List<String> all, Line line, int max, Messages messages, String anchor) {
        int shown = all.size() <= max + 1 ? all.size() : max; // never "and 1 more"
        assertEquals(all.subList(0, shown), texts(line), "the first, in the policy's order");
        if (shown < all.size()) {
            assertNotNull(line.more(), "says how many more");
            assertEquals(
                    messages.format("summary.more", all.size() - max),
                    line.more().text());
            assertEquals(anchor, line.more().anchor(), "links to the full notice's part");
        } else {
            assertNull(line.more());
        }
    }

    private static NoticeModel.Summary summary(Policy policy, String language) {
        return NoticeGenerator.model(policy, null, language, new Warnings()).summary();
    }

    private static Answer answer(List<Answer> answers, Messages messages, String question) {
        return answers.stream()
                .filter(a -> a.topic().equals(messages.get(question)))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Line line) {
        return line.values().stream().map(Value::text).toList();
    }

    /** How many more the line says there are (0 without "and N more"). */
    private static int count(Line line) {
        return line.more() == null ? 0 : Integer.parseInt(line.more().text().replaceAll("\\D", ""));
    }

    private static String title(Text title, String language) {
        return title.has(language) ? title.in(language) : title.in("en");
    }

    private static int received(Policy policy, List<Party> parties, String title, String language) {
        return received(
                policy,
                parties.stream()
                        .filter(p -> title(p.title(), language).equals(title))
                        .findFirst()
                        .orElseThrow());
    }

    /** Data items a party receives or tracks. */
    private static int received(Policy policy, Party party) {
        Set<String> items = new LinkedHashSet<>(party.receivedItems());
        policy.trackings().stream()
                .filter(t -> t.parties().contains(party.id()))
                .forEach(t -> items.addAll(t.items()));
        return items.size();
    }
}
