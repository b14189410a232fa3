// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Contact;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Summary;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The first layer of the notice, one printed page whatever the size of the policy: who is
 * responsible and how to reach them, what data, why and on what legal basis, who receives it,
 * where it goes, how long it is kept, your rights and how to use them. Each answer is a line or a
 * few; a line names a few declarations, the most important first, then says how many more the
 * full notice lists ("and 12 more", linked to that part of the full notice). The Xiaomi policy's
 * summary prints on one page, and so does that of a policy ten times its size.
 */
final class SummaryBuilder {

    /** The most names a line of the summary shows before "and N more". */
    static final int NAMES = 5;
    /** The most data categories the summary names: the answer to "what data". */
    static final int CATEGORIES = 12;
    /** The most purposes named per legal basis (purposes have long titles, and there are seven bases). */
    static final int PURPOSES = 3;
    /** The most ways to use one's rights named. */
    static final int CHANNELS = 4;

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;
    private final RightsSections rights;

    SummaryBuilder(Policy policy, Localizer lz, Refs refs, RightsSections rights) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
        this.rights = rights;
    }

    Summary build() {
        List<Right> rightsByKind = rightsByKind();
        List<Answer> answers = List.of(
                answer(
                        "summary.controllers",
                        line(null, refs.refs(ids(policy.controllers(), Controller::id)), "controllers", NAMES)),
                answer("summary.contacts", line(null, contacts(), "contacts", CHANNELS)),
                answer(
                        "summary.what",
                        line(null, refs.refs(ids(policy.categories(), DataCategory::id)), "data", CATEGORIES),
                        line(
                                lz.msg("summary.sensitive"),
                                refs.refs(ids(
                                        policy.items().stream()
                                                .filter(DataItem::sensitive)
                                                .toList(),
                                        DataItem::id)),
                                "data",
                                NAMES)),
                answer("summary.why", basisLines()),
                answer(
                        "summary.who",
                        line(lz.msg("summary.named"), refs.refs(recipients(true)), "recipients", NAMES),
                        line(lz.msg("summary.kinds"), refs.refs(recipients(false)), "recipients", NAMES)),
                answer(
                        "summary.where",
                        line(
                                null,
                                refs.refs(destinations()),
                                policy.transfers().isEmpty() ? "regions" : "transfers",
                                NAMES)),
                answer(
                        "summary.how-long",
                        line(null, defaultPeriods(), "retention", NAMES),
                        line(
                                lz.msg("summary.other-periods"),
                                otherPeriods(),
                                policy.retentions().isEmpty() ? "purposes" : "retention",
                                NAMES)),
                answer(
                        "summary.rights",
                        line(
                                null,
                                rightsByKind.stream()
                                        .map(r -> Value.ref(rights.rightTitle(r), Refs.anchor("right", r.id())))
                                        .toList(),
                                "rights",
                                NAMES)),
                answer(
                        "summary.how",
                        line(
                                null,
                                rightsByKind.stream()
                                        .flatMap(r -> lz.channels(r.channels(), "right '" + r.id() + "': via").stream())
                                        .distinct()
                                        .toList(),
                                "rights",
                                CHANNELS),
                        line(
                                lz.msg("summary.within"),
                                texts(rightsByKind.stream().map(rights::deadline)),
                                "rights",
                                NAMES)));
        return new Summary(
                "summary",
                lz.msg("chrome.summary"),
                lz.msg("summary.intro"),
                lz.msg("summary.caption"),
                List.of(lz.msg("summary.topic"), lz.msg("summary.answer")),
                answers);
    }

    private static <T> List<String> ids(List<T> declarations, Function<T, String> id) {
        return declarations.stream().map(id).toList();
    }

    /** The rights in the order of the law (information, access, rectification...; other controls last). */
    private List<Right> rightsByKind() {
        List<Right> rights = new ArrayList<>(policy.rights());
        rights.sort(Comparator.comparing(Right::kind));
        return rights;
    }

    private Answer answer(String topic, Line... lines) {
        return answer(topic, Arrays.asList(lines));
    }

    /** An answer of its non-empty lines; with none, the notice shows that nothing is stated. */
    private Answer answer(String topic, List<Line> lines) {
        return new Answer(
                lz.msg(topic), lines.stream().filter(line -> line != null).toList());
    }

    /**
     * At most {@code max} values, then "and N more" linked to a part of the full notice
     * ({@code anchor}); all of them when only one would be left out (it takes the room of "and 1
     * more"); null when there are no values.
     */
    private Line line(String label, List<Value> values, String anchor, int max) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() <= max + 1) {
            return new Line(label, values, null);
        }
        return new Line(label, values.subList(0, max), Value.ref(lz.msg("summary.more", values.size() - max), anchor));
    }

    /**
     * One line per legal basis the policy uses, naming its purposes in the policy's order; a purpose with a
     * basis of its own in some regions is named under each of its bases.
     */
    private List<Line> basisLines() {
        List<Line> lines = new ArrayList<>();
        for (LegalBasis basis : LegalBasis.values()) {
            List<String> purposes = policy.purposes().stream()
                    .filter(p -> p.bases().stream().anyMatch(b -> b.basis() == basis))
                    .map(Purpose::id)
                    .toList();
            if (!purposes.isEmpty()) {
                lines.add(line(lz.keyword("basis", basis), refs.refs(purposes), "purposes", PURPOSES));
            }
        }
        return lines;
    }

    /**
     * Who to write to: each contact (DPO, privacy team...) with its first address, then each
     * controller with its first address that no one before gave.
     */
    private List<Value> contacts() {
        List<Value> contacts = new ArrayList<>();
        for (Contact contact : policy.contacts()) {
            reach(
                    contacts,
                    refs.title("contact", contact.id(), contact.title()),
                    contact.emails(),
                    contact.urls(),
                    contact.phones());
        }
        for (Controller controller : policy.controllers()) {
            reach(
                    contacts,
                    refs.ref(controller.id()).text(),
                    controller.emails(),
                    controller.urls(),
                    controller.phones());
        }
        return contacts;
    }

    @SafeVarargs
    private void reach(List<Value> contacts, String who, List<String>... addresses) {
        Stream.of(addresses)
                .flatMap(List::stream)
                .filter(a -> contacts.stream().noneMatch(c -> c.text().equals(a)))
                .findFirst()
                .ifPresent(reach -> contacts.add(Value.link(lz.prefixed(who), reach, Links.any(reach))));
    }

    /**
     * Named third parties ({@code named}) or kinds of recipient that receive or track data, those
     * that receive the most data items first, then in the policy's order.
     */
    private List<String> recipients(boolean named) {
        List<Party> parties =
                policy.parties().stream().filter(p -> p.named() == named).toList();
        List<Party> ranked = new ArrayList<>(parties);
        ranked.sort(Comparator.comparingInt((Party p) -> -received(p)).thenComparingInt(parties::indexOf));
        return ranked.stream().map(Party::id).toList();
    }

    /** How many data items a party receives or tracks. */
    private int received(Party party) {
        Set<String> items = new LinkedHashSet<>(party.receivedItems());
        for (Tracking tracking : policy.trackings()) {
            if (tracking.parties().contains(party.id())) {
                items.addAll(tracking.items());
            }
        }
        return items.size();
    }

    /** Where recipients are and where transfers take data, in the policy's order of regions. */
    private List<String> destinations() {
        Set<String> regions = new LinkedHashSet<>();
        policy.parties().forEach(p -> regions.addAll(p.locations()));
        policy.transfers().forEach(t -> regions.addAll(t.to()));
        List<String> ordered = new ArrayList<>(policy.regions().stream()
                .map(Region::id)
                .filter(regions::contains)
                .toList());
        regions.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }

    /** The default retention rules' periods (their titles when they state none), linked to their entries. */
    private List<Value> defaultPeriods() {
        return policy.retentions().stream()
                .filter(Retention::isDefault)
                .map(rule -> Value.ref(
                        rule.period() == null
                                ? ruleTitle(rule)
                                : lz.period(rule.period(), Refs.subject("retention", rule.id(), "keep")),
                        Refs.anchor("retention", rule.id())))
                .toList();
    }

    /** The periods purposes and the other retention rules state, each once. */
    private List<Value> otherPeriods() {
        Stream<String> purposes = policy.purposes().stream()
                .filter(p -> p.retention() != null)
                .map(p -> lz.period(p.retention(), Refs.subject("purpose", p.id(), "retention")));
        Stream<String> rules = policy.retentions().stream()
                .filter(rule -> !rule.isDefault())
                .map(rule -> rule.period() != null
                        ? lz.period(rule.period(), Refs.subject("retention", rule.id(), "keep"))
                        : ruleTitle(rule));
        return texts(Stream.concat(rules, purposes));
    }

    private String ruleTitle(Retention rule) {
        return rule.title() == null ? lz.msg("section.retention") : refs.title("retention", rule.id(), rule.title());
    }

    /** Plain texts, each once, nulls left out. */
    private static List<Value> texts(Stream<String> texts) {
        return texts.filter(text -> text != null).distinct().map(Value::of).toList();
    }
}
