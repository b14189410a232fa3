// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * size. What the law requires is never cut short: every controller by role, every legal basis,
 * profiling and automated decisions, every kind of recipient, every transfer destination with its
 * safeguard, the right to object and withdrawing consent in answers of their own, every right of
 * the law, and how to complain. Other lists name the most important declarations first and say
 * how many more the full notice lists. (That it prints on one page is checked in a browser:
 * {@link ChromiumNoticeTest}; that each fact agrees with the full notice: {@link SummaryFactsTest}.)
 */
class SummaryTest {

    static final List<String> QUESTIONS = List.of(
            "summary.controllers",
            "summary.contacts",
            "summary.what",
            "summary.why",
            "summary.profiling",
            "summary.who",
            "summary.where",
            "summary.how-long",
            "summary.object",
            "summary.withdraw",
            "summary.rights",
            "summary.complaint");

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
        Localizer lz = new Localizer(language, new Warnings());
        List<Answer> answers = summary(policy, language).answers();
        assertEquals(
                QUESTIONS.stream().map(messages::get).toList(),
                answers.stream().map(Answer::topic).toList());

        List<Line> who = answer(answers, messages, "summary.controllers").lines();
        assertEquals(
                List.of(
                        lz.keyword("role", dev.pledge.generator.model.PartyRole.CONTROLLER),
                        lz.keyword("role", dev.pledge.generator.model.PartyRole.PROCESSOR),
                        messages.get("summary.role-unstated")),
                who.stream().map(Line::label).toList(),
                "controllers, processors and companies of unstated role apart");
        assertEquals(
                policy.controllers().size(),
                who.stream().mapToInt(l -> l.values().size()).sum(),
                "every company named");
        who.forEach(line -> assertNull(line.more(), "never cut"));

        Line categories = answer(answers, messages, "summary.what").lines().get(0);
        assertEquals(
                policy.categories().stream()
                        .map(c -> title(c.title(), language))
                        .toList(),
                texts(categories),
                "every category (12) is named");
        assertNull(categories.more());

        List<Line> why = answer(answers, messages, "summary.why").lines();
        List<LegalBasis> bases = Stream.of(LegalBasis.values())
                .filter(b -> policy.purposes().stream().anyMatch(p -> p.basis() == b))
                .toList();
        assertEquals(bases.size(), why.size(), "a line per legal basis used");
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis basis = bases.get(i);
            List<Purpose> purposes =
                    policy.purposes().stream().filter(p -> p.basis() == basis).toList();
            assertEquals(lz.keyword("basis", basis), why.get(i).label());
            assertEquals(purposes.size(), why.get(i).values().size() + count(why.get(i)), "every purpose counted");
            assertTrue(why.get(i).values().size() <= SummaryBuilder.PURPOSES + 1);
        }
        Line interests = why.get(bases.indexOf(LegalBasis.LEGITIMATE_INTEREST));
        assertEquals(
                title(
                        policy.purpose("direct-marketing-automated-decisions")
                                .orElseThrow()
                                .title(),
                        language),
                interests.values().get(0).text(),
                "the legitimate-interest purpose with automated decisions and profiling comes first, so that"
                        + " advertising on legitimate interest is not hidden behind 'and N more'");

        List<Line> profiling = answer(answers, messages, "summary.profiling").lines();
        assertEquals(
                policy.purposes().stream()
                        .filter(p -> p.profiling() || p.automatedDecisions())
                        .count(),
                profiling.stream().mapToInt(l -> l.values().size()).sum(),
                "every purpose that profiles or decides automatically is named");
        profiling.forEach(line -> assertNull(line.more(), "never cut"));

        List<Line> receivers = answer(answers, messages, "summary.who").lines();
        List<Party> named = policy.parties().stream().filter(Party::named).toList();
        assertEquals(messages.get("summary.named"), receivers.get(0).label());
        assertEquals(named.size(), receivers.get(0).values().size() + count(receivers.get(0)), "every company counted");
        List<Integer> received = receivers.get(0).values().stream()
                .map(v -> received(policy, named, v.text(), language))
                .toList();
        List<Integer> descending = new ArrayList<>(received);
        descending.sort((a, b) -> b - a);
        assertEquals(descending, received, "companies that receive the most data first");
        Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
        policy.parties().forEach(p -> kinds.addAll(p.kinds()));
        assertEquals(
                kinds.stream().map(k -> lz.keyword("party-kind", k)).toList(),
                texts(receivers.get(1)),
                "every kind of recipient, in full");

        List<Line> where = answer(answers, messages, "summary.where").lines();
        Set<String> destinations = new LinkedHashSet<>();
        policy.transfers().forEach(t -> destinations.addAll(t.to()));
        Set<String> shown = new LinkedHashSet<>();
        where.forEach(line -> line.values().forEach(v -> shown.add(v.text())));
        assertEquals(
                destinations.stream()
                        .map(id -> title(policy.region(id).orElseThrow().title(), language))
                        .collect(java.util.stream.Collectors.toSet()),
                shown,
                "every destination (the United States and Germany too)");
        for (Transfer transfer : policy.transfers()) {
            assertTrue(
                    where.stream()
                            .anyMatch(l -> l.label()
                                    .startsWith(lz.keyword(
                                            "mechanism", transfer.mechanisms().get(0)))),
                    "each transfer's safeguard is named: " + transfer.id());
        }
        assertTrue(
                where.stream()
                        .anyMatch(l -> l.label()
                                .contains(title(
                                        policy.region("russia")
                                                .orElseThrow()
                                                .laws()
                                                .get(0),
                                        language))),
                "'permitted by law' says which law: " + where);

        Answer object = answer(answers, messages, "summary.object");
        assertEquals(
                messages.get("summary.object-interests"),
                object.lines().get(0).values().get(0).text());
        assertEquals(
                RightsSections.OBJECT, object.lines().get(0).values().get(0).anchor());
        Right objection = policy.rights().stream()
                .filter(r -> r.kind() == RightKind.OBJECT)
                .findFirst()
                .orElseThrow();
        Line how = object.lines().get(object.lines().size() - 1);
        assertEquals(objection.channels().size(), how.values().size(), "every way to object");
        assertNull(how.more());

        Answer withdraw = answer(answers, messages, "summary.withdraw");
        assertEquals(
                messages.get("summary.withdraw-any-time"),
                withdraw.lines().get(0).values().get(0).text());

        Line rights = answer(answers, messages, "summary.rights").lines().get(0);
        List<RightKind> others = Stream.of(RightKind.values())
                .filter(k -> k != RightKind.OBJECT && k != RightKind.WITHDRAW_CONSENT && k != RightKind.COMPLAINT)
                .filter(k -> policy.rights().stream().anyMatch(r -> r.kind() == k))
                .toList();
        assertEquals(
                others.stream().map(k -> lz.keyword("right", k)).toList(),
                texts(rights),
                "every other right of the law, once, in the order of the law, controls last");
        assertNull(rights.more());

        Answer complaint = answer(answers, messages, "summary.complaint");
        assertEquals(
                messages.get("summary.complain"),
                complaint.lines().get(0).values().get(0).text());
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
                if (!answer.topic().equals(messages.get("summary.controllers"))) {
                    assertTrue(line.values().size() <= PartyKind.values().length, () -> answer.topic() + ": " + line);
                }
                lines++;
            }
        }
        assertTrue(lines <= 30, "a bounded number of lines: " + lines);
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
        List<Line> controllers =
                answer(answers, messages, "summary.controllers").lines();
        assertEquals(
                ten.controllers().stream()
                        .map(Controller::title)
                        .map(t -> t.in("en"))
                        .toList(),
                texts(controllers.get(0)),
                "forty controllers, each named (without their regions, which their entries give)");
        Line where = answer(answers, messages, "summary.where").lines().get(0);
        assertEquals(
                List.of(messages.format("summary.regions", ten.regions().size())),
                texts(where),
                "more destinations than a line names: how many, never a few and 'and N more'");
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
        for (String none : List.of(
                "summary.who",
                "summary.where",
                "summary.profiling",
                "summary.object",
                "summary.withdraw",
                "summary.rights",
                "summary.complaint")) {
            assertEquals(List.of(), answer(answers, messages, none).lines(), none);
        }
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
        String none = messages.get("chrome.none");
        assertTrue(text.contains("* " + messages.get("summary.who") + "\n    - " + none + "\n"), text);
    }

    @Test
    void aCompanyWithARolePerRegionIsListedUnderEachRoleWithItsRegions(@TempDir Path folder) {
        Policy policy = TestPolicies.view(folder, TestPolicies.files("shop.pledge", """
				policy shop "Shop policy" { version "1" effective "2024-01-01" languages en }
				region eu "European Union" { countries "DE", "FR" }
				region cn "China" { countries "CN" }
				controller shop-ltd "Shop Ltd." { role controller regions eu }
				controller shop-asia "Shop Asia" { role controller role processor in eu regions cn }
				"""));
        Messages messages = new Messages("en", new Warnings());
        List<Line> lines = answer(summary(policy, "en").answers(), messages, "summary.controllers")
                .lines();
        Line controllers = lines.stream()
                .filter(l -> l.label().equals(messages.get("role.controller")))
                .findFirst()
                .orElseThrow();
        Line processors = lines.stream()
                .filter(l -> l.label().equals(messages.get("role.processor")))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("Shop Ltd. (European Union)", "Shop Asia (everywhere else)"), texts(controllers));
        assertEquals(List.of("Shop Asia (in: European Union)"), texts(processors));
        assertEquals("controller-shop-asia", processors.values().get(0).anchor());
    }

    @Test
    void aDataProtectionOfficerIsNeverCut(@TempDir Path folder) {
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            contacts.append("contact support-")
                    .append(i)
                    .append(" \"Support ")
                    .append(i)
                    .append("\" { role support email \"s")
                    .append(i)
                    .append("@shop.example\" }\n");
        }
        Policy policy = TestPolicies.view(folder, TestPolicies.files("shop.pledge", """
				policy shop "Shop policy" { version "1" effective "2024-01-01" languages en }
				controller shop-ltd "Shop Ltd." { role controller email "privacy@shop.example" }
				""" + contacts + """
				contact dpo "Data protection officer" { role dpo email "dpo@shop.example" }
				"""));
        Line line = answer(summary(policy, "en").answers(), new Messages("en", new Warnings()), "summary.contacts")
                .lines()
                .get(0);
        assertEquals("dpo@shop.example", line.values().get(0).text(), "the DPO comes first");
        assertNotNull(line.more(), "other contacts are cut");
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

    static NoticeModel.Summary summary(Policy policy, String language) {
        return NoticeGenerator.model(policy, null, language, new Warnings()).summary();
    }

    static Answer answer(List<Answer> answers, Messages messages, String question) {
        return answers.stream()
                .filter(a -> a.topic().equals(messages.get(question)))
                .findFirst()
                .orElseThrow();
    }

    static List<String> texts(Line line) {
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
