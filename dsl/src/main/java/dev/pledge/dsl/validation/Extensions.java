// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Disclosure;
import dev.pledge.dsl.pledge.Extension;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.dsl.pledge.Purpose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What {@code extend} adds to a declaration, as seen from a place in the policy: the extensions in that
 * file and the files it imports. A base policy's own declarations see none of its overlays' extensions; an
 * overlay's see its own, so each policy is checked as merged.
 */
public final class Extensions {

    private Extensions() {}

    /** The extensions visible from the file of {@code context}, in file order. */
    public static List<Extension> visibleFrom(EObject context) {
        Resource resource = context.eResource();
        if (resource == null) {
            return List.of();
        }
        List<Extension> extensions = new ArrayList<>();
        for (Resource file : PolicyFamily.closure(resource)) {
            if (!file.getContents().isEmpty() && file.getContents().get(0) instanceof PolicyFile policyFile) {
                extensions.addAll(policyFile.getExtensions());
            }
        }
        return extensions;
    }

    /** The data sets a purpose uses, with what the extensions visible from {@code context} add. */
    public static List<DataSet> uses(Purpose purpose, EObject context) {
        return uses(purpose, visibleFrom(context));
    }

    /** The data sets a purpose uses, with what the given extensions (those visible from a file) add. */
    public static List<DataSet> uses(Purpose purpose, List<Extension> visible) {
        List<DataSet> uses = new ArrayList<>(purpose.getUses());
        for (Extension extension : visible) {
            if (extension.getTarget() == purpose) {
                uses.addAll(extension.getUses());
            }
        }
        return uses;
    }

    /** The items a purpose uses (categories expanded), with what visible extensions add. */
    public static Set<DataItem> items(Purpose purpose, EObject context) {
        return items(purpose, visibleFrom(context));
    }

    /** The items a purpose uses (categories expanded), with what the given extensions add. */
    public static Set<DataItem> items(Purpose purpose, List<Extension> visible) {
        return new LinkedHashSet<>(PledgeCheck.items(uses(purpose, visible)));
    }

    /** The disclosures of a party, with those visible extensions add. */
    public static List<Disclosure> disclosures(Party party, EObject context) {
        List<Disclosure> disclosures = new ArrayList<>(party.getDisclosures());
        for (Extension extension : visibleFrom(context)) {
            if (extension.getTarget() == party) {
                disclosures.addAll(extension.getDisclosures());
            }
        }
        return disclosures;
    }

    /** The party a disclosure goes to: the party it is written in, or the one an extension extends. */
    public static Party partyOf(Disclosure disclosure) {
        EObject container = disclosure.eContainer();
        if (container instanceof Party party) {
            return party;
        }
        return container instanceof Extension extension && extension.getTarget() instanceof Party party ? party : null;
    }
}
