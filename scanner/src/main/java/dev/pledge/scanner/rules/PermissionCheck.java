// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.catalogue.AndroidPermissions;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.input.AndroidManifest;
import dev.pledge.scanner.input.ClassInput;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code undeclared-permission}: an Android manifest (of the app, or of an AAR it uses) asks for a
 * permission that opens personal data no data item of the policy covers. A warning: the permission
 * says what the app may read, the code what it does read ({@code undeclared-data}).
 */
public final class PermissionCheck {

    private PermissionCheck() {}

    public static void run(
            List<ClassInput.Manifest> manifests,
            AndroidPermissions permissions,
            Catalogue catalogue,
            SourceIndex sources,
            String policyId,
            List<ScanFinding> out) {
        for (ClassInput.Manifest manifest : manifests) {
            for (AndroidManifest.Permission permission : manifest.manifest().permissions()) {
                List<Catalogue.Concept> undeclared = new ArrayList<>();
                for (String concept : permissions.concepts(permission.name())) {
                    if (!sources.covers(concept) && catalogue.concepts().containsKey(concept)) {
                        undeclared.add(catalogue.concepts().get(concept));
                    }
                }
                if (!undeclared.isEmpty()) {
                    out.add(new ScanFinding(
                            ScanRule.UNDECLARED_PERMISSION,
                            new CodeRef(manifest.origin(), null, Path.of(manifest.origin()), permission.line()),
                            message(permission.name(), undeclared, policyId)));
                }
            }
        }
    }

    private static String message(String permission, List<Catalogue.Concept> concepts, String policyId) {
        List<String> what = new ArrayList<>();
        List<String> declare = new ArrayList<>();
        for (Catalogue.Concept concept : concepts) {
            what.add(Messages.lowerFirst(concept.title()) + " (" + Messages.code(concept.id()) + ")");
            declare.add("`data " + concept.id() + " \"" + concept.title() + "\" { source \"" + concept.id() + "\" }`");
        }
        return "asks for " + Messages.code(permission) + ", which opens " + String.join(", ", what)
                + ", but no data item of policy " + Messages.code(policyId) + " declares "
                + (concepts.size() == 1 ? "it" : "them") + ": declare " + String.join(", ", declare)
                + " (or add the concept as a `source` of the item it is), or remove the permission if the app does"
                + " not need it";
    }
}
