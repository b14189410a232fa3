// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One scan: the policy to check against, and what to scan.
 *
 * @param policy the checked policy's view ({@code PolicyViews.of(loadResult, null)})
 * @param roots the application: class folders and jars (also {@code .war}, {@code .aar} and
 *        {@code .zip}); jars nested in them, and jars in the folders, are scanned too, as its
 *        dependencies
 * @param dependencies the application's dependencies: jars and folders whose classes are all
 *        dependency code (the Maven plugin's runtime class path with {@code includeDependencies})
 */
public record ScanRequest(Policy policy, List<Path> roots, ScanOptions options, List<Path> dependencies) {

    public ScanRequest {
        Objects.requireNonNull(policy, "policy");
        roots = List.copyOf(roots);
        Objects.requireNonNull(options, "options");
        dependencies = List.copyOf(dependencies);
    }

    /** A request without separate dependencies. */
    public ScanRequest(Policy policy, List<Path> roots, ScanOptions options) {
        this(policy, roots, options, List.of());
    }

    /** A request with {@link ScanOptions#defaults()}. */
    public ScanRequest(Policy policy, List<Path> roots) {
        this(policy, roots, ScanOptions.defaults());
    }
}
