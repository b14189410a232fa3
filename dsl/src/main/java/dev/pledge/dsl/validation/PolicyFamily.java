// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Import;
import dev.pledge.dsl.pledge.PolicyFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * The files a policy is made of. A file's <em>closure</em> is the file and everything it imports,
 * transitively; its <em>family</em> is every loaded file whose closure contains it, together with
 * their closures: the whole policy the file takes part in. Checks that need the whole policy
 * (is this item used anywhere? is there a retention rule?) look at the family, so they give the
 * same answer whichever file of the policy is being validated.
 */
public final class PolicyFamily {

    private final List<Resource> resources;
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();
    private List<EObject> contents;

    private PolicyFamily(List<Resource> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The family of the resource that contains {@code context}. */
    public static PolicyFamily of(EObject context) {
        Resource resource = context.eResource();
        if (resource.getResourceSet() == null) {
            return new PolicyFamily(List.of(resource));
        }
        return FamilyCache.of(resource, PolicyFamily::compute);
    }

    private static PolicyFamily compute(Resource resource) {
        ResourceSet resourceSet = resource.getResourceSet();
        Set<Resource> family = new LinkedHashSet<>(closure(resource));
        for (Resource other : List.copyOf(resourceSet.getResources())) {
            if (other != resource && isPledge(other)) {
                Set<Resource> closure = closure(other);
                if (closure.contains(resource)) {
                    family.addAll(closure);
                }
            }
        }
        return new PolicyFamily(new ArrayList<>(family));
    }

    /** The resource and everything it imports, transitively; missing imports are skipped. */
    public static Set<Resource> closure(Resource start) {
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Resource resource = todo.pop();
            if (!seen.add(resource)) {
                continue;
            }
            for (Import imported : imports(resource)) {
                Resource target = resolve(resource, imported);
                if (target != null && !seen.contains(target)) {
                    todo.add(target);
                }
            }
        }
        return seen;
    }

    /** The resources a file imports directly (loading them if needed); missing imports are skipped. */
    public static List<Resource> imported(Resource resource) {
        List<Resource> targets = new ArrayList<>();
        for (Import imported : imports(resource)) {
            Resource target = resolve(resource, imported);
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The resource an import points to, loading it if needed; null when no file of that name exists. */
    public static Resource resolve(Resource from, Import imported) {
        if (imported.getImportURI() == null
                || imported.getImportURI().isBlank()
                || from.getResourceSet() == null
                || isFolder(from, imported)) {
            return null; // "" would name the importing file itself; a folder cannot be loaded
        }
        URI uri = target(from, imported);
        ResourceSet resourceSet = from.getResourceSet();
        Resource loaded = resourceSet.getResource(uri, false);
        if (loaded != null) {
            return loaded;
        }
        URIConverter converter = resourceSet.getURIConverter();
        if (!converter.exists(uri, null)) {
            return null;
        }
        try {
            return resourceSet.getResource(uri, true);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Whether an import names a folder on disk (loading it would fail with "Is a directory"). */
    public static boolean isFolder(Resource from, Import imported) {
        URI uri = target(from, imported);
        return uri.isFile() && java.nio.file.Files.isDirectory(java.nio.file.Paths.get(uri.toFileString()));
    }

    /** The absolute URI an import names, resolved against the importing file. */
    public static URI target(Resource from, Import imported) {
        URI uri = URI.createURI(imported.getImportURI());
        return uri.isRelative() && from.getURI() != null && from.getURI().isHierarchical()
                ? uri.resolve(from.getURI())
                : uri;
    }

    public List<Resource> resources() {
        return resources;
    }

    /** Every object of this type anywhere in the family, in file order; computed once per family. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> all(Class<T> type) {
        return (List<T>) memo(
                type,
                () -> contents().stream()
                        .filter(type::isInstance)
                        .map(type::cast)
                        .toList());
    }

    /**
     * A value derived from the family, computed once: checks that would otherwise walk the whole
     * policy for every declaration share one index. A family lives as long as its resource set
     * stays the same ({@link FamilyCache}).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    private synchronized List<EObject> contents() {
        if (contents == null) {
            List<EObject> all = new ArrayList<>();
            for (Resource resource : resources) {
                for (EObject root : resource.getContents()) {
                    all.add(root);
                    root.eAllContents().forEachRemaining(all::add);
                }
            }
            contents = List.copyOf(all);
        }
        return contents;
    }

    private static List<Import> imports(Resource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PolicyFile file)) {
            return List.of();
        }
        return file.getImports();
    }

    private static boolean isPledge(Resource resource) {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PolicyFile;
    }
}
