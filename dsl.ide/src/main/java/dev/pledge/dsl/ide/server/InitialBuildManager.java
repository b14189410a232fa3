// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Lets {@code initialize} answer before the workspace is built: while deferring, the first build
 * of new projects is only recorded, and {@link #buildDeferred} runs it later, as a request of its
 * own. Editors show their user interface as soon as {@code initialize} answers, and the workspace's
 * diagnostics follow as each file is checked.
 */
public class InitialBuildManager extends BuildManager {

    private final List<ProjectDescription> deferred = new ArrayList<>();
    private boolean deferring;

    void defer(boolean on) {
        deferring = on;
    }

    boolean hasDeferred() {
        return !deferred.isEmpty();
    }

    @Override
    public List<IResourceDescription.Delta> doInitialBuild(
            List<ProjectDescription> projects, CancelIndicator indicator) {
        if (deferring) {
            deferred.addAll(projects);
            return List.of();
        }
        return super.doInitialBuild(projects, indicator);
    }

    /** Builds the projects whose first build was deferred; not cancellable, as Xtext's own first build. */
    List<IResourceDescription.Delta> buildDeferred() {
        if (deferred.isEmpty()) {
            return List.of();
        }
        List<ProjectDescription> projects = new ArrayList<>(deferred);
        deferred.clear();
        return super.doInitialBuild(projects, CancelIndicator.NullImpl);
    }
}
