// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** What the goals need of Maven: the build's folders, and failures as Maven exceptions. */
final class Mojos {

    private Mojos() {}

    /** Always throws: {@link MojoFailureException} for the project's input, {@link MojoExecutionException} otherwise. */
    static void fail(PledgeBuildException e) throws MojoExecutionException, MojoFailureException {
        String message = "pledge: " + e.getMessage();
        if (e.isFailure()) {
            throw new MojoFailureException(message, e);
        }
        throw new MojoExecutionException(message, e);
    }

    /**
     * The folder the build started in (where {@code mvn} ran, or the folder of {@code -f}): printed
     * paths are relative to it, and the whole build's reports go below it.
     *
     * @param fallback the project whose folder to use when the session does not tell; may be null
     */
    static Path root(MavenSession session, MavenProject fallback) {
        String root = session.getExecutionRootDirectory();
        if (root == null && fallback != null) {
            return fallback.getBasedir().toPath().toAbsolutePath().normalize();
        }
        return Path.of(root == null ? "" : root).toAbsolutePath().normalize();
    }

    /**
     * The reactor's root folder above a module, up to which the default policy is looked for: the
     * highest of {@code maven.multiModuleProjectDirectory} (the folder with {@code .mvn}), the folder
     * of the build's top-level project and the folder the build started in that holds the module.
     */
    static Path reactorRoot(MavenSession session, Path module) {
        Path start = module.toAbsolutePath().normalize();
        File multiModule = session.getRequest().getMultiModuleProjectDirectory();
        MavenProject top = session.getTopLevelProject();
        String executionRoot = session.getExecutionRootDirectory();
        return Stream.of(
                        multiModule,
                        top == null ? null : top.getBasedir(),
                        executionRoot == null ? null : new File(executionRoot))
                .filter(java.util.Objects::nonNull)
                .map(folder -> folder.toPath().toAbsolutePath().normalize())
                .filter(start::startsWith)
                .min(java.util.Comparator.comparingInt(Path::getNameCount))
                .orElse(start);
    }
}
