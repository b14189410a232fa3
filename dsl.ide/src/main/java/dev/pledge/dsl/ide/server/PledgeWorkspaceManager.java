// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Xtext's workspace, with two changes: a document keeps the version the editor gave it (Xtext
 * counts content changes instead, so its versions drift from the editor's), and the first build
 * runs after {@code initialize} has answered ({@link InitialBuildManager}).
 */
public class PledgeWorkspaceManager extends WorkspaceManager {

    /** Versions of the open documents, read when diagnostics are published (possibly on another thread). */
    private final Map<URI, Integer> versions = new ConcurrentHashMap<>();

    private InitialBuildManager initialBuild;

    @Override
    public void setBuildManager(BuildManager buildManager) {
        super.setBuildManager(buildManager);
        initialBuild = (InitialBuildManager) buildManager;
    }

    @Override
    public void initialize(
            List<WorkspaceFolder> workspaceFolders,
            Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
            CancelIndicator cancelIndicator) {
        initialBuild.defer(true);
        try {
            super.initialize(workspaceFolders, issueAcceptor, cancelIndicator);
        } finally {
            initialBuild.defer(false);
        }
    }

    boolean hasPendingInitialBuild() {
        return initialBuild.hasDeferred();
    }

    /** Runs the first build that {@code initialize} deferred, if it has not run yet. */
    void completeInitialBuild() {
        if (initialBuild.hasDeferred()) {
            afterBuild(initialBuild.buildDeferred());
        }
    }

    @Override
    public BuildManager.Buildable didOpen(URI uri, Integer version, String contents) {
        remember(uri, version);
        return super.didOpen(uri, version, contents);
    }

    @Override
    public BuildManager.Buildable didChangeTextDocumentContent(
            URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
        BuildManager.Buildable build = super.didChangeTextDocumentContent(uri, version, changes);
        Document changed = getOpenDocuments().get(uri);
        if (changed != null) {
            getOpenDocuments().put(uri, new Document(version, changed.getContents()));
            remember(uri, version);
        }
        return build;
    }

    @Override
    public BuildManager.Buildable didClose(URI uri) {
        versions.remove(uri);
        return super.didClose(uri);
    }

    /** The editor's version of an open document, or null for a file that is not open. */
    Integer version(URI uri) {
        return versions.get(uri);
    }

    private void remember(URI uri, Integer version) {
        if (version == null) {
            versions.remove(uri);
        } else {
            versions.put(uri, version);
        }
    }
}
