// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The families of a resource set's files, computed once while the set stays the same: checking a
 * policy's six files asked for the same family (and walked all its objects) six times. Any file
 * loaded, added, removed, unloaded or given new contents forgets every family; a file parsed
 * again in place (a partial parse changes objects deep inside, which the resource does not
 * announce) no longer matches the parse result its family was computed from.
 */
final class FamilyCache extends AdapterImpl {

    private final Map<Resource, Entry> families = new HashMap<>();

    private record Entry(PolicyFamily family, List<Object> stamps) {}

    static PolicyFamily of(Resource resource, Function<Resource, PolicyFamily> compute) {
        ResourceSet set = resource.getResourceSet();
        FamilyCache cache;
        synchronized (set) {
            cache = (FamilyCache) EcoreUtil.getExistingAdapter(set, FamilyCache.class);
            if (cache == null) {
                cache = new FamilyCache();
                set.eAdapters().add(cache);
            }
        }
        synchronized (cache) {
            Entry known = cache.families.get(resource);
            if (known != null && known.stamps().equals(stamps(known.family()))) {
                return known.family();
            }
        }
        PolicyFamily family = compute.apply(resource);
        synchronized (cache) {
            family = cache.sameFiles(family);
            for (Resource member : family.resources()) {
                if (!member.eAdapters().contains(cache)) {
                    member.eAdapters().add(cache);
                }
            }
            cache.families.put(resource, new Entry(family, stamps(family)));
        }
        return family;
    }

    /**
     * A family already computed for the same files in the same order, if any: files of a policy whose import
     * closures list the same files share it, and each index over the whole policy is computed once instead of
     * once per file. The order must match too: an index lists objects in file order, and messages that name
     * several of them (the purposes a notice is silent for) must not depend on which file was checked first.
     */
    private PolicyFamily sameFiles(PolicyFamily family) {
        for (Entry other : families.values()) {
            if (other.family().resources().equals(family.resources())
                    && other.stamps().equals(stamps(other.family()))) {
                return other.family();
            }
        }
        return family;
    }

    /** What identifies each member's current parse: a new parse result, or a new root object. */
    private static List<Object> stamps(PolicyFamily family) {
        return family.resources().stream()
                .map(member -> member instanceof XtextResource xtext && xtext.getParseResult() != null
                        ? (Object) xtext.getParseResult()
                        : member.getContents().isEmpty()
                                ? member
                                : member.getContents().get(0))
                .toList();
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == FamilyCache.class;
    }

    @Override
    public void notifyChanged(Notification notification) {
        Object notifier = notification.getNotifier();
        boolean changed = notifier instanceof ResourceSet
                        && notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
                || notifier instanceof Resource
                        && switch (notification.getFeatureID(Resource.class)) {
                            case Resource.RESOURCE__CONTENTS, Resource.RESOURCE__IS_LOADED, Resource.RESOURCE__URI ->
                                true;
                            default -> false;
                        };
        if (changed) {
            synchronized (this) {
                families.clear();
            }
        }
    }
}
