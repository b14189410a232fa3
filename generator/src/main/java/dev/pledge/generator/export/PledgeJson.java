// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static dev.pledge.generator.export.JsonTree.channels;
import static dev.pledge.generator.export.JsonTree.duration;
import static dev.pledge.generator.export.JsonTree.keywords;
import static dev.pledge.generator.export.JsonTree.object;
import static dev.pledge.generator.export.JsonTree.period;
import static dev.pledge.generator.export.JsonTree.text;
import static dev.pledge.generator.export.JsonTree.texts;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.Commitment;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.DecisionLogic;
import dev.pledge.generator.model.Disclosure;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyInfo;
import dev.pledge.generator.model.Promise;
import dev.pledge.generator.model.Provision;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.RequestProcedure;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Role;
import dev.pledge.generator.model.Safeguard;
import dev.pledge.generator.model.SensitiveLaw;
import dev.pledge.generator.model.Telling;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.model.TransferMechanism;
import dev.pledge.generator.model.Trigger;
import dev.pledge.generator.model.TriggerKind;
import dev.pledge.generator.model.UnstatedData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pledge JSON: the policy's processing facts as one JSON document, described by the JSON Schema
 * {@code pledge-policy.schema.json} (draft 2020-12) beside this class. Members keep the policy's
 * order; a value the policy does not state is left out; lists are always present.
 */
public final class PledgeJson {

    /** The schema's {@code $id}, also the document's {@code $schema}. */
    public static final String SCHEMA_ID = "https://pledge.dev/schemas/pledge-policy-1.0.schema.json";
    /** The version of the document format; a change that can break a reader raises the major number. */
    public static final String SCHEMA_VERSION = "1.3";
    /** The schema, as a resource of this class. */
    public static final String SCHEMA_RESOURCE = "pledge-policy.schema.json";

    private PledgeJson() {}

    public static ExportFile export(Policy policy) {
        return new ExportFile(ExportFormat.JSON, ExportFormat.JSON.fileName(), Json.write(tree(policy)), List.of());
    }

    /** The document as maps and lists. */
    public static Map<String, Object> tree(Policy policy) {
        return object().put("$schema", SCHEMA_ID)
                .put("schemaVersion", SCHEMA_VERSION)
                .put("policy", policy(policy))
                .put("controllers", list(policy.controllers(), PledgeJson::controller))
                .put("regions", list(policy.regions(), PledgeJson::region))
                .put("categories", list(policy.categories(), PledgeJson::category))
                .put("purposes", list(policy.purposes(), PledgeJson::purpose))
                .put("parties", list(policy.parties(), PledgeJson::party))
                .put("trackings", list(policy.trackings(), PledgeJson::tracking))
                .put("rights", list(policy.rights(), PledgeJson::right))
                .put("procedures", list(policy.procedures(), PledgeJson::procedure))
                .put("transfers", list(policy.transfers(), PledgeJson::transfer))
                .put("retentions", list(policy.retentions(), PledgeJson::retention))
                .put("commitments", list(policy.commitments(), PledgeJson::commitment))
                .build();
    }

    private static Map<String, Object> policy(Policy policy) {
        PolicyInfo info = policy.info();
        return object().put("id", policy.id())
                .put("title", text(policy.title()))
                .put("base", policy.base())
                .put("version", info.version())
                .put("effective", info.effective())
                .put("languages", List.copyOf(info.languages()))
                .put("url", info.url())
                .put("summary", text(info.summary()))
                .put("provision", provision(info.provision()))
                .put("told", told(info.told()))
                .build();
    }

    private static Map<String, Object> controller(Controller c) {
        return object().put("id", c.id())
                .put("title", text(c.title()))
                .put("role", c.role() == null ? null : c.role().id())
                .put("roles", list(c.roles(), PledgeJson::role))
                .put("address", text(c.address()))
                .put("emails", List.copyOf(c.emails()))
                .put("phones", List.copyOf(c.phones()))
                .put("urls", List.copyOf(c.urls()))
                .put("regions", List.copyOf(c.regions()))
                .build();
    }

    private static Map<String, Object> region(Region r) {
        return object().put("id", r.id())
                .put("title", text(r.title()))
                .put("countries", List.copyOf(r.countries()))
                .put("controller", r.controller())
                .put("localisation", text(r.localisation()))
                .put("transferRules", text(r.transferRules()))
                .put("authority", text(r.authority()))
                .put("authorityUrl", r.authorityUrl())
                .build();
    }

    private static Map<String, Object> category(DataCategory c) {
        return object().put("id", c.id())
                .put("title", text(c.title()))
                .put("origin", c.origin() == null ? null : c.origin().id())
                .put("nonPersonal", c.nonPersonal())
                .put("told", told(c.told()))
                .put("items", list(c.items(), PledgeJson::item))
                .build();
    }

    private static Map<String, Object> item(DataItem i) {
        return object().put("id", i.id())
                .put("title", text(i.title()))
                .put("sensitive", i.sensitive())
                .put("nonPersonal", i.nonPersonal())
                .put("origin", i.origin() == null ? null : i.origin().id())
                .put("from", List.copyOf(i.from()))
                .put("description", text(i.description()))
                .put("sensitiveUnder", keywords(i.sensitiveUnder(), SensitiveLaw::id))
                .put("provision", provision(i.provision()))
                .put("told", told(i.told()))
                .build();
    }

    /** Whether people must provide the data (GDPR Art. 13(2)(e)), or null. */
    private static Map<String, Object> provision(Provision provision) {
        return provision == null
                ? null
                : object().put("requirement", provision.requirement().id())
                        .put("consequence", text(provision.consequence()))
                        .build();
    }

    /** The logic, significance and consequences of profiling or automated decisions (GDPR Art. 13(2)(f)), or null. */
    private static Map<String, Object> logic(DecisionLogic logic) {
        return logic == null
                ? null
                : object().put("logic", text(logic.logic()))
                        .put("significance", text(logic.significance()))
                        .put("consequences", text(logic.consequences()))
                        .build();
    }

    /** When people are told about data obtained from others (GDPR Art. 14(3)). */
    private static List<Object> told(List<Telling> told) {
        return list(
                told,
                t -> object().put("within", duration(t.within()))
                        .put("moment", t.moment() == null ? null : t.moment().id())
                        .put("text", text(t.text()))
                        .build());
    }

    private static Map<String, Object> purpose(Purpose p) {
        return object().put("id", p.id())
                .put("title", text(p.title()))
                .put("basis", p.mainBasis().id())
                .put("consentBased", p.mainBasis().isConsent())
                .put("interest", text(p.interest()))
                .put("bases", list(p.bases(), PledgeJson::basis))
                .put("items", List.copyOf(p.items()))
                .put("dataUnstated", unstated(p.unstatedData()))
                .put("version", p.currentVersion())
                .put("optional", p.optional())
                .put("profiling", p.profiling())
                .put("automatedDecisions", p.automatedDecisions())
                .put("profilingLogic", logic(p.profilingLogic()))
                .put("decisionLogic", logic(p.decisionLogic()))
                .put("provision", provision(p.provision()))
                .put("withdraw", channels(p.withdraw()))
                .put("optOut", channels(p.optOut()))
                .put("retention", period(p.retention()))
                .put("regions", List.copyOf(p.regions()))
                .put("conditions", texts(p.conditions()))
                .put("safeguards", list(p.safeguards(), PledgeJson::safeguard))
                .put("notLinked", List.copyOf(p.notLinked()))
                .build();
    }

    private static Map<String, Object> commitment(Commitment c) {
        return object().put("id", c.id())
                .put("title", text(c.title()))
                .put("promises", list(c.promises(), PledgeJson::promise))
                .build();
    }

    private static Map<String, Object> promise(Promise p) {
        return object().put("kind", p.kind().id())
                .put("items", List.copyOf(p.items()))
                .put("parties", List.copyOf(p.parties()))
                .put("partyKinds", keywords(p.kinds(), PartyKind::id))
                .put("purposes", List.copyOf(p.purposes()))
                .put("exceptions", keywords(p.exceptions(), TriggerKind::id))
                .put("otherItems", List.copyOf(p.otherItems()))
                .put("regions", List.copyOf(p.regions()))
                .build();
    }

    private static Map<String, Object> role(Role r) {
        return object().put("role", r.role().id())
                .put("regions", List.copyOf(r.regions()))
                .build();
    }

    private static Map<String, Object> safeguard(Safeguard s) {
        return object().put("kind", s.kind().id()).put("text", text(s.text())).build();
    }

    private static Map<String, Object> trigger(Trigger t) {
        return object().put("kind", t.kind().id()).put("text", text(t.text())).build();
    }

    private static Map<String, Object> basis(Basis b) {
        return object().put("basis", b.basis().id())
                .put("alternatives", b.alternatives().isEmpty() ? null : keywords(b.alternatives(), LegalBasis::id))
                .put("interest", text(b.interest()))
                .put("regions", List.copyOf(b.regions()))
                .build();
    }

    private static Map<String, Object> unstated(UnstatedData u) {
        return u == null ? null : object().put("words", text(u.words())).build();
    }

    private static Map<String, Object> party(Party p) {
        return object().put("id", p.id())
                .put("title", text(p.title()))
                .put("named", p.named())
                .put("kinds", keywords(p.kinds(), PartyKind::id))
                .put("role", p.role() == null ? null : p.role().id())
                .put("urls", List.copyOf(p.urls()))
                .put("receives", list(p.disclosures(), PledgeJson::disclosure))
                .put("locations", List.copyOf(p.locations()))
                .put("mechanisms", keywords(p.mechanisms(), TransferMechanism::id))
                .put("sdks", List.copyOf(p.sdks()))
                .put("triggers", list(p.triggers(), PledgeJson::trigger))
                .put("notifyVia", channels(p.notifyVia()))
                .put("conditions", texts(p.conditions()))
                .build();
    }

    private static Map<String, Object> disclosure(Disclosure d) {
        return object().put("items", List.copyOf(d.items()))
                .put("purposes", List.copyOf(d.purposes()))
                .put("triggers", list(d.triggers(), PledgeJson::trigger))
                .put("safeguards", list(d.safeguards(), PledgeJson::safeguard))
                .put("dataUnstated", unstated(d.unstatedData()))
                .build();
    }

    private static Map<String, Object> tracking(Tracking t) {
        return object().put("id", t.id())
                .put("title", text(t.title()))
                .put("kind", t.kind() == null ? null : t.kind().id())
                .put("parties", List.copyOf(t.parties()))
                .put("purposes", List.copyOf(t.purposes()))
                .put("items", List.copyOf(t.items()))
                .put("safeguards", list(t.safeguards(), PledgeJson::safeguard))
                .put("notLinked", List.copyOf(t.notLinked()))
                .put("consentRequired", t.consentRequired())
                .put("impliedConsent", t.impliedConsent() ? true : null)
                .put("impliedConsentWords", text(t.impliedConsentWords()))
                .put("services", List.copyOf(t.services()))
                .put("regions", List.copyOf(t.regions()))
                .put("allRegions", t.allRegions())
                .put("optOut", channels(t.optOut()))
                .build();
    }

    private static Map<String, Object> right(Right r) {
        return object().put("id", r.id())
                .put("kind", r.kind().id())
                .put("title", text(r.title()))
                .put("channels", channels(r.channels()))
                .put("deadline", duration(r.deadline()))
                .put("deadlineText", text(r.deadlineText()))
                .put("regions", List.copyOf(r.regions()))
                .put("allRegions", r.allRegions())
                .put("services", List.copyOf(r.services()))
                .put("purposes", List.copyOf(r.purposes()))
                .put("procedure", r.procedure())
                .build();
    }

    private static Map<String, Object> procedure(RequestProcedure p) {
        return object().put("id", p.id())
                .put("title", text(p.title()))
                .put("channels", channels(p.channels()))
                .put("identity", text(p.identity()))
                .put("form", text(p.form()))
                .put("deadline", duration(p.deadline()))
                .put("deadlineText", text(p.deadlineText()))
                .put("fee", text(p.fee()))
                .put("refusals", texts(p.refusals()))
                .put("regions", List.copyOf(p.regions()))
                .build();
    }

    private static Map<String, Object> transfer(Transfer t) {
        return object().put("id", t.id())
                .put("title", text(t.title()))
                .put("from", List.copyOf(t.from()))
                .put("to", List.copyOf(t.to()))
                .put("recipients", List.copyOf(t.recipients()))
                .put("mechanisms", keywords(t.mechanisms(), TransferMechanism::id))
                .put("safeguards", texts(t.safeguards()))
                .build();
    }

    private static Map<String, Object> retention(Retention r) {
        return object().put("id", r.id())
                .put("title", text(r.title()))
                .put("targets", List.copyOf(r.targets()))
                .put("period", period(r.period()))
                .put("services", List.copyOf(r.services()))
                .put("regions", List.copyOf(r.regions()))
                .put("allRegions", r.allRegions())
                .build();
    }

    private static <T> List<Object> list(List<T> values, Function<T, Map<String, Object>> mapper) {
        return values.stream().map(v -> (Object) mapper.apply(v)).toList();
    }
}
