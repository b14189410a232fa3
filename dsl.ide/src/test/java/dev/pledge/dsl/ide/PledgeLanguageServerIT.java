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

			List<Diagnostic> inA = server.awaitDiagnostics(a, "missing-legal-basis and unresolved-name",
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

	static boolean has(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().anyMatch(d -> code.equals(code(d)));
	}

	static Diagnostic only(List<Diagnostic> diagnostics, String code) {
		List<Diagnostic> matching = diagnostics.stream().filter(d -> code.equals(code(d))).toList();
		assertEquals(1, matching.size(), () -> "one " + code + " in " + diagnostics);
		return matching.get(0);
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}

	static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
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
