// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.PolicyLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code target/pledge-language-server.jar} as a separate process and talks LSP to it over
 * stdin/stdout, as an editor does. Runs in the verify phase (failsafe), after the jar is built.
 */
class PledgeLanguageServerIT {

    /** A purpose without legal basis (line 6) that uses an undeclared name (line 7). */
    static final String A = """
			category contact "Contact details" {
				data email "E-mail address"
				data phone "Phone number"
			}

			purpose newsletter "Newsletter" {
				uses email, postal-address
			}
			""";

    /** Imports a.pledge and uses its `phone`: nothing to report, and `phone` counts as used in a.pledge. */
    static final String B = """
			import "a.pledge"

			purpose support "Customer support" {
				basis contract
				uses phone
				retention 30 days after "the ticket is closed"
			}
			""";

    /** Same as {@link #B} but no longer uses `phone`. */
    static final String B_WITHOUT_PHONE = B.replace("uses phone", "uses email");

    /** Unrelated to a.pledge and b.pledge. */
    static final String C = """
			category device "Device data" {
				data model "Device model"
			}
			""";

    /** Does not parse (line 4), and names something undeclared (line 3): only the syntax error is reported. */
    static final String BROKEN = """
			purpose broken "Broken" {
				basis contract
				uses nothing-here
				retention forever
			}
			""";

    /** A policy made of a.pledge and b.pledge; it lacks most of what GDPR Art. 13 asks for. */
    static final String POLICY = """
			import "a.pledge"
			import "b.pledge"
			import "rights.pledge"

			policy acme "Acme privacy policy" {
				version "1"
			}
			""";

    static final String RIGHTS = """
			right access { via web "https://acme.example/privacy/access" }
			""";

    static final String RIGHTS_WITH_COMPLAINT = RIGHTS + """
			right complaint { via web "https://supervisor.example" }
			""";

    @TempDir
    Path workspace;

    @TempDir
    Path logs;

    @Test
    void publishesErrorsOfAnOpenedFileLinksAcrossImportsAndExitsOnRequest() throws Exception {
        Path a = write("a.pledge", A);
        Path b = write("b.pledge", B);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            InitializeResult result = server.initialize(workspace);
            assertNotNull(result.getCapabilities(), "initialize answered without capabilities");
            System.out.println("[PledgeLanguageServerIT] language server answered initialize "
                    + server.startupTime().toMillis() + " ms after the process started");
            server.open(a);

            List<Diagnostic> inA = server.awaitDiagnostics(
                    a,
                    "missing-legal-basis and unresolved-name",
                    d -> has(d, "missing-legal-basis") && has(d, "unresolved-name"));
            Diagnostic basis = only(inA, "missing-legal-basis");
            assertEquals(DiagnosticSeverity.Error, basis.getSeverity());
            assertTrue(message(basis).startsWith("purpose 'newsletter' has no legal basis"), message(basis));
            assertEquals(5, basis.getRange().getStart().getLine(), "0-based line of `purpose newsletter`");
            assertEquals(8, basis.getRange().getStart().getCharacter(), "starts at the name");
            assertEquals(18, basis.getRange().getEnd().getCharacter(), "ends after the name");
            Diagnostic unresolved = only(inA, "unresolved-name");
            assertEquals(DiagnosticSeverity.Error, unresolved.getSeverity());
            assertTrue(message(unresolved).contains("'postal-address'"), message(unresolved));
            assertEquals(6, unresolved.getRange().getStart().getLine(), "0-based line of `uses email, postal-address`");
            assertEquals(13, unresolved.getRange().getStart().getCharacter());
            // `phone` is used by b.pledge, which imports a.pledge: the whole policy is checked, not the file alone
            assertFalse(has(inA, "unused-data"), () -> "phone is used in b.pledge: " + inA);

            server.open(b);
            server.sync();
            List<Diagnostic> inB = last(server, b);
            assertEquals(List.of(), inB, "b.pledge links `phone` through `import \"a.pledge\"`");

            assertEquals(0, server.shutdownAndExit(), "exit code after shutdown + exit");
            assertFalse(server.isAlive());
        }
    }

    @Test
    void reportsWhatTheCliReportsForEveryFileOfTheWorkspace() throws Exception {
        write("a.pledge", A);
        write("b.pledge", B);
        write("c.pledge", C);
        write("broken.pledge", BROKEN);
        write("empty.pledge", "// nothing declared yet\n");
        write("many-errors.pledge", "purpose p \"P\" { basis }\n".repeat(30));
        write("policy.pledge", POLICY);
        write("rights.pledge", RIGHTS);
        write("sub/d.pledge", """
				import "../a.pledge"

				purpose calls "Calls" {
					basis contract
					uses phone
					retention until "the call ends"
				}
				""");
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.sync();
            Map<String, List<String>> cli = cli();
            assertTrue(
                    cli.values().stream().flatMap(List::stream).anyMatch(f -> f.contains("[syntax]")), cli::toString);
            assertTrue(cli.get("empty.pledge").stream().anyMatch(f -> f.contains("[empty-file]")), cli::toString);
            assertTrue(
                    cli.get("many-errors.pledge").stream().anyMatch(f -> f.contains("more syntax errors not shown")),
                    cli::toString);
            assertTrue(cli.get("policy.pledge").stream().anyMatch(f -> f.contains("[gdpr-dpo]")), cli::toString);
            assertEquals(
                    cli,
                    server(server),
                    "server diagnostics (file -> line:col severity [rule] message) = CLI findings");
        }
    }

    @Test
    void revalidatesTheFilesOfAPolicyWhenAnotherFileOfItChanges() throws Exception {
        Path a = write("a.pledge", A);
        Path b = write("b.pledge", B);
        Path c = write("c.pledge", C);
        Path policy = write("policy.pledge", POLICY);
        Path rights = write("rights.pledge", RIGHTS);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.sync();
            assertFalse(has(last(server, a), "unused-data"), () -> "phone is used in b.pledge: " + last(server, a));
            assertTrue(
                    has(last(server, policy), "gdpr-complaint"),
                    () -> "no complaint right yet: " + last(server, policy));
            int cPublished = server.published(c).size();

            // b.pledge stops using a.pledge's `phone`: a.pledge is now the one that is wrong
            server.open(b);
            server.change(b, B_WITHOUT_PHONE);
            server.sync();
            Diagnostic unused = only(last(server, a), "unused-data");
            assertTrue(message(unused).startsWith("data item 'phone' is used by no purpose"), message(unused));
            assertEquals(2, unused.getRange().getStart().getLine());
            Files.writeString(b, B_WITHOUT_PHONE, StandardCharsets.UTF_8);
            assertEquals(cli(), server(server), "after the edit, server = CLI on the edited files");

            // and back
            server.change(b, B);
            server.sync();
            assertFalse(has(last(server, a), "unused-data"), () -> "phone is used again: " + last(server, a));

            // an imported file gains the complaint right the policy file was missing
            server.open(rights);
            server.change(rights, RIGHTS_WITH_COMPLAINT);
            server.sync();
            assertFalse(
                    has(last(server, policy), "gdpr-complaint"),
                    () -> "rights.pledge declares it: " + last(server, policy));
            Files.writeString(b, B, StandardCharsets.UTF_8);
            Files.writeString(rights, RIGHTS_WITH_COMPLAINT, StandardCharsets.UTF_8);
            assertEquals(cli(), server(server), "after the edits, server = CLI on the edited files");

            assertEquals(
                    cPublished, server.published(c).size(), "c.pledge is in no family that changed: not rechecked");
        }
    }

    @Test
    void revalidatesTheFilesAnEditedFileStopsOrStartsImporting() throws Exception {
        Path a = write("a.pledge", A);
        Path b = write("b.pledge", B.replace("uses phone", "uses email"));
        String usesPhone = """
				import "../a.pledge"

				purpose calls "Calls" {
					basis contract
					uses phone
					retention until "the call ends"
				}
				""";
        Path d = write("sub/d.pledge", usesPhone);
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.sync();
            assertFalse(has(last(server, a), "unused-data"), () -> "sub/d.pledge uses phone: " + last(server, a));

            // d.pledge drops the import (and the use): a.pledge leaves its family
            server.open(d);
            String standalone = """
					purpose calls "Calls" {
						basis contract
						retention until "the call ends"
					}
					""";
            server.change(d, standalone);
            server.sync();
            assertTrue(has(last(server, a), "unused-data"), () -> "nothing uses phone any more: " + last(server, a));
            Files.writeString(d, standalone, StandardCharsets.UTF_8);
            assertEquals(cli(), server(server));

            // and imports it again: a.pledge joins the family again
            server.change(d, usesPhone);
            server.sync();
            assertFalse(has(last(server, a), "unused-data"), () -> "sub/d.pledge uses phone again: " + last(server, a));
            Files.writeString(d, usesPhone, StandardCharsets.UTF_8);
            assertEquals(cli(), server(server));
            assertEquals(
                    1, server.published(b).size(), "b.pledge shares no import closure with sub/d.pledge: checked once");
        }
    }

    /** What `pledge check` reports for the workspace, per file relative to it. */
    Map<String, List<String>> cli() throws Exception {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Finding finding : new PolicyLoader().load(List.of(workspace)).findings()) {
            byFile.computeIfAbsent(relative(finding.file()), k -> new ArrayList<>())
                    .add(finding.line() + ":" + finding.column() + " "
                            + finding.severity().name() + " [" + finding.ruleId() + "] " + finding.message());
        }
        byFile.values().forEach(list -> list.sort(null));
        return byFile;
    }

    /**
     * The diagnostics the server last published, in the same form; files without any are left out,
     * and so are hints (editor-only notes such as missing translations).
     */
    Map<String, List<String>> server(LanguageServerProcess server) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Path file : server.publicationCounts().keySet()) {
            List<String> lines = last(server, file).stream()
                    .filter(d -> d.getSeverity() != DiagnosticSeverity.Hint)
                    .map(d -> (d.getRange().getStart().getLine() + 1) + ":"
                            + (d.getRange().getStart().getCharacter() + 1) + " " + severity(d.getSeverity()) + " ["
                            + code(d) + "] " + message(d))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
            if (!lines.isEmpty()) {
                byFile.put(relative(file), lines);
            }
        }
        return byFile;
    }

    String relative(Path file) {
        return workspace
                .toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString();
    }

    static String severity(DiagnosticSeverity severity) {
        return switch (severity) {
            case Error -> "ERROR";
            case Warning -> "WARNING";
            case Information -> "INFO";
            case Hint -> "HINT";
        };
    }

    static boolean has(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().anyMatch(d -> code.equals(code(d)));
    }

    static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> matching =
                diagnostics.stream().filter(d -> code.equals(code(d))).toList();
        assertEquals(1, matching.size(), () -> "one " + code + " in " + diagnostics);
        return matching.get(0);
    }

    static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
    }

    static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft()
                ? diagnostic.getMessage().getLeft()
                : diagnostic.getMessage().getRight().getValue();
    }

    static List<Diagnostic> last(LanguageServerProcess server, Path file) {
        List<List<Diagnostic>> published = server.published(file);
        assertFalse(published.isEmpty(), () -> "no diagnostics published for " + file.getFileName());
        return published.get(published.size() - 1);
    }

    Path write(String name, String text) throws IOException {
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
