// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.scoping;

import dev.pledge.dsl.validation.PolicyFamily;
import java.util.LinkedHashSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

/**
 * A file sees what it imports, and what those files import, transitively: a regional policy
 * imports the base policy's main file and sees the whole base. The same closure drives the
 * policy-wide checks ({@link PolicyFamily}), so linking and validation agree on what is visible.
 */
public class TransitiveImportScopeProvider extends ImportUriGlobalScopeProvider {

    @Override
    protected LinkedHashSet<URI> getImportedUris(Resource resource) {
        LinkedHashSet<URI> uris = new LinkedHashSet<>();
        for (Resource imported : PolicyFamily.closure(resource)) {
            if (imported != resource) {
                uris.add(imported.getURI());
            }
        }
        return uris;
    }
}
