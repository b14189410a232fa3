// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataOrigin;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Extension;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Purpose;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of Pledge's focused validators: each reports under a {@link Rule}, and all of them see the
 * same {@link PolicyFamily}, computed once per validation run.
 */
abstract class PledgeCheck extends AbstractDeclarativeValidator {

    private static final String FAMILY = PolicyFamily.class.getName();

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(PledgePackage.eINSTANCE);
    }

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into PledgeValidator; never registered on its own
    }

    protected PolicyFamily family(EObject context) {
        Map<Object, Object> cache = getContext();
        if (cache == null) {
            return PolicyFamily.of(context);
        }
        Object key = FAMILY + "@" + context.eResource().getURI();
        return (PolicyFamily) cache.computeIfAbsent(key, k -> PolicyFamily.of(context));
    }

    protected void error(Rule rule, String message, EObject object, EStructuralFeature feature, int index) {
        error(message, object, feature, index, rule.id());
    }

    protected void error(Rule rule, String message, EObject object, EStructuralFeature feature) {
        error(message, object, feature, rule.id());
    }

    /**
     * {@code data-unstated}: the policy does not itemise some data ({@code uses unstated}, {@code receives
     * unstated}).
     *
     * @param which what is not itemised: {@code data purpose 'ads' uses}
     * @param clause the clause that would itemise it: {@code uses}, {@code receives}
     */
    protected void dataUnstated(String which, String clause, EObject object, EStructuralFeature feature) {
        warning(
                Rule.DATA_UNSTATED,
                "the policy does not say which " + which + ": if it names the data, list it with `" + clause
                        + " <item>, <category>`",
                object,
                feature);
    }

    protected void warning(Rule rule, String message, EObject object, EStructuralFeature feature, int index) {
        warning(message, object, feature, index, rule.id());
    }

    protected void warning(Rule rule, String message, EObject object, EStructuralFeature feature) {
        warning(message, object, feature, rule.id());
    }

    /** A warning whose fix is the text {@code proposal}, passed on as the issue's data for quick fixes. */
    protected void warning(Rule rule, String message, EObject object, EStructuralFeature feature, String proposal) {
        warning(message, object, feature, rule.id(), proposal);
    }

    /**
     * The items a purpose uses, with what the extensions visible from {@code context}'s file add; the visible
     * extensions are looked up once per file (each look-up resolves the file's imports).
     */
    protected Set<DataItem> usedItems(Purpose purpose, EObject context) {
        List<Extension> visible = family(context)
                .memo("extensions-visible-from@" + context.eResource().getURI(), () -> Extensions.visibleFrom(context));
        return Extensions.items(purpose, visible);
    }

    /** True when the feature was written in the source (enum features read as their default otherwise). */
    protected static boolean written(EObject object, EStructuralFeature feature) {
        return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
    }

    /** The data items a reference to items or categories stands for. */
    static Set<DataItem> items(Collection<? extends DataSet> sets) {
        Set<DataItem> items = new LinkedHashSet<>();
        for (DataSet set : sets) {
            items.addAll(items(set));
        }
        return items;
    }

    static List<DataItem> items(DataSet set) {
        if (set instanceof DataCategory category) {
            return new ArrayList<>(category.getItems());
        }
        if (set instanceof DataItem item && !item.eIsProxy()) {
            return List.of(item);
        }
        return List.of();
    }

    /**
     * Where an item's data comes from: its own {@code origin}, else its category's, else null. The category's
     * is looked up once per category and validation run: looking it up per item scanned the category's whole
     * text once per item, and a category of 20,000 items took minutes.
     */
    DataOrigin origin(DataItem item) {
        PledgePackage p = PledgePackage.eINSTANCE;
        if (written(item, p.getDataItem_Origin())) {
            return item.getOrigin();
        }
        if (!(item.eContainer() instanceof DataCategory category)) {
            return null;
        }
        Optional<DataOrigin> origin = family(item)
                .memo(
                        List.of("category-origin", category),
                        () -> Optional.ofNullable(
                                written(category, p.getDataCategory_Origin()) ? category.getOrigin() : null));
        return origin.orElse(null);
    }

    /** A name or text for a message: in quotes, shortened when long (a message stays one readable line). */
    static String quote(String name) {
        String shown = name == null || name.length() <= 80 ? name : name.substring(0, 60) + "…";
        return "'" + shown + "'";
    }
}
