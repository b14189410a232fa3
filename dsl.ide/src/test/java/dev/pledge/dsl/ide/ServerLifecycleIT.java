// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressKind;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a process an editor starts and leaves: it ends with its editor, answers what it
 * does not know as the protocol says, logs no stack trace for what happens in normal use, and keeps
 * the editor's document versions, file watchers and outline straight.
 */
class ServerLifecycleIT {

    static final String DATA = """
            category account "Account data" {
              data email "Email address"
              data phone "Phone number"
            }
            party mailer "Mailer Inc." {
              kind service-provider
              receives email for newsletter
            }
            purpose newsletter "Newsletter" {
              uses email
            }
            """;

    @TempDir
    Path workspace;

    @TempDir
    Path logs;

    @Test
    void endsWithinTwoSecondsWhenTheEditorClosesStdin() throws Exception {
        Path data = write("data.pledge", DATA);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.open(data);
            server.awaitDiagnostics(data, "the first check", d -> !d.isEmpty());

            server.process().getOutputStream().close();

            int exit = server.awaitExit(Duration.ofSeconds(2));
            assertEquals(1, exit, "no shutdown was asked for: exit code 1, as after `exit` without `shutdown`");
        }
    }

    @Test
    void endsWhenTheEditorProcessEndsThoughStdinStaysOpen() throws Exception {
        write("data.pledge", DATA);
        Process editor = new ProcessBuilder("sleep", "600").start();
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace, editor.pid());
            server.sync();
            assertTrue(server.isAlive());

            editor.destroy();
            editor.waitFor(10, TimeUnit.SECONDS);

            server.awaitExit(Duration.ofSeconds(5));
        } finally {
            editor.destroyForcibly();
        }
    }

    @Test
    void answersUnknownMethodsWithMethodNotFoundAndLogsNoStackTraceForWhatEditorsDo() throws Exception {
        Path data = write("data.pledge", DATA);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            Endpoint raw = (Endpoint) server.server();

            ExecutionException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class,
                    () -> raw.request("pledge/unknown", new JsonObject()).get(60, TimeUnit.SECONDS));
            assertEquals(
                    ResponseErrorCode.MethodNotFound.getValue(),
                    ((ResponseErrorException) unknown.getCause())
                            .getResponseError()
                            .getCode());

            // what editors do in normal use: notifications the server does not know, a late
            // cancellation, a document that is not open, requests about files that do not exist,
            // malformed parameters, notebooks
            raw.notify("pledge/unknownNotification", new JsonObject());
            raw.notify(
                    "$/setTrace", JsonObject.class.cast(com.google.gson.JsonParser.parseString("{\"value\":\"off\"}")));
            JsonObject cancel = new JsonObject();
            cancel.addProperty("id", 99999);
            raw.notify("$/cancelRequest", cancel);
            server.change(workspace.resolve("not-open.pledge"), "purpose p \"P\" { }", 3);
            server.server()
                    .getTextDocumentService()
                    .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(
                            workspace.resolve("never-opened.pledge").toUri().toString())));
            CompletableFuture<?> hoverMissing = server.server()
                    .getTextDocumentService()
                    .hover(new HoverParams(
                            new TextDocumentIdentifier(
                                    workspace.resolve("missing.pledge").toUri().toString()),
                            new Position(0, 0)));
            assertErrorCode(hoverMissing, ResponseErrorCode.InvalidParams);
            JsonObject noPosition = new JsonObject();
            JsonObject document = new JsonObject();
            document.addProperty("uri", data.toUri().toString());
            noPosition.add("textDocument", document);
            assertErrorCode(raw.request("textDocument/hover", noPosition), ResponseErrorCode.InvalidParams);
            JsonObject notebook = (JsonObject) com.google.gson.JsonParser.parseString(
                    "{\"notebookDocument\":{\"uri\":\"file:///n.ipynb\",\"notebookType\":\"jupyter\",\"version\":1,"
                            + "\"cells\":[]},\"cellTextDocuments\":[]}");
            raw.notify("notebookDocument/didOpen", notebook);
            server.sync();

            assertEquals(0, server.shutdownAndExit());
            String stderr = server.stderr();
            assertFalse(stderr.contains("\tat "), () -> "a stack trace on stderr:\n" + stderr);
            assertFalse(stderr.contains("Exception:"), () -> "an exception on stderr:\n" + stderr);
        }
    }

    @Test
    void diagnosticsCarryTheEditorsVersionAndFilesChangedOnDiskAreCheckedThroughTheWatcher() throws Exception {
        Path data = write("data.pledge", DATA);
        Path other = write("other.pledge", "purpose other \"Other\" {\n  basis contract\n}\n");
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.sync();

            List<Registration> registrations = server.registrations();
            assertEquals(1, registrations.size(), registrations::toString);
            assertEquals("workspace/didChangeWatchedFiles", registrations.get(0).getMethod());
            JsonObject options = (JsonObject) registrations.get(0).getRegisterOptions();
            assertEquals(
                    "**/*.pledge",
                    options.getAsJsonArray("watchers")
                            .get(0)
                            .getAsJsonObject()
                            .get("globPattern")
                            .getAsString());

            List<WorkDoneProgressKind> kinds = server.progress().stream()
                    .map(p -> p.getValue().getLeft().getKind())
                    .toList();
            assertEquals(List.of(WorkDoneProgressKind.begin, WorkDoneProgressKind.end), kinds, "the first check");

            assertNull(server.publications(other).get(0).getVersion(), "a file that is not open has no version");

            server.open(data, Files.readString(data, StandardCharsets.UTF_8), 7);
            PublishDiagnosticsParams opened = server.awaitPublication(
                    data, "version 7", p -> Integer.valueOf(7).equals(p.getVersion()));
            assertTrue(opened.getDiagnostics().stream().anyMatch(d -> code(d).equals("missing-legal-basis")));
            server.change(data, DATA.replace("uses email", "basis contract\n  uses email, phone"), 12);
            PublishDiagnosticsParams changed = server.awaitPublication(
                    data, "version 12", p -> Integer.valueOf(12).equals(p.getVersion()));
            assertFalse(changed.getDiagnostics().stream().anyMatch(d -> code(d).equals("missing-legal-basis")));

            // another tool writes a file that is not open in the editor
            Path added = write("added.pledge", "purpose added \"Added\" { }\n");
            server.server()
                    .getWorkspaceService()
                    .didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                            List.of(new FileEvent(added.toUri().toString(), FileChangeType.Created))));
            server.awaitDiagnostics(
                    added,
                    "missing-legal-basis in a file created on disk",
                    d -> d.stream().anyMatch(x -> code(x).equals("missing-legal-basis")));
        }
    }

    @Test
    void outlineIsHierarchicalWithAKindPerElementAndTheTitleAsDetail() throws Exception {
        Path data = write("data.pledge", DATA);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.open(data);
            List<DocumentSymbol> symbols = server
                    .get(
                            server.server()
                                    .getTextDocumentService()
                                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(
                                            data.toUri().toString()))),
                            "documentSymbol")
                    .stream()
                    .map(Either::getRight)
                    .toList();
            assertEquals(
                    List.of("account", "mailer", "newsletter"),
                    symbols.stream().map(DocumentSymbol::getName).toList());
            DocumentSymbol account = symbols.get(0);
            assertEquals(SymbolKind.Struct, account.getKind());
            assertEquals("Account data", account.getDetail());
            assertEquals(
                    List.of("email", "phone"),
                    account.getChildren().stream().map(DocumentSymbol::getName).toList());
            assertEquals(SymbolKind.Field, account.getChildren().get(0).getKind());
            DocumentSymbol mailer = symbols.get(1);
            assertEquals(SymbolKind.Object, mailer.getKind());
            assertEquals(
                    List.of("receives email for newsletter"),
                    mailer.getChildren().stream().map(DocumentSymbol::getName).toList(),
                    "what a party receives shows under it");
            assertEquals(SymbolKind.Function, symbols.get(2).getKind());
            assertNotNull(symbols.get(2).getSelectionRange());
        }
    }

    static void assertErrorCode(CompletableFuture<?> answer, ResponseErrorCode expected) throws Exception {
        try {
            answer.get(60, TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.fail("expected error " + expected);
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof ResponseErrorException, () -> "not an error answer: " + e.getCause());
            assertEquals(
                    expected.getValue(),
                    ((ResponseErrorException) e.getCause()).getResponseError().getCode(),
                    () -> e.getCause().getMessage());
        }
    }

    static String code(org.eclipse.lsp4j.Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
    }

    Path write(String name, String text) throws IOException {
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
