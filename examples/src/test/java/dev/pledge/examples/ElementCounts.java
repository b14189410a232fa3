// SPDX-License-Identifier: Apache-2.0
package dev.pledge.examples;

import dev.pledge.dsl.pledge.Certification;
import dev.pledge.dsl.pledge.ChangeLogEntry;
import dev.pledge.dsl.pledge.Children;
import dev.pledge.dsl.pledge.Contact;
import dev.pledge.dsl.pledge.Controller;
import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataCentre;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.Marketing;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.RequestProcedure;
import dev.pledge.dsl.pledge.Retention;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.pledge.Security;
import dev.pledge.dsl.pledge.Service;
import dev.pledge.dsl.pledge.Tracking;
import dev.pledge.dsl.pledge.Transfer;
import dev.pledge.dsl.pledge.Translation;
import dev.pledge.dsl.validation.PolicyFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/** The README's table: how many of each element every example policy declares in its own files. */
final class ElementCounts {

    private ElementCounts() {}

    static String table(List<Policy> policies) {
        List<Policy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparing(Policy::getName));
        Map<String, ToLongFunction<List<EObject>>> rows = new LinkedHashMap<>();
        rows.put("controllers", count(Controller.class));
        rows.put("contacts", count(Contact.class));
        rows.put("regions", count(Region.class));
        rows.put("data centres", count(DataCentre.class));
        rows.put("data categories", count(DataCategory.class));
        rows.put("data items", count(DataItem.class));
        rows.put(
                "of which sensitive",
                all -> of(all, DataItem.class).stream()
                        .filter(DataItem::isSensitive)
                        .count());
        rows.put("services", count(Service.class));
        rows.put("purposes", count(Purpose.class));
        rows.put(
                "named third parties",
                all -> of(all, Party.class).stream().filter(Party::isNamed).count());
        rows.put(
                "recipient kinds",
                all -> of(all, Party.class).stream().filter(p -> !p.isNamed()).count());
        rows.put("tracking technologies", count(Tracking.class));
        rows.put("direct-marketing rules", count(Marketing.class));
        rows.put("rights and controls", count(Right.class));
        rows.put("request procedures", count(RequestProcedure.class));
        rows.put("transfers", count(Transfer.class));
        rows.put("retention rules", count(Retention.class));
        rows.put("children's rules", count(Children.class));
        rows.put("security measures", count(Security.class));
        rows.put("certifications", count(Certification.class));
        rows.put("change-log entries", count(ChangeLogEntry.class));
        rows.put(
                "zh translations",
                all -> of(all, Translation.class).stream()
                        .filter(t -> "zh".equals(t.getLanguage()))
                        .count());
        rows.put(
                "ru translations",
                all -> of(all, Translation.class).stream()
                        .filter(t -> "ru".equals(t.getLanguage()))
                        .count());

        List<List<EObject>> contents =
                sorted.stream().map(ElementCounts::ownContents).toList();
        StringBuilder table = new StringBuilder("| element |");
        sorted.forEach(p -> table.append(" `").append(p.getName()).append("` |"));
        table.append("\n|---|").append("---:|".repeat(sorted.size())).append('\n');
        rows.forEach((label, counter) -> {
            table.append("| ").append(label).append(" |");
            contents.forEach(
                    all -> table.append(' ').append(counter.applyAsLong(all)).append(" |"));
            table.append('\n');
        });
        return table.toString();
    }

    /** Everything in the policy's own files: its imports, less what its base policy brings. */
    private static List<EObject> ownContents(Policy policy) {
        Set<Resource> files = new java.util.LinkedHashSet<>(PolicyFamily.closure(policy.eResource()));
        if (policy.getBase() != null && policy.getBase().eResource() != null) {
            files.removeAll(PolicyFamily.closure(policy.getBase().eResource()));
        }
        List<EObject> all = new ArrayList<>();
        files.forEach(r -> r.getContents().forEach(root -> all.addAll(EcoreUtil2.eAllContentsAsList(root))));
        return all;
    }

    private static <T> ToLongFunction<List<EObject>> count(Class<T> type) {
        return all -> of(all, type).size();
    }

    private static <T> List<T> of(List<EObject> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
