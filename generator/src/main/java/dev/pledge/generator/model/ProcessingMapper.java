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
import java.util.List;
import java.util.stream.Stream;

/**
 * Maps the declarations that say what data is processed, why, by whom and under which rules:
 * categories and items, purposes, parties, tracking, rights, transfers, retention, children,
 * direct marketing.
 */
final class ProcessingMapper {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    private final Values values;
    private final List<dev.pledge.dsl.pledge.Extension> extensions;

    /** @param extensions what the policy's overlays add to its declarations ({@code extend}), merged in */
    ProcessingMapper(Values values, List<dev.pledge.dsl.pledge.Extension> extensions) {
        this.values = values;
        this.extensions = extensions;
    }

    /** The values of one feature of a declaration and of every extension of it, in file order. */
    private <T> List<T> merged(
            org.eclipse.emf.ecore.EObject target,
            List<T> own,
            java.util.function.Function<dev.pledge.dsl.pledge.Extension, List<T>> added) {
        List<T> all = new java.util.ArrayList<>(own);
        extensions.stream().filter(e -> e.getTarget() == target).forEach(e -> all.addAll(added.apply(e)));
        return all;
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
                ids(merged(i, i.getFrom(), dev.pledge.dsl.pledge.Extension::getFrom)),
                merged(i, i.getSources(), dev.pledge.dsl.pledge.Extension::getSources),
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
                ids(merged(p, p.getUses(), dev.pledge.dsl.pledge.Extension::getUses)),
                items(merged(p, p.getUses(), dev.pledge.dsl.pledge.Extension::getUses)),
                unstatedData(p),
                ids(merged(p, p.getServices(), dev.pledge.dsl.pledge.Extension::getServices)),
                isStated(p, P.getPurpose_Version()) ? p.getVersion() : null,
                values.channels(p.getWithdraw()),
                values.channels(p.getOptOut()),
                values.period(p.getRetention()),
                ids(p.getRegions()),
                values.texts(merged(p, p.getConditions(), dev.pledge.dsl.pledge.Extension::getConditions)),
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
        return new Basis(
                keyword(LegalBasis.class, b.getBasis()),
                values.text(b.getInterest()),
                ids(b.getRegions()),
                keywords(LegalBasis.class, b.getAlternatives()));
    }

    /** What a purpose says it uses without itemising, or else what an overlay's {@code extend} of it says. */
    private UnstatedData unstatedData(dev.pledge.dsl.pledge.Purpose p) {
        List<dev.pledge.dsl.pledge.UnstatedData> written = merged(
                p,
                Stream.ofNullable(p.getUnstatedData()).toList(),
                e -> Stream.ofNullable(e.getUnstatedData()).toList());
        return written.isEmpty() ? null : unstated(written.get(0));
    }

    private UnstatedData unstated(dev.pledge.dsl.pledge.UnstatedData unstated) {
        return unstated == null ? null : new UnstatedData(values.text(unstated.getWords()));
    }

    Party party(dev.pledge.dsl.pledge.Party p) {
        return new Party(
                id(p),
                values.text(p.getTitle()),
                p.isNamed(),
                keywords(PartyKind.class, p.getKinds()),
                stated(PartyRole.class, p, P.getParty_Role()),
                p.getUrls(),
                merged(p, p.getDisclosures(), dev.pledge.dsl.pledge.Extension::getDisclosures).stream()
                        .map(d -> new Disclosure(
                                ids(d.getData()),
                                items(d.getData()),
                                ids(d.getPurposes()),
                                values.triggers(d.getTriggers()),
                                values.safeguards(d.getSafeguards()),
                                unstated(d.getUnstatedData())))
                        .toList(),
                ids(merged(p, p.getLocations(), dev.pledge.dsl.pledge.Extension::getLocations)),
                keywords(TransferMechanism.class, p.getMechanisms()),
                merged(p, p.getSdks(), dev.pledge.dsl.pledge.Extension::getSdks),
                ids(merged(p, p.getServices(), dev.pledge.dsl.pledge.Extension::getServices)),
                values.triggers(p.getTriggers()),
                values.channels(p.getNotify()),
                values.texts(merged(p, p.getConditions(), dev.pledge.dsl.pledge.Extension::getConditions)),
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
                ids(t.getServices()),
                ids(t.getRegions()),
                t.isAllRegions(),
                values.text(t.getDescription()),
                t.isImpliedConsent(),
                values.text(t.getImpliedConsentWords()));
    }

    Right right(dev.pledge.dsl.pledge.Right r, List<dev.pledge.dsl.pledge.RequestProcedure> procedures) {
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
                r.isAllRegions(),
                ids(r.getServices()),
                ids(r.getPurposes()),
                id(dev.pledge.dsl.validation.RightProcedures.of(r, procedures)),
                values.text(r.getDescription()));
    }

    RequestProcedure procedure(dev.pledge.dsl.pledge.RequestProcedure p) {
        return new RequestProcedure(
                id(p),
                values.text(p.getTitle()),
                values.channels(p.getChannels()),
                values.text(p.getIdentity()),
                values.text(p.getForm()),
                duration(p.getDeadline()),
                values.text(p.getDeadlineText()),
                values.text(p.getFee()),
                values.texts(p.getRefusals()),
                ids(p.getRegions()),
                values.text(p.getDescription()));
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
                ids(t.getServices()),
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
                ids(r.getServices()),
                ids(r.getRegions()),
                r.isAllRegions(),
                values.text(r.getDescription()));
    }

    Children children(dev.pledge.dsl.pledge.Children c) {
        boolean aged = isStated(c, P.getChildren_Age());
        return new Children(
                id(c),
                values.text(c.getTitle()),
                ids(c.getRegions()),
                c.isAllRegions(),
                ids(c.getServices()),
                aged ? c.getAge() : null,
                aged ? keyword(ChildRequirement.class, c.getRequirement()) : null,
                c.isNotDirected(),
                c.isNoMarketing(),
                values.channels(c.getDeletion()),
                values.texts(c.getStatements()));
    }

    Commitment commitment(dev.pledge.dsl.pledge.Commitment c) {
        return new Commitment(
                id(c),
                values.text(c.getTitle()),
                c.getPromises().stream()
                        .map(p -> new Promise(
                                PromiseKind.of(p.getKind()),
                                ids(p.getData()),
                                items(p.getData()),
                                ids(p.getParties()),
                                keywords(PartyKind.class, p.getKinds()),
                                ids(p.getPurposes()),
                                keywords(TriggerKind.class, p.getExceptions()),
                                ids(p.getOthers()),
                                items(p.getOthers()),
                                ids(p.getRegions())))
                        .toList(),
                values.text(c.getDescription()));
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
