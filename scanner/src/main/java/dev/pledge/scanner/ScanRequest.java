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
 * @param roots class folders and jars (also {@code .war}, {@code .aar} and {@code .zip}); jars
 *        nested in them are scanned too
 */
public record ScanRequest(Policy policy, List<Path> roots, ScanOptions options) {

    public ScanRequest {
        Objects.requireNonNull(policy, "policy");
        roots = List.copyOf(roots);
        Objects.requireNonNull(options, "options");
    }

    /** A request with {@link ScanOptions#defaults()}. */
    public ScanRequest(Policy policy, List<Path> roots) {
        this(policy, roots, ScanOptions.defaults());
    }
}
