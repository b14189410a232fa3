// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the summary agrees with the full notice: each name links to an entry of the full
 * notice, and what the summary says about it (a company's role, a purpose's legal basis, profiling,
 * the law that makes an item sensitive, a recipient's kind, a destination's safeguard, a way to
 * object, withdraw consent, use a right or complain, a retention period) is what that entry says.
 * For Xiaomi in every language, for the policy that uses every clause, and for a policy ten times
 * Xiaomi's size.
 */
class SummaryFactsTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> policies() throws IOException {
        Policy ten = NoticeFixtures.view(SyntheticPolicy.write(dir.resolve("synthetic-10"), 10));
        return Stream.concat(
                NoticeGenerator.languages().stream().map(l -> Arguments.of("xiaomi", NoticeFixtures.xiaomi2021(), l)),
                Stream.of(
                        Arguments.of("every-feature", NoticeFixtures.everyFeature(), "en"),
                        Arguments.of("synthetic-10", ten, "ru")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("policies")
    void everySummaryFactIsWhatTheFullNoticeSays(String name, Policy policy, String language) {
        NoticeModel model = NoticeGenerator.model(policy, null, language, new Warnings());
        Full full = new Full(model.sections(), new Messages(language, new Warnings()).get("comma"));
        Messages m = new Messages(language, new Warnings());
        List<Answer> answers = model.summary().answers();
        int checked = 0;

        for (Answer answer : answers) {
            for (Line line : answer.lines()) {
                for (Value value : values(line)) {
                    if (value.anchor() != null) {
                        assertTrue(full.has(value.anchor()), answer.topic() + ": no part or entry #" + value.anchor());
                    }
                }
            }
        }
        for (Line line : lines(answers, m, "summary.controllers")) {
            for (Value company : line.values()) {
                Entry entry = full.entry(company.anchor());
                List<Value> roles = full.facts(entry, m.get("fact.role"));
                if (line.label().equals(m.get("summary.role-unstated"))) {
                    assertEquals(List.of(), roles, company.text());
                } else if (roles.size() == 1) {
                    assertEquals(line.label(), roles.get(0).text(), company.text());
                } else {
                    // a role per region: "Shop Asia (in: European Union)" under Processor is the
                    // entry's "Processor (in: European Union)"
                    String said = company.text().replace(entry.heading(), line.label());
                    assertTrue(contains(roles, said), company.text() + " under " + line.label() + ": " + roles);
                }
                checked++;
            }
        }
        for (Line line : lines(answers, m, "summary.why")) {
            for (Value purpose : line.values()) {
                Entry entry = full.entry(purpose.anchor());
                assertTrue(
                        full.facts(entry, m.get("fact.basis")).stream()
                                .anyMatch(v -> v.text().equals(line.label())
                                        || v.text().startsWith(line.label() + " ")
                                        || v.text().startsWith(line.label() + "（")),
                        purpose.text() + " has basis " + line.label());
                checked++;
            }
        }
        for (Line line : lines(answers, m, "summary.profiling")) {
            String fact = line.label().equals(m.get("summary.automated")) ? "fact.automated" : "fact.profiling";
            for (Value purpose : line.values()) {
                if (line.label() != null) {
                    assertNotNull(full.fact(purpose.anchor(), m.get(fact)), purpose.text());
                    checked++;
                }
            }
        }
        List<Line> what = lines(answers, m, "summary.what");
        for (Line line : what.subList(1, what.size())) {
            for (Value item : line.values()) {
                assertTrue(full.fact(item.anchor(), m.get("fact.sensitive")).contains(line.label()), item.text());
                checked++;
            }
        }
        List<Line> who = lines(answers, m, "summary.who");
        for (Line line : who) {
            for (Value value : line.values()) {
                if (line.label().equals(m.get("summary.named"))) {
                    assertEquals(m.get("value.named-party"), full.fact(value.anchor(), m.get("fact.recipient-type")));
                } else {
                    assertTrue(
                            full.any("recipients", e -> contains(full.facts(e, m.get("fact.kinds")), value.text())),
                            "a recipient of kind " + value.text());
                }
                checked++;
            }
        }
        for (Line line : lines(answers, m, "summary.where")) {
            for (Value region : line.values()) {
                if (region.anchor().equals("transfers") || region.anchor().equals("recipients")) {
                    continue; // a count of destinations, linked to the full list
                }
                boolean transfer = full.any(
                        "transfers",
                        e -> contains(full.facts(e, m.get("fact.to")), region.text())
                                && line.label().startsWith(full.joined(e, m.get("fact.mechanisms"))));
                boolean party = full.any(
                        "recipients",
                        e -> contains(full.facts(e, m.get("fact.located")), region.text())
                                && line.label()
                                        .equals(
                                                full.facts(e, m.get("fact.mechanisms"))
                                                                .isEmpty()
                                                        ? m.get("summary.no-safeguard")
                                                        : full.joined(e, m.get("fact.mechanisms"))));
                assertTrue(transfer || party, "a transfer to " + region.text() + " under " + line.label());
                checked++;
            }
        }
        for (Line line : lines(answers, m, "summary.how-long")) {
            for (Value period : line.values()) {
                boolean stated = full.any(
                                "retention",
                                e -> contains(full.facts(e, m.get("fact.kept")), period.text())
                                        || e.heading().equals(period.text()))
                        || full.any("purposes", e -> contains(full.facts(e, m.get("fact.retention")), period.text()));
                assertTrue(stated, "a retention period: " + period.text());
                checked++;
            }
        }
        checked += channels(answers, m, "summary.object", full, m.get("fact.how"));
        checked += channels(answers, m, "summary.withdraw", full, m.get("fact.how"), m.get("fact.withdraw"));
        List<Line> rights = lines(answers, m, "summary.rights");
        if (!rights.isEmpty()) {
            for (Value right : rights.get(0).values()) {
                assertEquals(right.text(), full.fact(right.anchor(), m.get("fact.right-kind")));
                checked++;
            }
        }
        checked += channels(answers, m, "summary.rights", full, m.get("fact.how"), m.get("fact.within"));
        checked += channels(answers, m, "summary.complaint", full, m.get("fact.how"));
        for (Line line : lines(answers, m, "summary.complaint")) {
            if (m.get("summary.authorities").equals(line.label())) {
                for (Value authority : line.values()) {
                    assertTrue(
                            full.any(
                                    "regions", e -> contains(full.facts(e, m.get("fact.authority")), authority.text())),
                            authority.text());
                }
            }
        }
        for (Value contact : lines(answers, m, "summary.contacts").stream()
                .flatMap(l -> l.values().stream())
                .toList()) {
            Predicate<Entry> gives = e -> Stream.of("fact.email", "fact.web", "fact.phone")
                    .anyMatch(f -> contains(full.facts(e, m.get(f)), contact.text()));
            assertTrue(full.any("contacts", gives) || full.any("controllers", gives), contact.text());
            checked++;
        }
        assertTrue(checked > 20, "the summary of " + name + " has facts to check: " + checked);
    }

    /**
     * The ways (channels) and deadlines the labelled lines of an answer name are given by an entry of
     * the full notice, under one of the labels given.
     */
    private static int channels(List<Answer> answers, Messages m, String question, Full full, String... labels) {
        int checked = 0;
        for (Line line : lines(answers, m, question)) {
            if (line.label() == null || line.label().equals(m.get("summary.authorities"))) {
                continue;
            }
            for (Value way : line.values()) {
                boolean given = full.anywhere(e -> Stream.of(labels)
                        .anyMatch(label -> full.facts(e, label).stream()
                                .anyMatch(v -> v.text().equals(way.text())
                                        && java.util.Objects.equals(v.prefix(), way.prefix()))));
                assertTrue(given, question + ": " + way.prefix() + way.text() + " is not given in the full notice");
                checked++;
            }
        }
        return checked;
    }

    private static List<Line> lines(List<Answer> answers, Messages m, String question) {
        return SummaryTest.answer(answers, m, question).lines();
    }

    private static List<Value> values(Line line) {
        List<Value> values = new ArrayList<>(line.values());
        if (line.more() != null) {
            values.add(line.more());
        }
        return values;
    }

    private static boolean contains(List<Value> values, String text) {
        return values.stream().anyMatch(v -> v.text().equals(text));
    }

    /** The full notice, its parts and entries by anchor. */
    private static final class Full {
        private final Map<String, Entry> entries = new HashMap<>();
        private final Map<String, Section> sections = new HashMap<>();
        private final String comma;

        Full(List<Section> parts, String comma) {
            this.comma = comma;
            for (Section section : parts) {
                sections.put(section.anchor(), section);
                section.entries().forEach(this::index);
            }
        }

        private void index(Entry entry) {
            entries.put(entry.anchor(), entry);
            entry.children().forEach(this::index);
        }

        Entry entry(String anchor) {
            Entry entry = entries.get(anchor);
            assertNotNull(entry, "no entry #" + anchor);
            return entry;
        }

        boolean has(String anchor) {
            return entries.containsKey(anchor) || sections.containsKey(anchor);
        }

        /** The values of an entry's fact, on one line; null when it has no such fact. */
        String fact(String anchor, String label) {
            Entry entry = entries.get(anchor);
            assertNotNull(entry, "no entry #" + anchor);
            List<Value> values = facts(entry, label);
            return values.isEmpty()
                    ? null
                    : String.join("; ", values.stream().map(Value::text).toList());
        }

        List<Value> facts(Entry entry, String label) {
            return entry.facts().stream()
                    .filter(f -> f.label().equals(label))
                    .map(Fact::values)
                    .flatMap(List::stream)
                    .toList();
        }

        String joined(Entry entry, String label) {
            return String.join(
                    comma, facts(entry, label).stream().map(Value::text).toList());
        }

        boolean any(String part, Predicate<Entry> test) {
            Section section = sections.get(part);
            return section != null
                    && NoticeModel.flat(section.entries()).stream().anyMatch(test);
        }

        boolean anywhere(Predicate<Entry> test) {
            return entries.values().stream().anyMatch(test);
        }
    }
}
