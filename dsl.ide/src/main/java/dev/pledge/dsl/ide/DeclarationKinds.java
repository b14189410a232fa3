// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import dev.pledge.dsl.pledge.PledgePackage;
import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The kinds of declaration the language has, read from its EMF model rather than listed by hand:
 * every class of object that has a {@code name}, except the union classes above them. A construct
 * added to the grammar is a new kind here, with its own semantic token type, without code.
 */
public final class DeclarationKinds {

    private static final List<EClass> ALL = PledgePackage.eINSTANCE.getEClassifiers().stream()
            .filter(EClass.class::isInstance)
            .map(EClass.class::cast)
            .filter(DeclarationKinds::hasName)
            .filter(type -> PledgePackage.eINSTANCE.getEClassifiers().stream()
                    .noneMatch(other -> other instanceof EClass sub
                            && sub != type
                            && hasName(sub)
                            && sub.getESuperTypes().contains(type)))
            .toList();

    private DeclarationKinds() {}

    /** Every declaration kind, in the order the grammar declares them. */
    public static List<EClass> all() {
        return ALL;
    }

    public static boolean isDeclaration(EObject object) {
        return object != null && ALL.contains(object.eClass());
    }

    /** The kind's semantic token type: its class name in lower camel case ({@code dataItem}, {@code purpose}). */
    public static String tokenType(EClass type) {
        String name = type.getName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean hasName(EClass type) {
        return type.getEStructuralFeature("name") != null;
    }
}
