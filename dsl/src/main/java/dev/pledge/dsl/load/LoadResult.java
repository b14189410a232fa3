// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.PolicyFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Loaded and checked policy files: the findings, sorted by file and position, and the resolved
 * model for backends that go on to generate from it (only when there are no errors).
 */
public record LoadResult(List<Path> files, List<Finding> findings, ResourceSet resourceSet) {

    public LoadResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Every policy declared in the loaded files and their imports, in load order. */
    public List<Policy> policies() {
        List<Policy> policies = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PolicyFile file) {
                file.getElements().stream()
                        .filter(Policy.class::isInstance)
                        .map(Policy.class::cast)
                        .forEach(policies::add);
            }
        }
        return policies;
    }
}
