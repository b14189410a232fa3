// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import static dev.pledge.generator.model.Values.duration;
import static dev.pledge.generator.model.Values.id;
import static dev.pledge.generator.model.Values.ids;
import static dev.pledge.generator.model.Values.isStated;
import static dev.pledge.generator.model.Values.items;
import static dev.pledge.generator.model.Values.keyword;
import static dev.pledge.generator.model.Values.keywords;
import static dev.pledge.generator.model.Values.stated;

import dev.pledge.dsl.pledge.PledgePackage;

/**
 * Maps the declarations that say what data is processed, why, by whom and under which rules:
 * categories and items, purposes, parties, tracking, rights, transfers, retention, children,
 * direct marketing.
 */
final class ProcessingMapper {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    private final Values values;

    ProcessingMapper(Values values) {
        this.values = values;
    }

    DataCategory category(dev.pledge.dsl.pledge.DataCategory c) {
        return new DataCategory(
                id(c),
                values.text(c.getTitle()),
                values.text(c.getDescription()),
                stated(DataOrigin.class, c, P.getDataCategory_Origin()),
                c.isNonPersonal(),
                values.told(c.getTold()),
                c.getItems().stream().map(item -> item(id(c), item)).toList());
    }

    private DataItem item(String category, dev.pledge.dsl.pledge.DataItem i) {
        return new DataItem(
                id(i),
                values.text(i.getTitle()),
                category,
                i.isSensitive(),
                keywords(SensitiveLaw.class, i.getSensitiveUnder()),
                i.isNonPersonal(),
                stated(DataOrigin.class, i, P.getDataItem_Origin()),
                ids(i.getFrom()),
                i.getSources(),
                values.provision(i.getProvision()),
                values.told(i.getTold()),
                values.text(i.getDescription()));
    }

    Purpose purpose(dev.pledge.dsl.pledge.Purpose p) {
        dev.pledge.dsl.pledge.Basis everywhere = p.getBases().stream()
                .filter(b -> b.getRegions().isEmpty())
                .findFirst()
                .orElse(null);
        return new Purpose(
                id(p),
                values.text(p.getTitle()),
                everywhere == null ? null : keyword(LegalBasis.class, everywhere.getBasis()),
                everywhere == null ? null : values.text(everywhere.getInterest()),
                p.getBases().stream().map(this::basis).toList(),
                ids(p.getUses()),
                items(p.getUses()),
                ids(p.getServices()),
                isStated(p, P.getPurpose_Version()) ? p.getVersion() : null,
                values.channels(p.getWithdraw()),
                values.channels(p.getOptOut()),
                values.period(p.getRetention()),
                ids(p.getRegions()),
                values.texts(p.getConditions()),
                values.safeguards(p.getSafeguards()),
                ids(p.getNotLinked()),
                values.text(p.getDescription()),
                p.isProfiling(),
                values.logic(p.getProfilingLogic()),
                p.isAutomatedDecisions(),
                values.logic(p.getDecisionLogic()),
                values.provision(p.getProvision()),
                p.isOptional());
    }

    private Basis basis(dev.pledge.dsl.pledge.Basis b) {
        return new Basis(keyword(LegalBasis.class, b.getBasis()), values.text(b.getInterest()), ids(b.getRegions()));
    }

    Party party(dev.pledge.dsl.pledge.Party p) {
        return new Party(
                id(p),
                values.text(p.getTitle()),
                p.isNamed(),
                keywords(PartyKind.class, p.getKinds()),
                stated(PartyRole.class, p, P.getParty_Role()),
                p.getUrls(),
                p.getDisclosures().stream()
                        .map(d -> new Disclosure(
                                ids(d.getData()),
                                items(d.getData()),
                                ids(d.getPurposes()),
                                values.triggers(d.getTriggers()),
                                values.safeguards(d.getSafeguards())))
                        .toList(),
                ids(p.getLocations()),
                keywords(TransferMechanism.class, p.getMechanisms()),
                p.getSdks(),
                ids(p.getServices()),
                values.triggers(p.getTriggers()),
                values.channels(p.getNotify()),
                values.texts(p.getConditions()),
                values.text(p.getDescription()));
    }

    Tracking tracking(dev.pledge.dsl.pledge.Tracking t) {
        return new Tracking(
                id(t),
                values.text(t.getTitle()),
                stated(TrackingKind.class, t, P.getTracking_Kind()),
                ids(t.getParties()),
                ids(t.getPurposes()),
                ids(t.getData()),
                items(t.getData()),
                values.safeguards(t.getSafeguards()),
                ids(t.getNotLinked()),
                t.isConsentRequired(),
                values.channels(t.getOptOut()),
                values.text(t.getDescription()));
    }

    Right right(dev.pledge.dsl.pledge.Right r) {
        String name = r.getName() == null
                ? null
                : r.getName().startsWith("^") ? r.getName().substring(1) : r.getName();
        return new Right(
                id(r),
                name,
                keyword(RightKind.class, r.getKind()),
                values.text(r.getTitle()),
                values.channels(r.getChannels()),
                duration(r.getDeadline()),
                values.text(r.getDeadlineText()),
                values.text(r.getFee()),
                values.texts(r.getExceptions()),
                values.texts(r.getConditions()),
                ids(r.getRegions()),
                ids(r.getPurposes()),
                values.text(r.getDescription()));
    }

    Transfer transfer(dev.pledge.dsl.pledge.Transfer t) {
        return new Transfer(
                id(t),
                values.text(t.getTitle()),
                ids(t.getFrom()),
                ids(t.getTo()),
                ids(t.getRecipients()),
                keywords(TransferMechanism.class, t.getMechanisms()),
                values.texts(t.getSafeguards()),
                values.channel(t.getCopy()),
                values.text(t.getDescription()));
    }

    Retention retention(dev.pledge.dsl.pledge.Retention r) {
        return new Retention(
                id(r),
                values.text(r.getTitle()),
                ids(r.getTargets()),
                values.period(r.getPeriod()),
                values.texts(r.getCriteria()),
                values.texts(r.getExceptions()),
                values.text(r.getDeletion()),
                values.text(r.getBackups()),
                values.text(r.getDescription()));
    }

    Children children(dev.pledge.dsl.pledge.Children c) {
        boolean aged = isStated(c, P.getChildren_Age());
        return new Children(
                id(c),
                values.text(c.getTitle()),
                ids(c.getRegions()),
                aged ? c.getAge() : null,
                aged ? keyword(ChildRequirement.class, c.getRequirement()) : null,
                c.isNotDirected(),
                c.isNoMarketing(),
                values.channels(c.getDeletion()),
                values.texts(c.getStatements()));
    }

    Marketing marketing(dev.pledge.dsl.pledge.Marketing m) {
        return new Marketing(
                id(m),
                values.text(m.getTitle()),
                ids(m.getUses()),
                items(m.getUses()),
                ids(m.getPurposes()),
                values.channels(m.getMedia()),
                values.channels(m.getOptOut()),
                values.text(m.getDescription()));
    }
}
