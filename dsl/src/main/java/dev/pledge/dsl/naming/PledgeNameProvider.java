// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.naming;

import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.Element;
import dev.pledge.dsl.pledge.Right;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Every declaration is known by its simple name, wherever it is nested: a data item inside a
 * category is referenced as {@code imei}, not {@code device.imei}. A right without a name is
 * known by its kind ({@code right erasure { ... }}).
 */
public class PledgeNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        String name = nameOf(object);
        return name == null || name.isEmpty() ? null : QualifiedName.create(name);
    }

    /** The name a declaration is referenced by, or null for objects that declare nothing. */
    public static String nameOf(EObject object) {
        if (object instanceof Right right) {
            if (right.getName() != null) {
                return right.getName();
            }
            return right.getKind() == null ? null : right.getKind().getLiteral();
        }
        if (object instanceof Element element) {
            return element.getName();
        }
        if (object instanceof DataItem item) {
            return item.getName();
        }
        return null;
    }
}
