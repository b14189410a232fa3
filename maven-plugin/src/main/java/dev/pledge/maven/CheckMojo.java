// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The build gate: checks the policy, then scans the compiled classes (and, with
 * {@code includeDependencies}, the runtime dependency jars) for undeclared data, purposes, parties
 * and sharing. Prints every finding and a summary, writes SARIF and the data map, and fails the
 * build on violations, on a policy with errors, and on anything it cannot read. In a build of several
 * modules the policy is checked once, and the build ends with one summary and one report of them all.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractPledgeMojo {

    /** Skip the check (the build gate). The consent API is still generated: code using it compiles. */
    @Parameter(property = "pledge.skip", defaultValue = "false")
    boolean skip;

    /** Whether violations fail the build. Unreadable classes and policy errors fail it regardless. */
    @Parameter(property = "pledge.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** Scan the runtime dependency jars too, not only the project's own classes. */
    @Parameter(property = "pledge.includeDependencies", defaultValue = "false")
    boolean includeDependencies;

    /** Warnings (of the policy and of the scan) fail the build too. */
    @Parameter(property = "pledge.strict", defaultValue = "false")
    boolean strict;

    /** The SARIF 2.1.0 report; the data map ({@code data-map.json}, {@code data-map.html}) is written beside it. */
    @Parameter(
            property = "pledge.sarifFile",
            defaultValue = "${project.build.directory}/pledge/pledge.sarif",
            required = true)
    File sarifFile;

    /** Annotations (binary names or globs such as {@code **.SuppressPledge}) that suppress findings where they are. */
    @Parameter(property = "pledge.suppressAnnotations")
    List<String> suppressAnnotations;

    /** Extra catalogue files: platform APIs bound to data, SDK packages bound to parties (see docs/scanner.md). */
    @Parameter(property = "pledge.catalogues")
    List<File> catalogues;

    /**
     * A baseline file ({@code pledge scan --write-baseline FILE}): the findings it lists are reported as
     * known and do not fail the build; new ones do.
     */
    @Parameter(property = "pledge.baseline")
    File baseline;

    /**
     * Code whose findings do not count, each with the reason (required, shown in the report):
     * {@code <exclude><pattern>com.h2database:h2</pattern><reason>...</reason></exclude>}; the pattern
     * is {@code group:artifact} (globs allowed) or a package glob ({@code org.h2.server.**}).
     */
    @Parameter
    List<Exclude> excludes;

    /** The compiled classes to scan. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classesDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping Pledge check: a project of packaging pom has no code");
            return;
        }
        Reactor reactor = reactor();
        if (skip) {
            getLog().info("Skipping Pledge check (pledge.skip)");
            reactor.checked(moduleCheck(null, null, "skipped (pledge.skip)"));
            return;
        }
        Gate.Outcome outcome;
        try {
            outcome = Gate.run(request(), reactor.policies(), getLog());
        } catch (PledgeBuildException e) {
            reactor.checked(moduleCheck(null, null, e.getMessage()));
            Mojos.fail(e);
            return;
        }
        reactor.checked(moduleCheck(
                outcome.policy(),
                outcome.scan(),
                outcome.scan() == null ? outcome.failure().getMessage() : null));
        try {
            outcome.throwIfFailed();
        } catch (PledgeBuildException e) {
            Mojos.fail(e);
        }
    }

    private Gate.Request request() throws PledgeBuildException {
        return new Gate.Request(
                root(),
                project.getBasedir().toPath(),
                policyLocation(),
                policyId,
                classesDirectory.toPath(),
                dependencies(),
                paths(project.getCompileSourceRoots()),
                failOnViolation,
                strict,
                sarifFile.toPath(),
                suppressAnnotations == null ? List.of() : suppressAnnotations,
                catalogues == null
                        ? List.of()
                        : catalogues.stream().map(File::toPath).toList(),
                plugin.getVersion(),
                baseline == null ? null : baseline.toPath(),
                exclusions());
    }

    private List<dev.pledge.scanner.model.Exclude> exclusions() throws PledgeBuildException {
        List<dev.pledge.scanner.model.Exclude> list = new ArrayList<>();
        for (Exclude exclude : excludes == null ? List.<Exclude>of() : excludes) {
            try {
                list.add(exclude.toExclude());
            } catch (IllegalArgumentException e) {
                throw PledgeBuildException.failure("<excludes>: " + e.getMessage(), e);
            }
        }
        return list;
    }

    private List<Path> dependencies() throws PledgeBuildException {
        if (!includeDependencies) {
            return List.of();
        }
        try {
            List<String> elements = new ArrayList<>(project.getRuntimeClasspathElements());
            elements.remove(project.getBuild().getOutputDirectory());
            // Android libraries (type aar) are not on Maven's class path, but their classes ship in the app
            for (org.apache.maven.artifact.Artifact artifact : project.getArtifacts()) {
                if ("aar".equals(artifact.getType())
                        && artifact.getFile() != null
                        && !artifact.getArtifactHandler().isAddedToClasspath()
                        && !"test".equals(artifact.getScope())
                        && !"provided".equals(artifact.getScope())) {
                    elements.add(artifact.getFile().getPath());
                }
            }
            return paths(elements);
        } catch (DependencyResolutionRequiredException e) {
            throw PledgeBuildException.error("the dependencies are not resolved: " + e.getMessage(), e);
        }
    }

    private static List<Path> paths(List<String> elements) {
        return elements.stream().map(Path::of).toList();
    }
}
