// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.analysis.DomainData;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.util.List;

/**
 * {@code undeclared-data} for domain data: a field of the application's domain classes holds data of
 * a concept that no data item of the policy covers. The finding is at the field's declaration.
 */
public final class DomainDataCheck {

    private DomainDataCheck() {}

    public static void run(
            List<DomainData.Classified> fields, SourceIndex sources, String policyId, CodeRefs refs, Findings out) {
        for (DomainData.Classified classified : fields) {
            Catalogue.Concept concept = classified.concept();
            if (!sources.itemsCovering(concept.id()).isEmpty()) {
                continue;
            }
            String field = classified.simpleName();
            String by = classified.because().equals("name") ? "" : " (by its " + classified.because() + ")";
            out.add(
                    classified.type(),
                    new ScanFinding(
                            ScanRule.UNDECLARED_DATA,
                            refs.at(
                                    classified.type(),
                                    classified.field().name,
                                    refs.declarationLine(classified.type(), classified.field())),
                            classified.kind() + " " + Messages.code(field) + " holds "
                                    + Messages.lowerFirst(concept.title()) + " ("
                                    + Messages.code(concept.id()) + ")" + by + ", but no data item of policy "
                                    + Messages.code(policyId) + " declares it: "
                                    + DataCheck.fix(concept),
                            concept.id(),
                            DataCheck.fix(concept)));
        }
    }
}
