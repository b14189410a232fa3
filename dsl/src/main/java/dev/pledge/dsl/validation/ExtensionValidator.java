// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Extensible;
import dev.pledge.dsl.pledge.Extension;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Purpose;
import java.util.List;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * {@code extend}: each clause fits what it extends (more data for a purpose, itemised or not, more disclosures for a
 * party, more sources for a data item), and what a purpose gains keeps to its legal basis.
 */
final class ExtensionValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkClauses(Extension extension) {
        Extensible target = extension.getTarget();
        if (target == null || target.eIsProxy()) {
            return;
        }
        boolean purpose = target instanceof Purpose;
        boolean party = target instanceof Party;
        boolean item = target instanceof DataItem;
        fits(extension, P.getExtension_Uses(), purpose, "uses", "a purpose");
        fits(extension, P.getExtension_UnstatedData(), purpose, "uses", "a purpose");
        fits(extension, P.getExtension_Services(), purpose || party, "services", "a purpose or a party");
        fits(extension, P.getExtension_Disclosures(), party, "receives", "a party");
        fits(extension, P.getExtension_Sdks(), party, "sdk", "a party");
        fits(extension, P.getExtension_Locations(), party, "located", "a party");
        fits(extension, P.getExtension_From(), item, "from", "a data item");
        fits(extension, P.getExtension_Sources(), item, "source", "a data item");
        fits(extension, P.getExtension_Conditions(), purpose || party, "condition", "a purpose or a party");
    }

    /** A clause written ({@code eIsSet}: a list not empty, a value present) where it does not fit is an error. */
    private void fits(Extension extension, EStructuralFeature feature, boolean fits, String clause, String what) {
        if (!fits && extension.eIsSet(feature)) {
            error(
                    Rule.EXTENSION_MISMATCH,
                    "`" + clause + "` extends " + what + ", but " + quote(targetName(extension))
                            + " is a "
                            + Declarations.describe(extension.getTarget().eClass())
                            + ": move the clause into an `extend` of " + what + ", or remove it",
                    extension,
                    feature);
        }
    }

    /** Data an overlay says a purpose also uses, without itemising it, is a gap as it is in the purpose itself. */
    @Check
    public void checkUnstatedData(Extension extension) {
        if (extension.getUnstatedData() != null && extension.getTarget() instanceof Purpose purpose) {
            dataUnstated(
                    "further data purpose " + quote(purpose.getName()) + " uses here",
                    "uses",
                    extension,
                    P.getExtension_UnstatedData());
        }
    }

    /** Sensitive data an overlay adds to a purpose needs the purpose's explicit consent, as if written there. */
    @Check
    public void checkSensitive(Extension extension) {
        if (!(extension.getTarget() instanceof Purpose purpose) || purpose.eIsProxy()) {
            return;
        }
        boolean weaker = purpose.getBases().stream().anyMatch(b -> Bases.forSensitive(b) == Bases.ForSensitive.WEAKER);
        List<DataSet> uses = extension.getUses();
        for (int i = 0; weaker && i < uses.size(); i++) {
            for (DataItem sensitive : items(uses.get(i))) {
                if (sensitive.isSensitive()) {
                    error(
                            Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT,
                            "this adds sensitive data item " + quote(sensitive.getName()) + " to purpose "
                                    + quote(purpose.getName()) + ", which does not rest on explicit consent: give "
                                    + "the purpose `basis explicit-consent`, or do not add "
                                    + quote(sensitive.getName()),
                            extension,
                            P.getExtension_Uses(),
                            i);
                    break;
                }
            }
        }
    }

    private static String targetName(Extension extension) {
        String name = dev.pledge.dsl.naming.PledgeNameProvider.nameOf(extension.getTarget());
        return name == null ? "?" : name;
    }
}
