// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.scoping;

import com.google.common.base.Predicate;
import com.google.inject.Inject;
import dev.pledge.dsl.validation.PolicyFamily;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * A file sees what it imports, and what those files import, transitively: a regional policy
 * imports the base policy's main file and sees the whole base. The same closure drives the
 * policy-wide checks ({@link PolicyFamily}), so linking and validation agree on what is visible.
 */
public class TransitiveImportScopeProvider extends ImportUriGlobalScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    /**
     * The files the resource imports, transitively. Each file's own imports are resolved once and kept until
     * that file changes: they were resolved for every reference to link (a file-system look-up per import), which
     * made linking a large policy slow. The walk over them stays per call, so an edit to an imported file's
     * imports counts at once.
     */
    @Override
    protected LinkedHashSet<URI> getImportedUris(Resource resource) {
        LinkedHashSet<URI> uris = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(resource));
        Set<Resource> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Resource current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current != resource) {
                uris.add(current.getURI());
            }
            for (URI uri : directImports(current)) {
                Resource target = resource.getResourceSet() == null
                        ? null
                        : resource.getResourceSet().getResource(uri, false);
                if (target != null && !seen.contains(target)) {
                    todo.add(target);
                }
            }
        }
        return uris;
    }

    /** Built once per file and type when the set is a checked batch ({@link BatchScopes}). */
    @Override
    protected IScope getScope(
            Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
        if (filter != null) {
            return super.getScope(resource, ignoreCase, type, filter);
        }
        return BatchScopes.of(resource, type, ignoreCase, () -> super.getScope(resource, ignoreCase, type, null));
    }

    private List<URI> directImports(Resource resource) {
        return cache.get(TransitiveImportScopeProvider.class, resource, () -> {
            List<URI> targets = new ArrayList<>();
            for (Resource target : PolicyFamily.imported(resource)) {
                targets.add(target.getURI());
            }
            return targets;
        });
    }
}
