// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Contact;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCentre;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyInfo;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Service;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the full notice about who is responsible and where: the policy as a whole, the
 * controllers, contacts, regions, data centres and services.
 */
final class DirectorySections {

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;
    private final DataSections data;

    DirectorySections(Policy policy, Localizer lz, Refs refs, DataSections data) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
        this.data = data;
    }

    Section about() {
        PolicyInfo info = policy.info();
        String subject = "policy '" + policy.id() + "': ";
        Facts facts = new Facts()
                .sentences(lz.msg("fact.applies-to"), lz.texts(info.appliesTo(), subject + "applies-to"))
                .add(lz.msg("fact.services"), refs.refs(info.appliesToServices()))
                .add(lz.msg("fact.precedence"), lz.text(info.precedence(), subject + "precedence"))
                .sentences(lz.msg("fact.definitions"), lz.texts(info.definitions(), subject + "definition"))
                .sentences(lz.msg("fact.principles"), lz.texts(info.principles(), subject + "principle"))
                .add(lz.msg("fact.no-sale"), lz.text(info.noSale(), subject + "no-sale"))
                .add(
                        lz.msg("fact.automated-decisions"),
                        lz.text(info.automatedDecisions(), subject + "automated-decisions"))
                .add(
                        lz.msg("fact.breach-notification"),
                        lz.text(info.breachNotification(), subject + "breach-notification"))
                .sentences(lz.msg("fact.notes"), lz.texts(info.notes(), subject + "note"));
        data.provision(facts, info.provision(), subject + "provision");
        facts.add(lz.msg("fact.told"), data.told(info.told(), subject + "told"));
        return Sections.of("about", lz.msg("section.about"), List.of(), facts.build(), List.of());
    }

    /** {@code Controller}, or per region: {@code Processor (in: EEA)}, {@code Controller (everywhere else)}. */
    private List<Value> roles(Controller c) {
        boolean regional = c.roles().stream().anyMatch(r -> !r.regions().isEmpty());
        return c.roles().stream()
                .map(r -> Value.of(lz.inRegions(lz.keyword("role", r.role()), refs.refs(r.regions()), regional)))
                .toList();
    }

    Section controllers() {
        List<Entry> entries = new ArrayList<>();
        for (Controller c : policy.controllers()) {
            Facts facts = new Facts()
                    .add(lz.msg("fact.role"), roles(c))
                    .add(lz.msg("fact.address"), lz.text(c.address(), Refs.subject("controller", c.id(), "address")))
                    .links(lz.msg("fact.email"), c.emails())
                    .links(lz.msg("fact.phone"), c.phones())
                    .links(lz.msg("fact.web"), c.urls())
                    .add(lz.msg("fact.regions"), refs.refs(c.regions()));
            entries.add(Sections.entry(
                    "controller",
                    c.id(),
                    refs.ref(c.id()).text(),
                    facts,
                    lz.text(c.description(), Refs.subject("controller", c.id(), "description"))));
        }
        return Sections.of("controllers", lz.msg("section.controllers"), entries);
    }

    Section contacts() {
        List<Entry> entries = new ArrayList<>();
        for (Contact c : policy.contacts()) {
            Facts facts = new Facts()
                    .add(lz.msg("fact.role"), c.role() == null ? null : lz.keyword("contact-role", c.role()))
                    .add(lz.msg("fact.acts-for"), c.controller() == null ? null : refs.ref(c.controller()))
                    .add(lz.msg("fact.person"), lz.text(c.person(), Refs.subject("contact", c.id(), "person")))
                    .add(lz.msg("fact.address"), lz.text(c.address(), Refs.subject("contact", c.id(), "address")))
                    .links(lz.msg("fact.email"), c.emails())
                    .links(lz.msg("fact.phone"), c.phones())
                    .links(lz.msg("fact.web"), c.urls())
                    .add(lz.msg("fact.hours"), lz.text(c.hours(), Refs.subject("contact", c.id(), "hours")))
                    .add(lz.msg("fact.regions"), refs.refs(c.regions()));
            entries.add(Sections.entry(
                    "contact",
                    c.id(),
                    refs.title("contact", c.id(), c.title()),
                    facts,
                    lz.text(c.description(), Refs.subject("contact", c.id(), "description"))));
        }
        return Sections.of("contacts", lz.msg("section.contacts"), entries);
    }

    Section regions() {
        List<Entry> entries = new ArrayList<>();
        for (Region r : policy.regions()) {
            Facts facts = new Facts()
                    .add(lz.msg("fact.countries"), Localizer.values(r.countries()))
                    .sentences(lz.msg("fact.laws"), lz.texts(r.laws(), Refs.subject("region", r.id(), "law")))
                    .add(lz.msg("fact.controller"), r.controller() == null ? null : refs.ref(r.controller()))
                    .add(lz.msg("fact.processors"), refs.refs(r.processors()))
                    .add(
                            lz.msg("fact.localisation"),
                            lz.text(r.localisation(), Refs.subject("region", r.id(), "localisation")))
                    .add(
                            lz.msg("fact.transfer-rules"),
                            lz.text(r.transferRules(), Refs.subject("region", r.id(), "transfer-rules")))
                    .add(lz.msg("fact.authority"), lz.text(r.authority(), Refs.subject("region", r.id(), "authority")))
                    .links(
                            lz.msg("fact.authority-web"),
                            r.authorityUrl() == null ? List.of() : List.of(r.authorityUrl()));
            entries.add(Sections.entry(
                    "region",
                    r.id(),
                    refs.ref(r.id()).text(),
                    facts,
                    lz.text(r.description(), Refs.subject("region", r.id(), "description"))));
        }
        return Sections.of("regions", lz.msg("section.regions"), entries);
    }

    Section dataCentres() {
        List<Entry> entries = new ArrayList<>();
        for (DataCentre d : policy.dataCentres()) {
            Facts facts = new Facts().add(lz.msg("fact.region"), refs.ref(d.region()));
            entries.add(Sections.entry(
                    "data-centre",
                    d.id(),
                    refs.title("data-centre", d.id(), d.title()),
                    facts,
                    lz.text(d.description(), Refs.subject("data-centre", d.id(), "description"))));
        }
        return Sections.of("data-centres", lz.msg("section.data-centres"), entries);
    }

    Section services() {
        List<Entry> entries = new ArrayList<>();
        for (Service s : policy.services()) {
            Facts facts = new Facts().links(lz.msg("fact.web"), s.urls());
            entries.add(Sections.entry(
                    "service",
                    s.id(),
                    refs.ref(s.id()).text(),
                    facts,
                    lz.text(s.description(), Refs.subject("service", s.id(), "description"))));
        }
        return Sections.of("services", lz.msg("section.services"), entries);
    }

    /** The header's facts: version, effective date, where the policy is published. */
    List<NoticeModel.Fact> headerFacts() {
        PolicyInfo info = policy.info();
        Facts facts =
                new Facts().add(lz.msg("fact.version"), info.version()).add(lz.msg("fact.effective"), info.effective());
        if (info.url() != null) {
            facts.add(lz.msg("fact.policy-url"), Value.link(null, info.url(), Links.web(info.url())));
        }
        return facts.build();
    }
}
