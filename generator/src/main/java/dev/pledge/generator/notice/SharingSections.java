// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.Marketing;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.model.Trigger;
import dev.pledge.generator.model.TriggerKind;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;

/** The parts of the full notice about data leaving the controller: recipients, tracking, marketing, transfers. */
final class SharingSections {

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;

    SharingSections(Policy policy, Localizer lz, Refs refs) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
    }

    Section recipients() {
        List<Entry> entries = new ArrayList<>();
        for (Party p : policy.parties()) {
            String subject = "party '" + p.id() + "': ";
            Facts facts = new Facts()
                    .add(
                            lz.msg("fact.recipient-type"),
                            lz.msg(p.named() ? "value.named-party" : "value.recipient-kind"))
                    .add(
                            lz.msg("fact.kinds"),
                            p.kinds().stream()
                                    .map(k -> Value.of(lz.keyword("party-kind", k)))
                                    .toList())
                    .add(lz.msg("fact.role"), p.role() == null ? null : lz.keyword("role", p.role()))
                    .sentences(
                            lz.msg("fact.receives"),
                            p.disclosures().stream()
                                    .map(d -> disclosure(d, subject + "receives"))
                                    .toList())
                    .add(lz.msg("fact.disclosed-when"), lz.triggers(p.triggers(), subject + "disclosed when"))
                    .channels(lz.msg("fact.notify-before"), lz.channels(p.notifyVia(), subject + "notify"))
                    .add(lz.msg("fact.located"), refs.refs(p.locations()))
                    .add(
                            lz.msg("fact.mechanisms"),
                            p.mechanisms().stream()
                                    .map(m -> Value.of(lz.keyword("mechanism", m)))
                                    .toList())
                    .links(lz.msg("fact.web"), p.urls())
                    .add(lz.msg("fact.sdks"), Localizer.values(p.sdks()))
                    .add(lz.msg("fact.services"), refs.refs(p.services()))
                    .sentences(lz.msg("fact.conditions"), lz.texts(p.conditions(), subject + "condition"));
            entries.add(Sections.entry(
                    "party",
                    p.id(),
                    refs.ref(p.id()).text(),
                    facts,
                    lz.text(p.description(), subject + "description")));
        }
        return Sections.of("recipients", lz.msg("section.recipients"), entries);
    }

    /**
     * {@code Email address; Name (for: Process your orders)}, then the occasion and the safeguards when the
     * policy states them: {@code ... (when: With your consent) (safeguards: Encrypted)}.
     */
    private String disclosure(Disclosure disclosure, String subject) {
        String data = join(refs.refs(disclosure.data()));
        if (disclosure.unstatedData() != null) {
            String words = lz.text(disclosure.unstatedData().words(), subject + " unstated");
            String unstated =
                    words == null ? lz.msg("value.received-unstated") : lz.msg("value.received-unstated-words", words);
            data = data.isEmpty() ? unstated : join(List.of(Value.of(data), Value.of(unstated)));
        }
        String sentence = disclosure.purposes().isEmpty()
                ? data
                : lz.msg("value.disclosure", data, join(refs.refs(disclosure.purposes())));
        if (!disclosure.triggers().isEmpty()) {
            sentence = lz.msg("value.disclosure-when", sentence, join(lz.triggers(disclosure.triggers(), subject)));
        }
        if (!disclosure.safeguards().isEmpty()) {
            sentence = lz.msg(
                    "value.disclosure-safeguards", sentence, join(lz.safeguards(disclosure.safeguards(), subject)));
        }
        return sentence;
    }

    /**
     * The disclosures grouped by occasion: for each kind of trigger the policy names, who receives data on
     * it, with the policy's words. Recipients whose disclosures name no trigger are not repeated here.
     */
    Section disclosures() {
        List<Entry> entries = new ArrayList<>();
        for (TriggerKind kind : TriggerKind.values()) {
            List<String> recipients = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Party party : policy.parties()) {
                List<Trigger> triggers = new ArrayList<>(party.triggers());
                party.disclosures().forEach(d -> triggers.addAll(d.triggers()));
                for (Trigger trigger : triggers) {
                    if (trigger.kind() == kind) {
                        if (!recipients.contains(party.id())) {
                            recipients.add(party.id());
                        }
                        String text = lz.text(trigger.text(), "party '" + party.id() + "': when " + kind.id());
                        if (text != null && !texts.contains(text)) {
                            texts.add(text);
                        }
                    }
                }
            }
            if (!recipients.isEmpty()) {
                Facts facts = new Facts()
                        .add(lz.msg("fact.recipients"), refs.refs(recipients))
                        .sentences(lz.msg("fact.conditions"), texts);
                entries.add(Sections.entry("disclosure", kind.id(), lz.keyword("trigger", kind), facts));
            }
        }
        return Sections.of("disclosures", lz.msg("section.disclosures"), entries);
    }

    /** Whether the tracking needs consent: yes, no, or deemed given by an action (with the policy's words). */
    private String consent(Tracking t, String subject) {
        if (!t.impliedConsent()) {
            return lz.msg(t.consentRequired() ? "value.yes" : "value.no");
        }
        String words = lz.text(t.impliedConsentWords(), subject + "implied-consent");
        return words == null ? lz.msg("value.implied-consent") : lz.msg("value.implied-consent-words", words);
    }

    private String join(List<Value> values) {
        return String.join(lz.msg("comma"), values.stream().map(Value::text).toList());
    }

    Section tracking() {
        List<Entry> entries = new ArrayList<>();
        for (Tracking t : policy.trackings()) {
            String subject = "tracking '" + t.id() + "': ";
            Facts facts = new Facts()
                    .add(lz.msg("fact.tracking-kind"), t.kind() == null ? null : lz.keyword("tracking-kind", t.kind()))
                    .add(lz.msg("fact.used-by"), refs.refs(t.parties()))
                    .add(lz.msg("fact.purposes"), refs.refs(t.purposes()))
                    .add(lz.msg("fact.collects"), refs.refs(t.data()))
                    .add(lz.msg("fact.safeguards"), lz.safeguards(t.safeguards(), subject + "safeguard"))
                    .add(lz.msg("fact.not-linked"), refs.refs(t.notLinked()))
                    .add(
                            lz.msg("fact.regions"),
                            t.allRegions() ? List.of(Value.of(lz.msg("value.everywhere"))) : refs.refs(t.regions()))
                    .add(lz.msg("fact.only-for"), refs.refs(t.services()))
                    .add(lz.msg("fact.consent-required"), consent(t, subject))
                    .channels(lz.msg("fact.opt-out"), lz.channels(t.optOut(), subject + "opt-out"));
            entries.add(Sections.entry(
                    "tracking",
                    t.id(),
                    refs.title("tracking", t.id(), t.title()),
                    facts,
                    lz.text(t.description(), subject + "description")));
        }
        return Sections.of("tracking", lz.msg("section.tracking"), entries);
    }

    Section marketing() {
        List<Entry> entries = new ArrayList<>();
        for (Marketing m : policy.marketing()) {
            String subject = "direct-marketing '" + m.id() + "': ";
            String heading =
                    m.title() == null ? lz.msg("section.marketing") : refs.title("direct-marketing", m.id(), m.title());
            Facts facts = new Facts()
                    .add(lz.msg("fact.data-used"), refs.refs(m.uses()))
                    .add(lz.msg("fact.purposes"), refs.refs(m.purposes()))
                    .channels(lz.msg("fact.sent-via"), lz.channels(m.media(), subject + "via"))
                    .channels(lz.msg("fact.opt-out"), lz.channels(m.optOut(), subject + "opt-out"));
            entries.add(Sections.entry(
                    "marketing", m.id(), heading, facts, lz.text(m.description(), subject + "description")));
        }
        return Sections.of("marketing", lz.msg("section.marketing"), entries);
    }

    /** Transfers and their safeguards; "permitted by law" says which law (see {@link Destinations}). */
    Section transfers() {
        Destinations destinations = new Destinations(policy, lz, refs);
        List<Entry> entries = new ArrayList<>();
        for (Transfer t : policy.transfers()) {
            String subject = "transfer '" + t.id() + "': ";
            Facts facts = new Facts()
                    .add(lz.msg("fact.from"), refs.refs(t.from()))
                    .add(lz.msg("fact.to"), refs.refs(t.to()))
                    .add(lz.msg("fact.recipients"), refs.refs(t.recipients()))
                    .add(lz.msg("fact.only-for"), refs.refs(t.services()))
                    .add(
                            lz.msg("fact.mechanisms"),
                            t.mechanisms().stream()
                                    .map(m -> Value.of(destinations.safeguard(m, t.from())))
                                    .toList())
                    .sentences(lz.msg("fact.safeguards"), lz.texts(t.safeguards(), subject + "safeguard"))
                    .add(lz.msg("fact.copy"), t.copy() == null ? null : lz.channel(t.copy(), subject + "copy"));
            entries.add(Sections.entry(
                    "transfer",
                    t.id(),
                    refs.title("transfer", t.id(), t.title()),
                    facts,
                    lz.text(t.description(), subject + "description")));
        }
        return Sections.of("transfers", lz.msg("section.transfers"), entries);
    }
}
