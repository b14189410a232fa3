// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import dev.pledge.dsl.pledge.Element;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.dsl.validation.PolicyFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The files one policy is made of, in order. A policy's lineage is the policy and the bases it
 * {@code extends}, root first. Its files are the lineage's files and what they import (root first,
 * each in import order), then the other files of its {@link PolicyFamily} (files that import it),
 * leaving out the files that only another policy brings in: a base loaded with two regional
 * policies that extend it does not take in the regional files.
 */
final class PolicyScope {

    private final List<Policy> lineage;
    private final List<Resource> resources;

    private PolicyScope(List<Policy> lineage, List<Resource> resources) {
        this.lineage = List.copyOf(lineage);
        this.resources = List.copyOf(resources);
    }

    static PolicyScope of(Policy policy) {
        List<Policy> lineage = lineage(policy);
        Set<Resource> own = new LinkedHashSet<>();
        for (Policy member : lineage) {
            own.addAll(PolicyFamily.closure(member.eResource()));
        }
        Set<Resource> candidates = new LinkedHashSet<>(own);
        candidates.addAll(PolicyFamily.of(policy).resources());
        Set<Resource> others = new HashSet<>();
        for (Resource resource : candidates) {
            for (Policy declared : policies(resource)) {
                if (!lineage.contains(declared)) {
                    others.addAll(PolicyFamily.closure(declared.eResource()));
                }
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (Resource resource : candidates) {
            if (own.contains(resource) || !others.contains(resource)) {
                resources.add(resource);
            }
        }
        return new PolicyScope(lineage, resources);
    }

    /** The policy and its bases, root first. */
    List<Policy> lineage() {
        return lineage;
    }

    List<Resource> resources() {
        return resources;
    }

    /** Every object of a type in the policy's files, in file order, then order written. */
    <T extends EObject> List<T> all(Class<T> type) {
        List<T> all = new ArrayList<>();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                all.addAll(EcoreUtil2.getAllContentsOfType(root, type));
            }
        }
        return all;
    }

    private static List<Policy> lineage(Policy policy) {
        List<Policy> chain = new ArrayList<>();
        for (Policy member = policy; member != null; member = member.getBase()) {
            if (member.eIsProxy()) {
                throw new IllegalArgumentException("policy '" + Values.id(chain.get(chain.size() - 1))
                        + "' extends a policy that does not exist: check the policy and fix its errors first");
            }
            if (chain.contains(member)) {
                throw new IllegalArgumentException("policy '" + Values.id(policy) + "' extends itself (through "
                        + String.join(" -> ", chain.stream().map(Values::id).toList()) + " -> " + Values.id(member)
                        + "): remove one of the `extends`");
            }
            chain.add(member);
        }
        Collections.reverse(chain);
        return chain;
    }

    private static List<Policy> policies(Resource resource) {
        List<Policy> policies = new ArrayList<>();
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PolicyFile file) {
            for (Element element : file.getElements()) {
                if (element instanceof Policy declared) {
                    policies.add(declared);
                }
            }
        }
        return policies;
    }
}
