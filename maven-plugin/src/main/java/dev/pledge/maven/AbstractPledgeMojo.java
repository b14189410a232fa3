// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.scanner.report.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the Pledge goals have in common: where the policy is (configured, or found in the module or
 * the modules above it), the build's shared state.
 */
public abstract class AbstractPledgeMojo extends AbstractMojo {

    /**
     * The policy: a {@code *.pledge} file, or a folder searched for them. By default the module's
     * {@code src/main/pledge}, else that of the nearest parent module that has one, up to the
     * reactor's root: a policy in the root's {@code src/main/pledge} serves every module. A relative
     * path is looked for in the same places (the module first); another one is used as given.
     */
    @Parameter(property = "pledge.policy")
    File policy;

    /** The policy to use when the files declare several (its name); by default the only one no other extends. */
    @Parameter(property = "pledge.policyId")
    String policyId;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** The state this build's Pledge goals share. */
    Reactor reactor() {
        return Reactor.of(session, plugin, getLog());
    }

    /** The folder printed paths are relative to: where the build started. */
    Path root() {
        return Mojos.root(session, project);
    }

    /** The module's policy file or folder, configured or found. */
    Path policyLocation() throws PledgeBuildException {
        Path module = project.getBasedir().toPath();
        return PolicyLocation.find(
                PolicyLocation.places(
                        policy == null ? null : policy.toPath(), module, parents(), Mojos.reactorRoot(session, module)),
                root());
    }

    /** The folders of the module's Maven parents that were read from a folder (not a repository), nearest first. */
    private List<Path> parents() {
        Path repository = session.getLocalRepository() == null
                ? null
                : Path.of(session.getLocalRepository().getBasedir()).toAbsolutePath();
        List<Path> parents = new ArrayList<>();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            File folder = parent.getBasedir();
            if (folder == null
                    || repository != null && folder.toPath().toAbsolutePath().startsWith(repository)) {
                break;
            }
            parents.add(folder.toPath());
        }
        return parents;
    }

    /** This module's check, for the build's summary. */
    ModuleCheck moduleCheck(CheckedPolicy checked, ScanResult scan, String notScanned) {
        return new ModuleCheck(
                Reactor.id(project), project.getName(), project.getBasedir().toPath(), checked, scan, notScanned);
    }
}
