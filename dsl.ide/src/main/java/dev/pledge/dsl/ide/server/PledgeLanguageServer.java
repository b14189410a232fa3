// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import com.google.inject.Inject;
import dev.pledge.dsl.validation.Rule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeNotebookDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.DidSaveNotebookDocumentParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server as an editor expects it to behave:
 * <ul>
 * <li>{@code initialize} answers at once; the workspace is checked right after, as the first
 * request, with a progress report when the editor shows them;</li>
 * <li>the process ends with its editor ({@link ParentProcessWatcher}, and {@link PledgeServerLauncher}
 * for a closed stdin);</li>
 * <li>an unknown request is answered with {@code -32601 MethodNotFound}, not an internal error;</li>
 * <li>diagnostics carry the version of the document they were computed for;</li>
 * <li>the server asks the editor to watch {@code **}{@code /*.pledge}, so changes to files that are
 * not open (a {@code git checkout}, another tool) are checked too.</li>
 * </ul>
 */
public class PledgeLanguageServer extends LanguageServerImpl {

    static final String WATCHER_REGISTRATION = "pledge-file-watcher";
    static final String PLEDGE_FILES = "**/*.pledge";
    private static final String PROGRESS_TOKEN = "pledge-initial-check";

    @Inject
    private ShutdownState shutdownState;

    @Inject
    private UriExtensions uris;

    private volatile InitializeParams initializeParams;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        initializeParams = params;
        if (params.getProcessId() != null) {
            ParentProcessWatcher.watch(params.getProcessId(), () -> System.exit(shutdownState.exitCode()));
        }
        boolean hasFolders = params.getWorkspaceFolders() != null
                && !params.getWorkspaceFolders().isEmpty();
        if (!hasFolders && params.getRootUri() == null && params.getRootPath() == null) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams,
                    "the Pledge language server needs a workspace: open the folder that holds your policy"
                            + " (the client sent neither rootUri nor workspaceFolders)",
                    null)));
        }
        return super.initialize(params);
    }

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setSignatureHelpProvider(null); // the language has no calls to help with
        return capabilities;
    }

    @Override
    public void initialized(InitializedParams params) {
        super.initialized(params);
        registerFileWatcher();
        getRequestManager()
                .runWrite(
                        () -> {
                            checkWorkspace();
                            return null;
                        },
                        (cancelIndicator, nothing) -> null);
    }

    /** The first build, which {@code initialize} deferred, with a progress report around it. */
    private void checkWorkspace() {
        PledgeWorkspaceManager workspace = (PledgeWorkspaceManager) getWorkspaceManager();
        if (!workspace.hasPendingInitialBuild()) {
            return;
        }
        boolean progress = clientCapability(
                c -> c.getWindow() != null && Boolean.TRUE.equals(c.getWindow().getWorkDoneProgress()));
        if (progress) {
            getLanguageClient().createProgress(new WorkDoneProgressCreateParams(Either.forLeft(PROGRESS_TOKEN)));
            WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
            begin.setTitle("Checking policies");
            begin.setMessage("*.pledge files in the workspace");
            notifyProgress(begin);
        }
        try {
            workspace.completeInitialBuild();
        } finally {
            if (progress) {
                WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                end.setMessage("done");
                notifyProgress(end);
            }
        }
    }

    private void notifyProgress(WorkDoneProgressNotification notification) {
        getLanguageClient()
                .notifyProgress(new ProgressParams(Either.forLeft(PROGRESS_TOKEN), Either.forLeft(notification)));
    }

    private void registerFileWatcher() {
        boolean dynamic = clientCapability(c -> c.getWorkspace() != null
                && c.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(
                        c.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration()));
        if (!dynamic) {
            return;
        }
        DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(
                List.of(new FileSystemWatcher(Either.forLeft(PLEDGE_FILES))));
        getLanguageClient()
                .registerCapability(new RegistrationParams(
                        List.of(new Registration(WATCHER_REGISTRATION, "workspace/didChangeWatchedFiles", options))))
                .exceptionally(failure -> {
                    ServerLog.warning("the editor refused to watch " + PLEDGE_FILES + ": " + failure.getMessage());
                    return null;
                });
    }

    private boolean clientCapability(java.util.function.Predicate<ClientCapabilities> test) {
        InitializeParams params = initializeParams;
        return params != null && params.getCapabilities() != null && test.test(params.getCapabilities());
    }

    /** Every change waits for the first build: a file opened before it is checked against the whole workspace. */
    @Override
    protected void runBuildable(Supplier<? extends Buildable> newBuildable) {
        super.runBuildable(() -> {
            ((PledgeWorkspaceManager) getWorkspaceManager()).completeInitialBuild();
            return newBuildable.get();
        });
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (!getExtensionProviders().containsKey(method)) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.MethodNotFound, "the Pledge language server does not handle " + method, null)));
        }
        return super.request(method, parameter);
    }

    /** Diagnostics go out with the version of the open document they describe. */
    @Override
    public void connect(LanguageClient client) {
        PledgeWorkspaceManager workspace = (PledgeWorkspaceManager) getWorkspaceManager();
        LanguageClient versioned = (LanguageClient) Proxy.newProxyInstance(
                LanguageClient.class.getClassLoader(), new Class<?>[] {LanguageClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("publishDiagnostics")
                            && args != null
                            && args.length == 1
                            && args[0] instanceof PublishDiagnosticsParams params) {
                        params.setVersion(workspace.version(uris.toUri(params.getUri())));
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        super.connect(versioned);
    }

    /** Editor-only notes (a missing translation) are hints: shown in the text, kept out of problem lists. */
    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        if (Rule.MISSING_TRANSLATION.id().equals(issue.getCode())) {
            diagnostic.setSeverity(DiagnosticSeverity.Hint);
        }
        return diagnostic;
    }

    int exitCode() {
        return shutdownState.exitCode();
    }

    // notebooks are not Pledge's; Xtext's defaults throw, which lsp4j logs with a stack trace

    @Override
    public void didOpen(DidOpenNotebookDocumentParams params) {}

    @Override
    public void didChange(DidChangeNotebookDocumentParams params) {}

    @Override
    public void didSave(DidSaveNotebookDocumentParams params) {}

    @Override
    public void didClose(DidCloseNotebookDocumentParams params) {}
}
