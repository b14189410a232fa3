// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Certification;
import dev.pledge.generator.model.ChangeLogEntry;
import dev.pledge.generator.model.Changes;
import dev.pledge.generator.model.Children;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.RequestProcedure;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.Security;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The parts of the full notice about the person's rights and the controller's duties: the right to
 * object and withdrawing consent (each in a part of its own, first), the other rights, retention,
 * children, security, certifications and changes to the policy.
 */
final class RightsSections {

    /** The anchors of the parts about objecting and withdrawing consent. */
    static final String OBJECT = "object";

    static final String WITHDRAW = "withdraw-consent";

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;

    RightsSections(Policy policy, Localizer lz, Refs refs) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
    }

    /** The heading of a right: its title, or the name of its kind. */
    String rightTitle(Right right) {
        return right.title() == null
                ? lz.keyword("right", right.kind())
                : refs.title("right", right.id(), right.title());
    }

    /** {@code 30 days}, or the deadline in words, or null. */
    String deadline(Right right) {
        if (right.deadline() != null) {
            return lz.duration(right.deadline());
        }
        return lz.text(right.deadlineText(), Refs.subject("right", right.id(), "within"));
    }

    /** The regions a rule holds in: those it names, or all of them when it says so. */
    List<Value> regions(List<String> regions, boolean all) {
        return all ? List.of(Value.of(lz.msg("value.everywhere"))) : refs.refs(regions);
    }

    /** A request procedure, first in the rights section: the rights that follow it point to it. */
    private Entry procedure(RequestProcedure p) {
        String subject = "request-procedure '" + p.id() + "': ";
        Facts facts = new Facts()
                .channels(lz.msg("fact.how"), lz.channels(p.channels(), subject + "via"))
                .add(lz.msg("fact.identity"), lz.text(p.identity(), subject + "identity"))
                .add(lz.msg("fact.form"), lz.text(p.form(), subject + "form"))
                .add(
                        lz.msg("fact.within"),
                        p.deadline() != null
                                ? lz.duration(p.deadline())
                                : lz.text(p.deadlineText(), subject + "within"))
                .add(lz.msg("fact.fee"), lz.text(p.fee(), subject + "fee"))
                .sentences(lz.msg("fact.refusals"), lz.texts(p.refusals(), subject + "refusal"))
                .add(lz.msg("fact.regions"), refs.refs(p.regions()));
        String heading =
                p.title() == null ? lz.msg("section.request-procedure") : refs.title("procedure", p.id(), p.title());
        return Sections.entry("procedure", p.id(), heading, facts, lz.text(p.description(), subject + "description"));
    }

    /**
     * The right to object, in a part of its own before the other rights (GDPR Art. 21(4): explicitly,
     * clearly and separately from other information): what the law gives, the purposes it applies
     * to, and the policy's {@code right object} declarations. Null when the policy declares none.
     */
    Section objection() {
        List<Right> rights = ofKind(RightKind.OBJECT);
        if (rights.isEmpty()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> objectable = purposes(LegalBasis::isObjectable);
        if (!objectable.isEmpty()) {
            paragraphs.add(lz.msg("object.interests"));
        }
        if (!policy.marketing().isEmpty()) {
            paragraphs.add(lz.msg("object.marketing"));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(lz.msg("object.any"));
        }
        Facts facts = new Facts()
                .add(lz.msg("fact.objectable"), refs.refs(objectable))
                .add(
                        lz.msg("fact.direct-marketing"),
                        policy.marketing().stream()
                                .map(m -> Value.ref(
                                        m.title() == null
                                                ? lz.msg("section.marketing")
                                                : refs.title("direct-marketing", m.id(), m.title()),
                                        Refs.anchor("marketing", m.id())))
                                .toList());
        return new Section(
                OBJECT,
                lz.msg("section.object"),
                paragraphs,
                facts.build(),
                null,
                rights.stream().map(this::entry).toList());
    }

    /**
     * Withdrawing consent, in a part of its own after the right to object: that consent can be
     * withdrawn at any time without affecting what was done before (GDPR Art. 7(3), 13(2)(c)), the
     * purposes based on consent, and the policy's {@code right withdraw-consent} declarations. Null
     * when the policy has neither.
     */
    Section withdrawal() {
        List<Right> rights = ofKind(RightKind.WITHDRAW_CONSENT);
        List<String> consented = purposes(LegalBasis::isConsent);
        if (rights.isEmpty() && consented.isEmpty()) {
            return null;
        }
        Facts facts = new Facts().add(lz.msg("fact.consented"), refs.refs(consented));
        return new Section(
                WITHDRAW,
                lz.msg("section.withdraw"),
                List.of(lz.msg("withdraw.any-time")),
                facts.build(),
                null,
                rights.stream().map(this::entry).toList());
    }

    /** Every other right, those of the law first (information, access, rectification...), other controls last. */
    Section rights() {
        List<Right> others = new ArrayList<>(policy.rights().stream()
                .filter(r -> r.kind() != RightKind.OBJECT && r.kind() != RightKind.WITHDRAW_CONSENT)
                .toList());
        others.sort(Comparator.comparing(Right::kind));
        List<Entry> entries = new ArrayList<>();
        policy.procedures().forEach(p -> entries.add(procedure(p)));
        others.forEach(r -> entries.add(entry(r)));
        return Sections.of("rights", lz.msg("section.rights"), entries);
    }

    /** The policy's rights of a kind, in the policy's order. */
    List<Right> ofKind(RightKind kind) {
        return policy.rights().stream().filter(r -> r.kind() == kind).toList();
    }

    /** Ids of the purposes with a basis (in some region at least) that passes a test, in the policy's order. */
    List<String> purposes(Predicate<LegalBasis> basis) {
        return policy.purposes().stream()
                .filter(p -> p.bases().stream().flatMap(b -> b.kinds().stream()).anyMatch(basis))
                .map(Purpose::id)
                .toList();
    }

    private Entry entry(Right r) {
        String subject = "right '" + r.id() + "': ";
        Facts facts = new Facts()
                .add(lz.msg("fact.right-kind"), lz.keyword("right", r.kind()))
                .channels(lz.msg("fact.how"), lz.channels(r.channels(), subject + "via"))
                // a right with a way of its own (a setting, a web page) is shown with that way only
                .add(
                        lz.msg("fact.procedure"),
                        r.procedure() == null || !r.channels().isEmpty() ? null : refs.ref(r.procedure()))
                .add(lz.msg("fact.within"), deadline(r))
                .add(lz.msg("fact.fee"), lz.text(r.fee(), subject + "fee"))
                .sentences(lz.msg("fact.exceptions"), lz.texts(r.exceptions(), subject + "exception"))
                .sentences(lz.msg("fact.conditions"), lz.texts(r.conditions(), subject + "condition"))
                .add(lz.msg("fact.regions"), regions(r.regions(), r.allRegions()))
                .add(lz.msg("fact.only-for"), refs.refs(r.services()))
                .add(lz.msg("fact.purposes"), refs.refs(r.purposes()));
        return Sections.entry("right", r.id(), rightTitle(r), facts, lz.text(r.description(), subject + "description"));
    }

    Section retention() {
        List<Entry> entries = new ArrayList<>();
        for (Retention r : policy.retentions()) {
            String subject = "retention '" + r.id() + "': ";
            Facts facts = new Facts()
                    .add(
                            lz.msg("fact.covers"),
                            r.isDefault() ? List.of(Value.of(lz.msg("value.all-data"))) : refs.refs(r.targets()))
                    .add(lz.msg("fact.kept"), r.period() == null ? null : lz.period(r.period(), subject + "keep"))
                    .sentences(lz.msg("fact.criteria"), lz.texts(r.criteria(), subject + "criterion"))
                    .sentences(lz.msg("fact.exceptions"), lz.texts(r.exceptions(), subject + "exception"))
                    .add(lz.msg("fact.deletion"), lz.text(r.deletion(), subject + "deletion"))
                    .add(lz.msg("fact.backups"), lz.text(r.backups(), subject + "backups"))
                    .add(lz.msg("fact.regions"), regions(r.regions(), r.allRegions()))
                    .add(lz.msg("fact.only-for"), refs.refs(r.services()));
            String heading =
                    r.title() == null ? lz.msg("section.retention") : refs.title("retention", r.id(), r.title());
            entries.add(Sections.entry(
                    "retention", r.id(), heading, facts, lz.text(r.description(), subject + "description")));
        }
        return Sections.of("retention", lz.msg("section.retention"), entries);
    }

    Section children() {
        List<Entry> entries = new ArrayList<>();
        for (Children c : policy.children()) {
            String subject = "children '" + c.id() + "': ";
            Facts facts = new Facts()
                    .add(
                            lz.msg("fact.regions"),
                            c.regions().isEmpty()
                                    ? List.of(Value.of(lz.msg("value.everywhere")))
                                    : refs.refs(c.regions()))
                    .add(lz.msg("fact.only-for"), refs.refs(c.services()));
            if (c.age() != null) {
                facts.add(
                        lz.msg("fact.age-rule"),
                        lz.msg("value.age-rule", c.age(), lz.keyword("requirement", c.requirement())));
            }
            if (c.notDirected()) {
                facts.add(lz.msg("fact.audience"), lz.msg("value.not-directed"));
            }
            if (c.noMarketing()) {
                facts.add(lz.msg("fact.marketing"), lz.msg("value.no-marketing"));
            }
            facts.channels(lz.msg("fact.child-deletion"), lz.channels(c.deletion(), subject + "deletion"));
            String heading = c.title() == null ? lz.msg("section.children") : refs.title("children", c.id(), c.title());
            entries.add(Sections.entry(
                    "children",
                    c.id(),
                    heading,
                    facts,
                    lz.texts(c.statements(), subject + "statement").toArray(String[]::new)));
        }
        return Sections.of("children", lz.msg("section.children"), entries);
    }

    Section security() {
        List<Entry> entries = new ArrayList<>();
        for (Security s : policy.security()) {
            Facts facts = new Facts()
                    .add(
                            lz.msg("fact.security-kind"),
                            s.kinds().stream()
                                    .map(k -> Value.of(lz.keyword("security-kind", k)))
                                    .toList());
            entries.add(Sections.entry(
                    "security",
                    s.id(),
                    refs.title("security", s.id(), s.title()),
                    facts,
                    lz.text(s.description(), Refs.subject("security", s.id(), "description"))));
        }
        return Sections.of("security", lz.msg("section.security"), entries);
    }

    Section certifications() {
        List<Entry> entries = new ArrayList<>();
        for (Certification c : policy.certifications()) {
            String subject = "certification '" + c.id() + "': ";
            Facts facts = new Facts()
                    .add(lz.msg("fact.standard"), c.standard())
                    .add(lz.msg("fact.scope"), lz.text(c.scope(), subject + "scope"));
            entries.add(Sections.entry(
                    "certification",
                    c.id(),
                    refs.title("certification", c.id(), c.title()),
                    facts,
                    lz.text(c.description(), subject + "description")));
        }
        return Sections.of("certifications", lz.msg("section.certifications"), entries);
    }

    Section changes() {
        List<Entry> entries = new ArrayList<>();
        for (Changes c : policy.changes()) {
            String subject = "changes '" + c.id() + "': ";
            List<Value> log = new ArrayList<>();
            for (ChangeLogEntry entry : c.log()) {
                log.add(Value.link(
                        lz.prefixed(entry.date()), lz.text(entry.text(), subject + "update " + entry.date()), null));
            }
            Facts facts = new Facts()
                    .channels(lz.msg("fact.notify"), lz.channels(c.notifyVia(), subject + "notify"))
                    .add(lz.msg("fact.review"), lz.text(c.review(), subject + "review"))
                    .add(lz.msg("fact.fresh-consent"), lz.text(c.freshConsent(), subject + "fresh-consent"))
                    .sentences(lz.msg("fact.statements"), lz.texts(c.statements(), subject + "statement"))
                    .channels(lz.msg("fact.change-log"), log);
            String heading = c.title() == null ? lz.msg("section.changes") : refs.title("changes", c.id(), c.title());
            entries.add(Sections.entry("changes", c.id(), heading, facts));
        }
        return Sections.of("changes", lz.msg("section.changes"), entries);
    }
}
