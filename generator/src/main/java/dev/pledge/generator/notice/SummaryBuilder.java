// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.Contact;
import dev.pledge.generator.model.ContactRole;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.PartyRole;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Role;
import dev.pledge.generator.model.SensitiveLaw;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Summary;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The first layer of the notice, one printed page whatever the size of the policy: who is
 * responsible and how to reach them, what data, why and on what legal basis, profiling and
 * automated decisions, who receives it, where it goes and under which safeguard, how long it is
 * kept, the right to object, withdrawing consent, the other rights, how to use them and how to
 * complain. Each answer is a line or a few. What the law requires is never cut (see
 * {@link SummaryLines}); other lists name the most important declarations first and say how many
 * more the full notice lists ("and 12 more", linked to that part of the full notice).
 */
final class SummaryBuilder {

    /** The most names a line of the summary shows before "and N more". */
    static final int NAMES = 5;
    /** The most data categories the summary names: the answer to "what data". */
    static final int CATEGORIES = 12;
    /** The most purposes named per legal basis (purposes have long titles, and there are seven bases). */
    static final int PURPOSES = 2;
    /** The most ways to use one's rights named. */
    static final int CHANNELS = 3;

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;
    private final SummaryLines lines;
    private final RightsSummary rights;

    SummaryBuilder(Policy policy, Localizer lz, Refs refs, RightsSections rights) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
        this.lines = new SummaryLines(lz);
        this.rights = new RightsSummary(policy, lz, refs, lines, rights);
    }

    Summary build() {
        List<Answer> answers = List.of(
                lines.answer("summary.controllers", controllers()),
                lines.answer("summary.contacts", contacts()),
                lines.answer("summary.what", what()),
                lines.answer("summary.why", basisLines()),
                lines.answer("summary.profiling", profiling()),
                lines.answer(
                        "summary.who",
                        lines.some(lz.msg("summary.named"), refs.refs(recipients()), "recipients", NAMES),
                        lines.all(lz.msg("summary.kinds"), recipientKinds())),
                lines.answer("summary.where", new Destinations(policy, lz, refs).lines()),
                lines.answer(
                        "summary.how-long",
                        lines.some(null, defaultPeriods(), "retention", NAMES),
                        lines.some(
                                lz.msg("summary.other-periods"),
                                otherPeriods(),
                                policy.retentions().isEmpty() ? "purposes" : "retention",
                                NAMES)),
                rights.objection(),
                rights.withdrawal(),
                rights.rights(),
                rights.complaint());
        return new Summary(
                "summary",
                lz.msg("chrome.summary"),
                lz.msg("summary.intro"),
                lz.msg("summary.caption"),
                List.of(lz.msg("summary.topic"), lz.msg("summary.answer")),
                answers);
    }

    /**
     * The data categories, then the sensitive items, a line per law that makes them sensitive (GDPR
     * special categories, PIPL sensitive personal information... are different things), those whose
     * law the policy does not state last.
     */
    private List<Line> what() {
        List<Line> what = new ArrayList<>();
        what.add(lines.some(null, refs.refs(ids(policy.categories(), DataCategory::id)), "data", CATEGORIES));
        List<DataItem> sensitive =
                policy.items().stream().filter(DataItem::sensitive).toList();
        for (SensitiveLaw law : SensitiveLaw.values()) {
            what.add(lines.some(
                    lz.keyword("sensitive-law", law),
                    refs.refs(ids(
                            sensitive.stream()
                                    .filter(i -> i.sensitiveUnder().contains(law))
                                    .toList(),
                            DataItem::id)),
                    "data",
                    NAMES));
        }
        what.add(lines.some(
                lz.msg("value.sensitive-unstated"),
                refs.refs(ids(
                        sensitive.stream()
                                .filter(i -> i.sensitiveUnder().isEmpty())
                                .toList(),
                        DataItem::id)),
                "data",
                NAMES));
        return what;
    }

    private static <T> List<String> ids(List<T> declarations, Function<T, String> id) {
        return declarations.stream().map(id).toList();
    }

    /**
     * The companies responsible, a line per role, each in full (GDPR Art. 13(1)(a)): controllers,
     * joint controllers, then those that only process for them, then those whose role the policy
     * does not state. Each with the regions it is responsible for; a company with a role of its own
     * in some regions appears under each of its roles with the regions it holds it in, as its entry
     * in the full notice says: {@code Shop Asia (in: European Union)} under processors, {@code Shop
     * Asia (everywhere else)} under controllers.
     */
    private List<Line> controllers() {
        List<Line> byRole = new ArrayList<>();
        List<PartyRole> roles = new ArrayList<>(List.of(PartyRole.values()));
        roles.add(null);
        for (PartyRole role : roles) {
            List<Value> companies = new ArrayList<>();
            for (Controller controller : policy.controllers()) {
                if (role == null && controller.roles().isEmpty()) {
                    companies.add(company(controller));
                }
                boolean regional =
                        controller.roles().stream().anyMatch(r -> !r.regions().isEmpty());
                for (Role held : controller.roles()) {
                    if (held.role() == role) {
                        companies.add(regional ? company(controller, held) : company(controller));
                    }
                }
            }
            byRole.add(lines.all(role == null ? lz.msg("summary.role-unstated") : lz.keyword("role", role), companies));
        }
        return byRole;
    }

    /** {@code Shop Asia (in: European Union)}, or {@code Shop Asia (everywhere else)}, linked to its entry. */
    private Value company(Controller controller, Role role) {
        Value name = refs.ref(controller.id());
        return Value.ref(lz.inRegions(name.text(), refs.refs(role.regions()), true), name.anchor());
    }

    /**
     * {@code Xiaomi Technology Netherlands B.V. (European Economic Area)}, linked to its entry; the
     * regions only when the policy has a few controllers (their entries give them all).
     */
    private Value company(Controller controller) {
        Value name = refs.ref(controller.id());
        if (controller.regions().isEmpty() || policy.controllers().size() > NAMES + 1) {
            return name;
        }
        String regions = String.join(
                lz.msg("comma"),
                refs.refs(controller.regions()).stream().map(Value::text).toList());
        return Value.ref(lz.msg("summary.in-regions", name.text(), regions), name.anchor());
    }

    /**
     * Who to write to: each data protection officer (never cut: GDPR Art. 13(1)(b)), then each other
     * contact, then each controller, with the first address no one before gave.
     */
    private Line contacts() {
        List<Value> contacts = new ArrayList<>();
        int officers = 0;
        for (boolean dpo : new boolean[] {true, false}) {
            for (Contact contact : policy.contacts()) {
                if ((contact.role() == ContactRole.DPO) == dpo) {
                    reach(
                            contacts,
                            refs.title("contact", contact.id(), contact.title()),
                            contact.emails(),
                            contact.urls(),
                            contact.phones());
                }
            }
            officers = dpo ? contacts.size() : officers;
        }
        for (Controller controller : policy.controllers()) {
            reach(
                    contacts,
                    refs.ref(controller.id()).text(),
                    controller.emails(),
                    controller.urls(),
                    controller.phones());
        }
        return lines.some(
                null, contacts, policy.contacts().isEmpty() ? "controllers" : "contacts", Math.max(CHANNELS, officers));
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
     * One line per legal basis the policy uses, in the order of the law, naming its purposes those
     * that affect people most first: automated decisions, profiling, sensitive data, data shared
     * with others; then in the policy's order. A purpose with a basis of its own in some regions is
     * named under each of its bases, with the regions ({@code Measure ads (European Economic Area)})
     * or, for its basis everywhere else, "elsewhere".
     */
    private List<Line> basisLines() {
        List<Line> basisLines = new ArrayList<>();
        for (LegalBasis basis : LegalBasis.values()) {
            List<Value> purposes = new ArrayList<>();
            policy.purposes().stream()
                    .sorted(byImpact())
                    .forEach(p -> p.bases().stream()
                            .filter(b -> b.kinds().contains(basis))
                            .findFirst()
                            .ifPresent(b -> purposes.add(underBasis(p, b))));
            basisLines.add(lines.first(lz.keyword("basis", basis), purposes, "purposes", PURPOSES));
        }
        return basisLines;
    }

    /** A purpose under one of its bases: its name, and where that basis applies when not everywhere. */
    private Value underBasis(Purpose purpose, Basis basis) {
        Value name = refs.ref(purpose.id());
        if (!purpose.regionalBases()) {
            return name;
        }
        String where = basis.everywhere()
                ? lz.msg("summary.elsewhere")
                : String.join(
                        lz.msg("comma"),
                        refs.refs(basis.regions()).stream().map(Value::text).toList());
        return Value.ref(lz.msg("summary.in-regions", name.text(), where), name.anchor());
    }

    private Comparator<Purpose> byImpact() {
        Set<String> sensitive = new LinkedHashSet<>(
                ids(policy.items().stream().filter(DataItem::sensitive).toList(), DataItem::id));
        return Comparator.comparing((Purpose p) -> !p.automatedDecisions())
                .thenComparing(p -> !p.profiling())
                .thenComparing(p -> p.items().stream().noneMatch(sensitive::contains))
                .thenComparing(p -> -recipientsFor(p))
                .thenComparingInt(policy.purposes()::indexOf);
    }

    /** How many parties receive data for a purpose. */
    private int recipientsFor(Purpose purpose) {
        return (int) policy.parties().stream()
                .filter(p -> p.receivedFor().contains(purpose.id()))
                .count();
    }

    /**
     * Every purpose that makes automated decisions, then every other purpose that profiles people
     * (GDPR Art. 13(2)(f)), in full; without such purposes, the policy's statement about automated
     * decisions, if any.
     */
    private List<Line> profiling() {
        List<String> decisions = ids(
                policy.purposes().stream().filter(Purpose::automatedDecisions).toList(), Purpose::id);
        List<String> profiles = ids(
                policy.purposes().stream()
                        .filter(p -> p.profiling() && !p.automatedDecisions())
                        .toList(),
                Purpose::id);
        List<Line> profiling = new ArrayList<>();
        profiling.add(lines.all(lz.msg("summary.automated"), refs.refs(decisions)));
        profiling.add(lines.all(lz.msg("summary.profiled"), refs.refs(profiles)));
        String statement =
                lz.text(policy.info().automatedDecisions(), Refs.subject("policy", policy.id(), "automated-decisions"));
        if (decisions.isEmpty() && profiles.isEmpty() && statement != null) {
            profiling.add(lines.all(null, List.of(Value.ref(statement, "about"))));
        }
        return profiling.stream().filter(Objects::nonNull).toList();
    }

    /** Named third parties that receive or track data, those that receive the most data items first, then in the policy's order. */
    private List<String> recipients() {
        List<Party> parties = policy.parties().stream().filter(Party::named).toList();
        List<Party> ranked = new ArrayList<>(parties);
        ranked.sort(Comparator.comparingInt((Party p) -> -received(p)).thenComparingInt(parties::indexOf));
        return ids(ranked, Party::id);
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

    /** Every kind of recipient (advertising, analytics...) of every recipient, in full: the categories of recipients. */
    private List<Value> recipientKinds() {
        Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
        policy.parties().forEach(p -> kinds.addAll(p.kinds()));
        return kinds.stream()
                .map(kind -> Value.ref(lz.keyword("party-kind", kind), "recipients"))
                .toList();
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
    static List<Value> texts(Stream<String> texts) {
        return texts.filter(Objects::nonNull).distinct().map(Value::of).toList();
    }
}
