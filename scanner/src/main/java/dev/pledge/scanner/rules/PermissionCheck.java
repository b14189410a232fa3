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
            Findings out) {
        for (ClassInput.Manifest manifest : manifests) {
            for (AndroidManifest.Permission permission : manifest.manifest().permissions()) {
                List<Catalogue.Concept> undeclared = new ArrayList<>();
                for (String concept : permissions.concepts(permission.name())) {
                    if (sources.itemsCovering(concept).isEmpty()
                            && catalogue.concepts().containsKey(concept)) {
                        undeclared.add(catalogue.concepts().get(concept));
                    }
                }
                if (!undeclared.isEmpty()) {
                    out.add(new ScanFinding(
                            ScanRule.UNDECLARED_PERMISSION,
                            at(manifest.origin(), permission.line()),
                            message(permission.name(), undeclared, policyId),
                            permission.name(),
                            "declare " + declarations(undeclared)));
                }
            }
        }
    }

    /** {@code app.apk!/AndroidManifest.xml}: the manifest in its archive; a manifest on disk as it is. */
    private static CodeRef at(String origin, int line) {
        int bang = origin.lastIndexOf("!/");
        return bang < 0
                ? new CodeRef(origin, null, Path.of(origin), line)
                : new CodeRef(origin, null, Path.of(origin.substring(bang + 2)), line, origin.substring(0, bang));
    }

    private static String declarations(List<Catalogue.Concept> concepts) {
        List<String> declare = new ArrayList<>();
        for (Catalogue.Concept concept : concepts) {
            declare.add("`data " + concept.id() + " \"" + concept.title() + "\" { source \"" + concept.id() + "\" }`");
        }
        return String.join(", ", declare);
    }

    private static String message(String permission, List<Catalogue.Concept> concepts, String policyId) {
        List<String> what = new ArrayList<>();
        for (Catalogue.Concept concept : concepts) {
            what.add(Messages.lowerFirst(concept.title()) + " (" + Messages.code(concept.id()) + ")");
        }
        return "asks for " + Messages.code(permission) + ", which opens " + String.join(", ", what)
                + ", but no data item of policy " + Messages.code(policyId) + " declares "
                + (concepts.size() == 1 ? "it" : "them") + ": declare " + declarations(concepts)
                + " (or add the concept as a `source` of the item it is), or remove the permission if the app does"
                + " not need it";
    }
}
