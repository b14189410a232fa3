// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The build gate: checks the policy, then scans the compiled classes (and, with
 * {@code includeDependencies}, the runtime dependency jars) for undeclared data, purposes, parties
 * and sharing. Prints every finding and a summary, writes SARIF and the data map, and fails the
 * build on violations, on a policy with errors, and on anything it cannot read.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractMojo {

    /** The policy: a {@code *.pledge} file, or a folder searched for them. */
    @Parameter(property = "pledge.policy", defaultValue = "${project.basedir}/src/main/pledge", required = true)
    File policy;

    /** The policy to check against when the files declare several (its name); by default the only one no other extends. */
    @Parameter(property = "pledge.policyId")
    String policyId;

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

    /** The compiled classes to scan. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classesDirectory;

    /** Skip the Pledge goals. */
    @Parameter(property = "pledge.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    String pluginVersion;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Pledge check (pledge.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping Pledge check: a project of packaging pom has no code");
            return;
        }
        Gate.Request request = new Gate.Request(
                project.getBasedir().toPath(),
                policy.toPath(),
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
                pluginVersion);
        try {
            Gate.run(request, getLog());
        } catch (PledgeBuildException e) {
            Mojos.fail(e);
        }
    }

    private List<Path> dependencies() throws MojoExecutionException {
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
            throw new MojoExecutionException("pledge: the dependencies are not resolved: " + e.getMessage(), e);
        }
    }

    private static List<Path> paths(List<String> elements) {
        return elements.stream().map(Path::of).toList();
    }
}
