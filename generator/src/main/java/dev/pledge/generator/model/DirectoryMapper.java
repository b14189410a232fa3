// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import static dev.pledge.generator.model.Values.id;
import static dev.pledge.generator.model.Values.ids;
import static dev.pledge.generator.model.Values.keyword;
import static dev.pledge.generator.model.Values.keywords;
import static dev.pledge.generator.model.Values.stated;

import dev.pledge.dsl.pledge.PledgePackage;

/**
 * Maps the declarations that say who is responsible and where: controllers, contacts, regions,
 * data centres, services, security measures, certifications and change rules.
 */
final class DirectoryMapper {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    private final Values values;

    DirectoryMapper(Values values) {
        this.values = values;
    }

    Controller controller(dev.pledge.dsl.pledge.Controller c) {
        return new Controller(
                id(c),
                values.text(c.getTitle()),
                c.getRoles().stream()
                        .map(r -> new Role(keyword(PartyRole.class, r.getRole()), ids(r.getRegions())))
                        .toList(),
                values.text(c.getAddress()),
                c.getEmails(),
                c.getPhones(),
                c.getUrls(),
                ids(c.getRegions()),
                values.text(c.getDescription()));
    }

    Contact contact(dev.pledge.dsl.pledge.Contact c) {
        return new Contact(
                id(c),
                values.text(c.getTitle()),
                stated(ContactRole.class, c, P.getContact_Role()),
                id(c.getController()),
                values.text(c.getPerson()),
                values.text(c.getAddress()),
                c.getEmails(),
                c.getPhones(),
                c.getUrls(),
                values.text(c.getHours()),
                ids(c.getRegions()),
                values.text(c.getDescription()));
    }

    Region region(dev.pledge.dsl.pledge.Region r) {
        return new Region(
                id(r),
                values.text(r.getTitle()),
                r.getCountries(),
                values.texts(r.getLaws()),
                id(r.getController()),
                ids(r.getProcessors()),
                values.text(r.getLocalisation()),
                values.text(r.getTransferRules()),
                values.text(r.getAuthority()),
                r.getAuthorityUrl(),
                values.text(r.getDescription()));
    }

    DataCentre dataCentre(dev.pledge.dsl.pledge.DataCentre d) {
        return new DataCentre(id(d), values.text(d.getTitle()), id(d.getRegion()), values.text(d.getDescription()));
    }

    Service service(dev.pledge.dsl.pledge.Service s) {
        return new Service(id(s), values.text(s.getTitle()), s.getUrls(), values.text(s.getDescription()));
    }

    Security security(dev.pledge.dsl.pledge.Security s) {
        return new Security(
                id(s),
                values.text(s.getTitle()),
                keywords(SecurityKind.class, s.getKinds()),
                values.text(s.getDescription()));
    }

    Certification certification(dev.pledge.dsl.pledge.Certification c) {
        return new Certification(
                id(c),
                values.text(c.getTitle()),
                c.getStandard(),
                values.text(c.getScope()),
                values.text(c.getDescription()));
    }

    Changes changes(dev.pledge.dsl.pledge.Changes c) {
        return new Changes(
                id(c),
                values.text(c.getTitle()),
                values.channels(c.getNotify()),
                values.text(c.getReview()),
                values.text(c.getFreshConsent()),
                values.texts(c.getStatements()),
                c.getLog().stream()
                        .map(e -> new ChangeLogEntry(e.getDate(), values.text(e.getText())))
                        .toList());
    }
}
