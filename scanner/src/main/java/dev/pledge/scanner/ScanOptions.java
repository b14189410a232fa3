// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.model.Exclude;
import java.nio.file.Path;
import java.util.List;

/**
 * How to scan. Start from {@link #defaults()} and change what you need with the {@code with...}
 * methods.
 *
 * @param sourceRoots folders holding the Java sources of the scanned classes (e.g.
 *        {@code src/main/java}); a finding in {@code com/example/App.java} names the file found
 *        below the first root that has it, or the package path when none has it
 * @param catalogues extra catalogue files (the built-in catalogue's format, see docs/scanner.md)
 * @param builtInCatalogue whether to use the built-in catalogue of platform APIs and SDKs
 * @param suppressAnnotations annotations that suppress findings in the class or method they are
 *        on, as binary names or globs ({@code **.SuppressPledge}, {@code com.example.*}); any
 *        retention, no dependency needed
 * @param threads how many threads read classes; 0 for one per available processor
 * @param release for multi-release jars, the Java release whose classes are scanned (the
 *        highest {@code META-INF/versions/N} not above it); 0 for the running Java's
 * @param excludes code whose findings do not count (reported as excluded, with the reason)
 * @param baseline a baseline file ({@code --write-baseline}): the findings it lists are reported as
 *        known and do not count; null for none
 * @param eagerDependencyCode whether to read every method body of dependency classes up front rather than
 *        when needed (same results, more work: for comparisons)
 */
public record ScanOptions(
        List<Path> sourceRoots,
        List<Path> catalogues,
        boolean builtInCatalogue,
        List<String> suppressAnnotations,
        int threads,
        int release,
        List<Exclude> excludes,
        Path baseline,
        boolean eagerDependencyCode) {

    public ScanOptions {
        sourceRoots = List.copyOf(sourceRoots);
        catalogues = List.copyOf(catalogues);
        suppressAnnotations = List.copyOf(suppressAnnotations);
        excludes = List.copyOf(excludes);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, not " + threads);
        }
        if (release < 0) {
            throw new IllegalArgumentException(
                    "release must be 0 (the running Java's) or a Java release, not " + release);
        }
    }

    /** No source roots, no extra catalogues, the built-in catalogue, one thread per processor. */
    public static ScanOptions defaults() {
        return new ScanOptions(List.of(), List.of(), true, List.of(), 0, 0, List.of(), null, false);
    }

    public ScanOptions withSourceRoots(List<Path> roots) {
        return new ScanOptions(
                roots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                release,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withCatalogues(List<Path> files) {
        return new ScanOptions(
                sourceRoots,
                files,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                release,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withBuiltInCatalogue(boolean use) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                use,
                suppressAnnotations,
                threads,
                release,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withSuppressAnnotations(List<String> annotations) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                annotations,
                threads,
                release,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withThreads(int count) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                count,
                release,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withRelease(int javaRelease) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                javaRelease,
                excludes,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withExcludes(List<Exclude> list) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                release,
                list,
                baseline,
                eagerDependencyCode);
    }

    public ScanOptions withBaseline(Path file) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                release,
                excludes,
                file,
                eagerDependencyCode);
    }

    public ScanOptions withEagerDependencyCode(boolean eager) {
        return new ScanOptions(
                sourceRoots,
                catalogues,
                builtInCatalogue,
                suppressAnnotations,
                threads,
                release,
                excludes,
                baseline,
                eager);
    }

    /** The thread count to use: {@link #threads()}, or the number of available processors. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The release to use for multi-release jars: {@link #release()}, or the running Java's. */
    public int effectiveRelease() {
        return release > 0 ? release : Runtime.version().feature();
    }
}
