// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What the Pledge goals share within one Maven build: the policies, each checked once
 * ({@link PolicyCache}); each module's check; which module generates the API of which policy. When
 * the build ends (passed or failed, in parallel or not, whole or with {@code -pl}/{@code -rf}), a
 * build of several modules prints one summary of them all and writes the whole build's reports.
 *
 * <p>Maven has no end-of-build callback for a plugin. The first Pledge goal of a build puts a
 * {@link ReactorListener} on the build's request, in front of the listener there (Maven's own);
 * it passes every event on, and calls {@link #end} when the build ends. The request also finds this
 * object again from any module: the session each thread has is a copy that shares the request.
 */
final class Reactor {

    /** The builds under way; weak, so a build's state goes with its request. */
    private static final Map<MavenExecutionRequest, Reactor> BUILDS = new WeakHashMap<>();

    private final PolicyCache policies = new PolicyCache();
    private final Map<String, ModuleCheck> checks = new ConcurrentHashMap<>();
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    private final Map<String, Generator> generators = new ConcurrentHashMap<>();
    private final String pluginKey;
    private final String toolVersion;
    private final Log log;

    /** The module that generates a package's API, and from which policy. */
    private record Generator(Path policy, String module) {}

    /**
     * @param pluginKey the plugin's {@code groupId:artifactId}, to tell which modules declare its goals
     * @param toolVersion the plugin's version, for the reports
     * @param log where the summary goes
     */
    Reactor(String pluginKey, String toolVersion, Log log) {
        this.pluginKey = pluginKey;
        this.toolVersion = toolVersion;
        this.log = log;
    }

    /** The state of the session's build, made (and its listener installed) by the build's first goal. */
    static Reactor of(MavenSession session, PluginDescriptor plugin, Log log) {
        MavenExecutionRequest request = session.getRequest();
        synchronized (BUILDS) {
            Reactor reactor = BUILDS.get(request);
            if (reactor == null) {
                reactor = new Reactor(plugin.getPluginLookupKey(), plugin.getVersion(), log);
                BUILDS.put(request, reactor);
                request.setExecutionListener(new ReactorListener(request.getExecutionListener(), reactor));
            }
            return reactor;
        }
    }

    PolicyCache policies() {
        return policies;
    }

    /** Keeps a module's check for the summary. */
    void checked(ModuleCheck check) {
        checks.put(check.id(), check);
    }

    /**
     * Notes that a module generates the API of a policy into a package.
     *
     * @return another module that generates the same policy's API into the same package in this
     *     build, or null
     */
    String generates(String packageName, Path policy, String module) {
        Generator mine = new Generator(policy.toAbsolutePath().normalize(), module);
        Generator first = generators.putIfAbsent(packageName, mine);
        return first != null
                        && first.policy().equals(mine.policy())
                        && !first.module().equals(module)
                ? first.module()
                : null;
    }

    /** Notes why a module's build stopped, should it have had no check. */
    void stopped(MavenProject project, String why) {
        stopped.put(id(project), why);
    }

    /** At the end of the build: the summary and the whole build's reports, for a build of several modules. */
    void end(MavenSession session) {
        synchronized (BUILDS) {
            BUILDS.remove(session.getRequest());
        }
        try {
            List<ReactorSummary.Row> rows = new ArrayList<>();
            for (MavenProject project : session.getProjects()) {
                ModuleCheck check = checks.get(id(project));
                if (check != null) {
                    rows.add(new ReactorSummary.Row(check.name(), check, null));
                } else if (declaresCheck(project)) {
                    rows.add(new ReactorSummary.Row(
                            project.getName(),
                            null,
                            stopped.getOrDefault(id(project), "the build stopped before its check")));
                }
            }
            Path root = Mojos.root(session, null);
            end(rows, root, reportFolder(session, root).resolve("pledge.sarif"));
        } catch (RuntimeException e) {
            // the build is over: a fault here must not hide Maven's own summary
            log.error("Pledge: cannot summarise the build: " + e, e);
        }
    }

    /**
     * Prints the summary and writes the whole build's reports, when the build has several modules and
     * one was checked against a policy.
     */
    void end(List<ReactorSummary.Row> rows, Path root, Path sarifFile) {
        List<ModuleCheck> ordered = rows.stream()
                .map(ReactorSummary.Row::check)
                .filter(Objects::nonNull)
                .toList();
        if (rows.size() < 2 || ordered.stream().allMatch(check -> check.policy() == null)) {
            return;
        }
        Path reports = sarifFile;
        try {
            ReactorReport.write(ordered, root, sarifFile, toolVersion);
        } catch (PledgeBuildException e) {
            log.error("Pledge: cannot write the reports of the whole build: " + e.getMessage());
            reports = null;
        }
        ReactorSummary.lines(rows, root, reports).forEach(log::info);
    }

    private boolean declaresCheck(MavenProject project) {
        Plugin plugin = "pom".equals(project.getPackaging()) ? null : project.getPlugin(pluginKey);
        return plugin != null
                && plugin.getExecutions().stream()
                        .anyMatch(execution -> execution.getGoals().contains("check"));
    }

    /** Where the whole build's reports go: {@code target/pledge} of the project the build started in. */
    private static Path reportFolder(MavenSession session, Path root) {
        MavenProject top = session.getTopLevelProject();
        boolean topIsRoot = top != null
                && top.getBasedir() != null
                && top.getBasedir().toPath().toAbsolutePath().normalize().equals(root);
        Path target = topIsRoot ? Path.of(top.getBuild().getDirectory()) : root.resolve("target");
        return target.resolve("pledge");
    }

    static String id(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }
}
