// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.PledgePackage;
import org.eclipse.emf.ecore.EClass;

/** How each kind of declaration is named in messages, and how to write one. */
public final class Declarations {

    private Declarations() {}

    /** "data item", "purpose", ... for a declaration type. */
    public static String describe(EClass type) {
        PledgePackage p = PledgePackage.eINSTANCE;
        if (type == p.getDataSet()) {
            return "data item or category";
        }
        if (type == p.getRetained()) {
            return "purpose, data item or category";
        }
        if (type == p.getDataItem()) {
            return "data item";
        }
        if (type == p.getOperator()) {
            return "party, recipient or controller";
        }
        if (type == p.getExtensible()) {
            return "purpose, party or data item";
        }
        if (type == p.getRequestProcedure()) {
            return "request procedure";
        }
        if (type == p.getDataCategory()) {
            return "data category";
        }
        if (type == p.getParty()) {
            return "party or recipient";
        }
        if (type == p.getDataCentre()) {
            return "data centre";
        }
        return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** A minimal declaration of {@code name} of this type, to quote in a fix. */
    public static String example(EClass type, String name) {
        PledgePackage p = PledgePackage.eINSTANCE;
        if (type == p.getDataSet() || type == p.getDataItem() || type == p.getRetained()) {
            return "data " + name + " \"...\"` inside a `category";
        }
        if (type == p.getDataCategory()) {
            return "category " + name + " \"...\" { }";
        }
        if (type == p.getParty() || type == p.getOperator()) {
            return "party " + name + " \"...\" { kind ... }";
        }
        if (type == p.getExtensible()) {
            return "purpose " + name + " \"...\" { ... }";
        }
        if (type == p.getRight()) {
            return "right " + name + " { via ... }";
        }
        if (type == p.getDataCentre()) {
            return "data-centre " + name + " \"...\" in <region>";
        }
        return type.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + " " + name + " \"...\" { }";
    }

    /** A name written in English kebab-case: {@code deviceId} and {@code device_id} become {@code device-id}. */
    public static String kebabCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replace('_', '-')
                .toLowerCase()
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
    }
}
