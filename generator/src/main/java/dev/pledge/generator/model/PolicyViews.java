// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.generator.GeneratorException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Turns a checked policy (EMF model) into its {@link Policy} view. The only code that reads the
 * EMF model for backends: everything a backend needs is in the view.
 *
 * <p>A policy that {@code extends} a base is overlaid on it: the view holds the base's
 * declarations and the policy's own (names are unique across both, so nothing is replaced), and
 * the {@code policy} block's values of the policy, falling back to the base's.
 */
public final class PolicyViews {

    private PolicyViews() {}

    /**
     * The view of one policy of a load result.
     *
     * @param policyId the policy to map, or null for the only one that no other loaded policy extends
     * @throws GeneratorException if the files have errors, or the policy cannot be told
     */
    public static Policy of(LoadResult result, String policyId) throws GeneratorException {
        if (result.hasErrors()) {
            throw new GeneratorException("the policy has errors: fix them first (pledge check lists them)");
        }
        List<dev.pledge.dsl.pledge.Policy> declared = result.policies();
        if (declared.isEmpty()) {
            throw new GeneratorException(
                    "the files declare no policy: add `policy <name> \"<title>\" { version \"...\" }`"
                            + " to one of them");
        }
        List<dev.pledge.dsl.pledge.Policy> chosen = policyId == null
                ? leaves(declared)
                : declared.stream().filter(p -> policyId.equals(Values.id(p))).toList();
        String names =
                String.join(", ", declared.stream().map(Values::id).distinct().toList());
        if (chosen.isEmpty()) {
            throw new GeneratorException("no policy named '" + policyId + "' in the files; they declare: " + names);
        }
        if (chosen.size() > 1) {
            throw new GeneratorException(
                    policyId == null
                            ? "the files declare several policies (" + names + "): choose one by name"
                            : "several policies are named '" + policyId + "': load the files of one of them only");
        }
        try {
            return of(chosen.get(0));
        } catch (IllegalArgumentException e) {
            throw new GeneratorException(e.getMessage(), e);
        }
    }

    /**
     * The view of a checked policy without errors.
     *
     * @throws IllegalArgumentException if the policy refers to something that does not exist, or
     *         extends itself
     */
    public static Policy of(dev.pledge.dsl.pledge.Policy policy) {
        Objects.requireNonNull(policy, "policy");
        PolicyScope scope = PolicyScope.of(policy);
        PolicyInfo info = info(scope.lineage());
        Values values = new Values(info.defaultLanguage());
        DirectoryMapper directory = new DirectoryMapper(values);
        ProcessingMapper processing = new ProcessingMapper(values, scope.all(dev.pledge.dsl.pledge.Extension.class));
        List<dev.pledge.dsl.pledge.RequestProcedure> procedures =
                scope.all(dev.pledge.dsl.pledge.RequestProcedure.class);
        return new Policy(
                Values.id(policy),
                values.text(policy.getTitle()),
                policy.getBase() == null ? null : Values.id(policy.getBase()),
                info,
                map(scope, dev.pledge.dsl.pledge.Controller.class, directory::controller),
                map(scope, dev.pledge.dsl.pledge.Contact.class, directory::contact),
                map(scope, dev.pledge.dsl.pledge.Region.class, directory::region),
                map(scope, dev.pledge.dsl.pledge.DataCentre.class, directory::dataCentre),
                map(scope, dev.pledge.dsl.pledge.DataCategory.class, processing::category),
                map(scope, dev.pledge.dsl.pledge.Service.class, directory::service),
                map(scope, dev.pledge.dsl.pledge.Purpose.class, processing::purpose),
                map(scope, dev.pledge.dsl.pledge.Party.class, processing::party),
                map(scope, dev.pledge.dsl.pledge.Tracking.class, processing::tracking),
                map(scope, dev.pledge.dsl.pledge.Right.class, right -> processing.right(right, procedures)),
                map(scope, dev.pledge.dsl.pledge.RequestProcedure.class, processing::procedure),
                map(scope, dev.pledge.dsl.pledge.Transfer.class, processing::transfer),
                map(scope, dev.pledge.dsl.pledge.Retention.class, processing::retention),
                map(scope, dev.pledge.dsl.pledge.Children.class, processing::children),
                map(scope, dev.pledge.dsl.pledge.Security.class, directory::security),
                map(scope, dev.pledge.dsl.pledge.Certification.class, directory::certification),
                map(scope, dev.pledge.dsl.pledge.Marketing.class, processing::marketing),
                map(scope, dev.pledge.dsl.pledge.Changes.class, directory::changes),
                map(scope, dev.pledge.dsl.pledge.Commitment.class, processing::commitment),
                files(scope.resources()));
    }

    /** The policy block's values: the policy's own, else the nearest base's; lists root first. */
    private static PolicyInfo info(List<dev.pledge.dsl.pledge.Policy> lineage) {
        Set<String> languages = new LinkedHashSet<>();
        lineage.forEach(p -> languages.addAll(p.getLanguages()));
        Values values = new Values(
                languages.isEmpty()
                        ? Text.DEFAULT_LANGUAGE
                        : languages.iterator().next());
        Inherited inherited = new Inherited(lineage);
        return new PolicyInfo(
                inherited.value(dev.pledge.dsl.pledge.Policy::getVersion),
                inherited.value(dev.pledge.dsl.pledge.Policy::getEffective),
                List.copyOf(languages),
                inherited.value(dev.pledge.dsl.pledge.Policy::getUrl),
                values.text(inherited.value(dev.pledge.dsl.pledge.Policy::getSummary)),
                values.texts(inherited.all(dev.pledge.dsl.pledge.Policy::getAppliesTo)),
                Values.ids(inherited.all(dev.pledge.dsl.pledge.Policy::getAppliesToServices)),
                values.text(inherited.value(dev.pledge.dsl.pledge.Policy::getPrecedence)),
                values.texts(inherited.all(dev.pledge.dsl.pledge.Policy::getDefinitions)),
                values.texts(inherited.all(dev.pledge.dsl.pledge.Policy::getPrinciples)),
                values.text(inherited.value(dev.pledge.dsl.pledge.Policy::getNoSale)),
                values.text(inherited.value(dev.pledge.dsl.pledge.Policy::getAutomatedDecisions)),
                values.text(inherited.value(dev.pledge.dsl.pledge.Policy::getBreachNotification)),
                values.texts(inherited.all(dev.pledge.dsl.pledge.Policy::getNotes)),
                values.provision(inherited.value(dev.pledge.dsl.pledge.Policy::getProvision)),
                values.told(inherited.all(dev.pledge.dsl.pledge.Policy::getTold)));
    }

    /** Values of a lineage (root first): the last one stated wins; lists add up. */
    private record Inherited(List<dev.pledge.dsl.pledge.Policy> lineage) {
        <T> T value(Function<dev.pledge.dsl.pledge.Policy, T> getter) {
            T found = null;
            for (dev.pledge.dsl.pledge.Policy policy : lineage) {
                T value = getter.apply(policy);
                found = value == null ? found : value;
            }
            return found;
        }

        <T> List<T> all(Function<dev.pledge.dsl.pledge.Policy, List<T>> getter) {
            List<T> all = new ArrayList<>();
            lineage.forEach(policy -> all.addAll(getter.apply(policy)));
            return all;
        }
    }

    private static <E extends org.eclipse.emf.ecore.EObject, V> List<V> map(
            PolicyScope scope, Class<E> type, Function<E, V> mapper) {
        return scope.all(type).stream().map(mapper).toList();
    }

    /** The policies no other one extends: what a user means when they name no policy. */
    private static List<dev.pledge.dsl.pledge.Policy> leaves(List<dev.pledge.dsl.pledge.Policy> policies) {
        return policies.stream()
                .filter(p -> policies.stream().noneMatch(other -> other.getBase() == p))
                .toList();
    }

    private static List<Path> files(List<Resource> resources) {
        List<Path> files = new ArrayList<>();
        for (Resource resource : resources) {
            URI uri = resource.getURI();
            if (uri != null
                    && uri.isFile()
                    && !resource.getContents().isEmpty()
                    && resource.getContents().get(0) instanceof PolicyFile) {
                files.add(Paths.get(uri.toFileString()));
            }
        }
        return files;
    }
}
