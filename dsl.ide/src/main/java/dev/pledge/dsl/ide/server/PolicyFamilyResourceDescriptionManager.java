// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import com.google.inject.Singleton;
import dev.pledge.dsl.pledge.Import;
import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.dsl.validation.PolicyFamily;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Tells the language server's incremental builder which files to check again after a change,
 * taking Pledge's policy-wide checks into account.
 * <p>
 * Xtext re-checks a file when a name it links to changes. Pledge's policy-wide checks
 * ({@link PolicyFamily}: unused data, duplicate names, missing retention, GDPR completeness)
 * also depend on files a file does not link to: a data item is "unused" unless some purpose in
 * any file of the policy uses it, and the file that imports it may be edited without any name
 * changing. Without this class such findings went stale in the editor until the file itself was
 * edited again.
 * <p>
 * Here a change to file {@code u} re-checks every file that shares an import closure with
 * {@code u}: every {@code y} for which some file {@code z} (possibly {@code y} or {@code u}
 * itself) imports, directly or transitively, both {@code u} and {@code y}. That is exactly the
 * set of files whose family contains {@code u}. Imports are taken both before and after the
 * change, so files that just left a family are re-checked too. Files of unrelated policies in
 * the same workspace are left alone.
 * <p>
 * Import edges come from three places: the committed index (each description lists its file's
 * resolved imports as synthetic imported names, {@value #IMPORT_MARKER}), the old description
 * of each changed file, and the imports last read from each loaded file (fresh for the changed
 * files, which the builder indexes before asking). The union can only over-approximate.
 */
@Singleton
public class PolicyFamilyResourceDescriptionManager extends DefaultResourceDescriptionManager
        implements IResourceDescription.Manager.AllChangeAware {

    /**
     * First segment of the synthetic imported names that record a file's imports in the index.
     * It cannot clash with a Pledge name: those never contain ':'.
     */
    static final String IMPORT_MARKER = "pledge:import";

    private static final String EXTENSION = "pledge";

    /** Imports last read from each loaded file, by normalised URI. */
    private final Map<String, Set<String>> liveImports = new ConcurrentHashMap<>();

    private Collection<?> lastDeltas;
    private IResourceDescriptions lastContext;
    private Set<String> lastAffected = Set.of();

    @Override
    protected IResourceDescription internalGetResourceDescription(
            Resource resource, IDefaultResourceDescriptionStrategy strategy) {
        Set<URI> imports = imports(resource);
        Set<String> normalised = new HashSet<>();
        imports.forEach(uri -> normalised.add(normalise(uri)));
        liveImports.put(normalise(resource.getURI()), normalised);
        return new DefaultResourceDescription(resource, strategy, getCache()) {
            @Override
            public Iterable<QualifiedName> getImportedNames() {
                Set<QualifiedName> names = new LinkedHashSet<>();
                super.getImportedNames().forEach(names::add);
                for (URI uri : imports) {
                    names.add(QualifiedName.create(IMPORT_MARKER, uri.toString()));
                }
                return names;
            }
        };
    }

    @Override
    public boolean isAffectedByAny(
            Collection<IResourceDescription.Delta> deltas,
            IResourceDescription candidate,
            IResourceDescriptions context) {
        if (familyOfChanged(deltas, context).contains(normalise(candidate.getURI()))) {
            return true;
        }
        return isAffected(deltas, candidate, context);
    }

    /**
     * The files that share an import closure with a changed file. The builder asks once per
     * candidate with the same deltas and index, so the answer is computed once per build.
     */
    synchronized Set<String> familyOfChanged(
            Collection<IResourceDescription.Delta> deltas, IResourceDescriptions context) {
        if (deltas == lastDeltas && context == lastContext) {
            return lastAffected;
        }
        Set<String> changed = new HashSet<>();
        Map<String, Set<String>> edges = new HashMap<>();
        for (IResourceDescription description : context.getAllResourceDescriptions()) {
            addEdges(edges, description);
        }
        for (IResourceDescription.Delta delta : deltas) {
            if (isPledge(delta.getUri())) {
                changed.add(normalise(delta.getUri()));
                addEdges(edges, delta.getOld());
                addEdges(edges, delta.getNew());
            }
            if (delta.getNew() == null) {
                liveImports.remove(normalise(delta.getUri()));
            }
        }
        liveImports.forEach((file, imports) ->
                edges.computeIfAbsent(file, k -> new HashSet<>()).addAll(imports));

        Set<String> affected = new HashSet<>();
        if (!changed.isEmpty()) {
            Set<String> files = new HashSet<>(edges.keySet());
            files.addAll(changed);
            for (String root : files) {
                Set<String> closure = closure(root, edges);
                if (!Collections.disjoint(closure, changed)) {
                    affected.addAll(closure);
                }
            }
        }
        lastDeltas = deltas;
        lastContext = context;
        lastAffected = affected;
        return affected;
    }

    private static Set<String> closure(String root, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            String file = todo.pop();
            if (seen.add(file)) {
                todo.addAll(edges.getOrDefault(file, Set.of()));
            }
        }
        return seen;
    }

    /** Import edges recorded in a description's imported names; none for descriptions that cannot list them. */
    private static void addEdges(Map<String, Set<String>> edges, IResourceDescription description) {
        if (description == null
                || description instanceof ResolvedResourceDescription
                || !isPledge(description.getURI())) {
            return;
        }
        Set<String> targets = edges.computeIfAbsent(normalise(description.getURI()), k -> new HashSet<>());
        for (QualifiedName name : description.getImportedNames()) {
            if (name.getSegmentCount() == 2 && IMPORT_MARKER.equals(name.getFirstSegment())) {
                targets.add(normalise(URI.createURI(name.getLastSegment())));
            }
        }
    }

    /** The resolved URIs a file imports (whether or not they exist), as {@link PolicyFamily} resolves them. */
    static Set<URI> imports(Resource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PolicyFile file)) {
            return Set.of();
        }
        Set<URI> imports = new LinkedHashSet<>();
        List<Import> declared = file.getImports();
        for (Import imported : declared) {
            if (imported.getImportURI() != null) {
                imports.add(PolicyFamily.target(resource, imported));
            }
        }
        return imports;
    }

    private static boolean isPledge(URI uri) {
        return uri != null && EXTENSION.equals(uri.fileExtension());
    }

    /** file:/x and file:///x name the same file; so do a/../b and b. */
    static String normalise(URI uri) {
        URI plain = uri.trimFragment();
        if (plain.isFile()) {
            try {
                return Path.of(plain.toFileString())
                        .toAbsolutePath()
                        .normalize()
                        .toString();
            } catch (InvalidPathException e) {
                return plain.toString();
            }
        }
        return plain.toString();
    }
}
