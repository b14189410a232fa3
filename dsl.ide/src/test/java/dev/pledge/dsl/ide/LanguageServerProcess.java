// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The packaged language server ({@code java -jar pledge-language-server.jar}) running as a
 * process of its own, and an LSP client talking JSON-RPC to it over its stdin and stdout, declaring
 * the capabilities VS Code declares. Every wait is bounded; on failure the message carries the
 * server's stderr.
 */
final class LanguageServerProcess implements AutoCloseable {

    /** Upper bound for any single answer, generous for a loaded 2-core machine. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path stderr;
    private final LanguageServer server;
    private final Future<Void> listening;
    private final Client client = new Client();
    private final Map<Path, Integer> versions = new HashMap<>();
    private final long startedNanos = System.nanoTime();
    private long initializedNanos = -1;

    private LanguageServerProcess(Path jar, Path logDir) throws IOException {
        assertTrue(
                Files.isRegularFile(jar),
                "language server jar not built: " + jar + " (run `mvn verify`, not `mvn test`)");
        Files.createDirectories(logDir);
        stderr = Files.createTempFile(logDir, "language-server-", ".stderr.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString());
        builder.redirectError(stderr.toFile());
        process = builder.start();
        Launcher<LanguageServer> launcher =
                LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
        server = launcher.getRemoteProxy();
        listening = launcher.startListening();
    }

    /** Starts the server jar named by the system property the build sets. */
    static LanguageServerProcess start(Path logDir) throws IOException {
        return new LanguageServerProcess(jar(), logDir);
    }

    static Path jar() {
        String jar = System.getProperty("pledge.languageServer.jar");
        assertTrue(jar != null && !jar.isBlank(), "system property pledge.languageServer.jar is not set");
        return Path.of(jar);
    }

    /** Sends {@code initialize} with the workspace as rootUri and this JVM as the parent, then {@code initialized}. */
    InitializeResult initialize(Path workspace) {
        return initialize(workspace, ProcessHandle.current().pid());
    }

    InitializeResult initialize(Path workspace, long parentPid) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) parentPid);
        params.setRootUri(workspace.toUri().toString());
        params.setCapabilities(capabilities());
        InitializeResult result = get(server.initialize(params), "initialize");
        initializedNanos = System.nanoTime();
        server.initialized(new InitializedParams());
        return result;
    }

    /** What VS Code declares, as far as the server looks at it. */
    static ClientCapabilities capabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        PublishDiagnosticsCapabilities diagnostics = new PublishDiagnosticsCapabilities(true);
        diagnostics.setVersionSupport(true);
        text.setPublishDiagnostics(diagnostics);
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        text.setSemanticTokens(new SemanticTokensCapabilities(
                false,
                new SemanticTokensClientCapabilitiesRequests(true),
                List.of("namespace", "type", "class", "function", "variable", "keyword", "string", "comment"),
                List.of("declaration", "readonly"),
                List.of("relative")));
        text.setCodeAction(new CodeActionCapabilities(
                new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(List.of("quickfix"))), false));
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        capabilities.setWorkspace(workspace);
        capabilities.setWindow(window);
        return capabilities;
    }

    /** From process start to the answer to {@code initialize}. */
    Duration startupTime() {
        return Duration.ofNanos(initializedNanos - startedNanos);
    }

    LanguageServer server() {
        return server;
    }

    Process process() {
        return process;
    }

    void open(Path file) throws IOException {
        open(file, Files.readString(file, StandardCharsets.UTF_8), 1);
    }

    void open(Path file, String text, int version) {
        versions.put(file, version);
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(file.toUri().toString(), "pledge", version, text)));
    }

    /** Replaces the whole text of an open document (the editor's buffer, not the file on disk). */
    int change(Path file, String text) {
        return change(file, text, versions.getOrDefault(file, 1) + 1);
    }

    int change(Path file, String text, int version) {
        versions.put(file, version);
        TextDocumentContentChangeEvent whole = new TextDocumentContentChangeEvent(text);
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(file.toUri().toString(), version), List.of(whole)));
        return version;
    }

    /**
     * Waits until the server has handled every notification sent so far: a request is answered only
     * after pending builds, and its answer arrives after the diagnostics those builds published.
     */
    void sync() {
        get(server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("")), "workspace/symbol");
    }

    /** Waits until the diagnostics last published for the file satisfy the condition; returns them. */
    List<Diagnostic> awaitDiagnostics(Path file, String what, Predicate<List<Diagnostic>> condition) {
        return client.await(
                        file,
                        p -> condition.test(p.getDiagnostics()),
                        TIMEOUT,
                        () -> what + " for " + file.getFileName() + "; server stderr:\n" + stderr())
                .getDiagnostics();
    }

    /** Waits for a publication for the file that satisfies the condition (its version, say). */
    PublishDiagnosticsParams awaitPublication(Path file, String what, Predicate<PublishDiagnosticsParams> condition) {
        return client.await(
                file, condition, TIMEOUT, () -> what + " for " + file.getFileName() + "; server stderr:\n" + stderr());
    }

    /** Every publishDiagnostics received for the file so far, oldest first. */
    List<List<Diagnostic>> published(Path file) {
        return client.published(file).stream()
                .map(PublishDiagnosticsParams::getDiagnostics)
                .toList();
    }

    List<PublishDiagnosticsParams> publications(Path file) {
        return client.published(file);
    }

    /** Files the server published diagnostics for, with how many times. */
    Map<Path, Integer> publicationCounts() {
        return client.counts();
    }

    List<Registration> registrations() {
        return client.registrations();
    }

    List<ProgressParams> progress() {
        return client.progress();
    }

    /** shutdown, then exit; returns the exit code of the process, which must end within the timeout. */
    int shutdownAndExit() throws InterruptedException {
        get(server.shutdown(), "shutdown");
        server.exit();
        return awaitExit(TIMEOUT);
    }

    /** Waits for the process to end; fails after the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("language server still running " + timeout.toMillis() + " ms later; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    <T> T get(CompletableFuture<T> answer, String request) {
        try {
            return answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("no answer to " + request + " within " + TIMEOUT + "; stderr:\n" + stderr());
        } catch (ExecutionException e) {
            String data = e.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException error
                    ? " " + error.getResponseError().getData()
                    : "";
            return fail(request + " failed: " + e.getCause() + data + "; stderr:\n" + stderr(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted waiting for " + request);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        listening.cancel(true);
    }

    static Path pathOf(String uri) {
        return Path.of(java.net.URI.create(uri)).toAbsolutePath().normalize();
    }

    /** The client side: records diagnostics, registrations and progress; answers what it is asked. */
    private static final class Client implements LanguageClient {

        private final Map<Path, List<PublishDiagnosticsParams>> diagnostics = new HashMap<>();
        private final List<Registration> registrations = new ArrayList<>();
        private final List<ProgressParams> progress = new ArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics
                    .computeIfAbsent(pathOf(params.getUri()), k -> new ArrayList<>())
                    .add(params);
            notifyAll();
        }

        synchronized PublishDiagnosticsParams await(
                Path file,
                Predicate<PublishDiagnosticsParams> condition,
                Duration timeout,
                java.util.function.Supplier<String> what) {
            Path key = file.toAbsolutePath().normalize();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                List<PublishDiagnosticsParams> seen = diagnostics.getOrDefault(key, List.of());
                if (!seen.isEmpty() && condition.test(seen.get(seen.size() - 1))) {
                    return seen.get(seen.size() - 1);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return fail("timed out after " + timeout + " waiting for " + what.get() + "\nlast published: "
                            + (seen.isEmpty() ? "nothing" : seen.get(seen.size() - 1)));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail("interrupted");
                }
            }
        }

        synchronized List<PublishDiagnosticsParams> published(Path file) {
            return List.copyOf(diagnostics.getOrDefault(file.toAbsolutePath().normalize(), List.of()));
        }

        synchronized Map<Path, Integer> counts() {
            Map<Path, Integer> counts = new HashMap<>();
            diagnostics.forEach((file, list) -> counts.put(file, list.size()));
            return counts;
        }

        synchronized List<Registration> registrations() {
            return List.copyOf(registrations);
        }

        synchronized List<ProgressParams> progress() {
            return List.copyOf(progress);
        }

        @Override
        public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.addAll(params.getRegistrations());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public synchronized void notifyProgress(ProgressParams params) {
            progress.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams params) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {}
    }
}
