// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quick fixes through the packaged server: for each rule whose message proposes text, a file that
 * breaks it, the code action the editor offers for the diagnostic, the text after applying it, and
 * the diagnostic gone once the server has checked that text. Each case is a folder of its own in
 * one workspace, served by one server process.
 */
@TestInstance(Lifecycle.PER_CLASS)
class QuickFixesIT {

    /** A case: files (the first is the one with the diagnostic), the rule, the fix's title, the text after it. */
    record Case(String name, Map<String, String> files, String rule, String title, String after) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String TODAY = LocalDate.now().toString();

    @TempDir
    static Path workspace;

    @TempDir
    static Path logs;

    LanguageServerProcess server;

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "misspelt keyword",
                        files("purpse orders \"Orders\" {\n  basis contract\n}\n"),
                        "syntax",
                        "Change to `purpose`",
                        "purpose orders \"Orders\" {\n  basis contract\n}\n"),
                new Case(
                        "unclosed string",
                        files("service shop \"Shop\" {\n  description \"Our web shop\n}\n"),
                        "syntax",
                        "Close the string",
                        "service shop \"Shop\" {\n  description \"Our web shop\"\n}\n"),
                new Case(
                        "unclosed block",
                        files("service shop \"Shop\" {\n  description \"Our web shop\"\n"),
                        "syntax",
                        "Close the open block",
                        "service shop \"Shop\" {\n  description \"Our web shop\"\n}\n"),
                new Case(
                        "unknown name: the closest one",
                        files("category account \"Account\" {\n  data email \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses emial\n}\n"),
                        "unresolved-name",
                        "Change to `email`",
                        "category account \"Account\" {\n  data email \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email\n}\n"),
                new Case(
                        "unknown name: declare it",
                        files("category account \"Account\" {\n  data email \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email, phone\n}\n"),
                        "unresolved-name",
                        "Declare data item `phone` in data category `account`",
                        "category account \"Account\" {\n  data email \"Email\"\n  data phone \"...\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email, phone\n}\n"),
                new Case(
                        "duplicate name",
                        files("service shop \"Shop\"\npurpose shop \"Shop\" {\n  basis contract\n}\n"),
                        "duplicate-name",
                        "Rename to `shop-service`",
                        null),
                new Case(
                        "name not in kebab-case",
                        files("category account \"Account\" {\n  data eMail \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses eMail\n}\n"),
                        "identifier-style",
                        "Rename to `e-mail` everywhere in the policy",
                        "category account \"Account\" {\n  data e-mail \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses e-mail\n}\n"),
                new Case(
                        "import of a missing file",
                        files("import \"purpose.pledge\"\n", "purposes.pledge", "service shop \"Shop\"\n"),
                        "import-not-found",
                        "Import \"purposes.pledge\" instead",
                        "import \"purposes.pledge\"\n"),
                new Case(
                        "no version",
                        files("policy shop \"Shop\" {\n  effective \"2024-01-01\"\n}\n"),
                        "missing-version",
                        "Add `version \"" + TODAY + "\"`",
                        "policy shop \"Shop\" {\n  effective \"2024-01-01\"\n  version \"" + TODAY + "\"\n}\n"),
                new Case(
                        "date not ISO",
                        files("policy shop \"Shop\" {\n  version \"1\"\n  effective \"2021/01/15\"\n}\n"),
                        "invalid-date",
                        "Write the date as \"2021-01-15\"",
                        "policy shop \"Shop\" {\n  version \"1\"\n  effective \"2021-01-15\"\n}\n"),
                new Case(
                        "purpose version 0",
                        files("purpose ads \"Ads\" {\n  basis contract\n  version 0\n}\n"),
                        "invalid-purpose-version",
                        "Write `version 1`",
                        "purpose ads \"Ads\" {\n  basis contract\n  version 1\n}\n"),
                new Case(
                        "policy extends itself",
                        files("policy shop \"Shop\" extends shop {\n  version \"1\"\n}\n"),
                        "extends-cycle",
                        "Remove `extends shop`",
                        "policy shop \"Shop\" {\n  version \"1\"\n}\n"),
                new Case(
                        "text translated twice",
                        files("policy shop \"Shop\" zh \"商店\" zh \"店\" {\n  version \"1\"\n  languages en, zh\n}\n"),
                        "duplicate-translation",
                        "Delete this `zh` translation",
                        "policy shop \"Shop\" zh \"商店\" {\n  version \"1\"\n  languages en, zh\n}\n"),
                new Case(
                        "translation into an undeclared language",
                        files("policy shop \"Shop\" ru \"Магазин\" {\n  version \"1\"\n  languages en, zh\n}\n"),
                        "unknown-language",
                        "Add `ru` to the policy's `languages`",
                        "policy shop \"Shop\" ru \"Магазин\" {\n  version \"1\"\n  languages en, zh, ru\n}\n"),
                new Case(
                        "no legal basis",
                        files("purpose orders \"Orders\" {\n  retention 30 days\n}\n"),
                        "missing-legal-basis",
                        "Add `basis contract`",
                        "purpose orders \"Orders\" {\n  retention 30 days\n  basis contract\n}\n"),
                new Case(
                        "basis the policy does not state",
                        files("purpose ads \"Ads\" {\n  basis unstated\n  retention 30 days\n}\n"),
                        "gdpr-legal-basis",
                        "Change to `basis contract`",
                        "purpose ads \"Ads\" {\n  basis contract\n  retention 30 days\n}\n"),
                new Case(
                        "two bases for the same regions",
                        files("region eea \"EEA\" { }\npurpose ads \"Ads\" {\n  basis contract\n  basis consent\n"
                                + "  withdraw web \"<url>\"\n  retention 30 days\n}\n"),
                        "duplicate-basis",
                        "Limit it to `eea`",
                        "region eea \"EEA\" { }\npurpose ads \"Ads\" {\n  basis contract\n  basis consent in eea\n"
                                + "  withdraw web \"<url>\"\n  retention 30 days\n}\n"),
                new Case(
                        "two files declare one policy name",
                        files(
                                "policy shop \"Shop\" {\n  version \"1\"\n}\n",
                                "other.pledge",
                                "policy shop \"Shop again\" {\n  version \"2\"\n}\n"),
                        "duplicate-policy",
                        "Rename the policy to `shop-2`",
                        "policy shop-2 \"Shop\" {\n  version \"1\"\n}\n"),
                new Case(
                        "legitimate interest not stated",
                        files("purpose ads \"Ads\" { basis legitimate-interest retention 30 days }\n"),
                        "missing-interest",
                        "State the interest",
                        "purpose ads \"Ads\" { basis legitimate-interest \"<the interest pursued>\" retention 30 days }\n"),
                new Case(
                        "consent without a way to withdraw",
                        files("purpose news \"Newsletter\" {\n  basis consent\n  retention 30 days\n}\n"),
                        "missing-withdrawal",
                        "Add `withdraw settings \"<path>\"`",
                        "purpose news \"Newsletter\" {\n  basis consent\n  retention 30 days\n"
                                + "  withdraw settings \"<path>\"\n}\n"),
                new Case(
                        "sensitive data without explicit consent",
                        files("category health \"Health\" {\n  data pulse \"Pulse\" { sensitive }\n}\n"
                                + "purpose fitness \"Fitness\" {\n  basis contract\n  uses pulse\n"
                                + "  retention 30 days\n}\n"),
                        "sensitive-without-explicit-consent",
                        "Change `basis contract` to `basis explicit-consent`",
                        "category health \"Health\" {\n  data pulse \"Pulse\" { sensitive }\n}\n"
                                + "purpose fitness \"Fitness\" {\n  basis explicit-consent\n  uses pulse\n"
                                + "  retention 30 days\n}\n"),
                new Case(
                        "party receives what the purpose does not use",
                        files("category account \"Account\" {\n  data email \"Email\"\n  data phone \"Phone\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email\n  retention 30 days\n}\n"
                                + "party courier \"Courier\" {\n  receives phone for orders\n}\n"),
                        "disclosure-outside-purpose",
                        "Add `phone` to the `uses` of purpose `orders`",
                        "category account \"Account\" {\n  data email \"Email\"\n  data phone \"Phone\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email, phone\n"
                                + "  retention 30 days\n}\n"
                                + "party courier \"Courier\" {\n  receives phone for orders\n}\n"),
                new Case(
                        "transfer without mechanism",
                        files("region eea \"EEA\" { transfer-rules \"GDPR Chapter V\" }\nregion us \"US\" { }\n"
                                + "transfer to-us {\n  from eea\n  to us\n}\n"),
                        "transfer-without-mechanism",
                        "Add `by standard-contractual-clauses`",
                        "region eea \"EEA\" { transfer-rules \"GDPR Chapter V\" }\nregion us \"US\" { }\n"
                                + "transfer to-us {\n  from eea\n  to us\n  by standard-contractual-clauses\n}\n"),
                new Case(
                        "data item no purpose uses",
                        files(
                                "category account \"Account\" {\n  data email \"Email\"\n  data fax \"Fax\"\n}\n"
                                        + "purpose orders \"Orders\" {\n  basis contract\n  uses email\n  retention 30 days\n}\n"),
                        "unused-data",
                        "Delete data item `fax`",
                        "category account \"Account\" {\n  data email \"Email\"\n}\n"
                                + "purpose orders \"Orders\" {\n  basis contract\n  uses email\n  retention 30 days\n}\n"),
                new Case(
                        "no retention",
                        files("purpose orders \"Orders\" {\n  basis contract\n}\n"),
                        "missing-retention",
                        "Add `retention until \"<event>\"`",
                        "purpose orders \"Orders\" {\n  basis contract\n  retention until \"<event>\"\n}\n"),
                new Case(
                        "no data protection officer",
                        files("policy shop \"Shop\" {\n  version \"1\"\n}\n"),
                        "gdpr-dpo",
                        "Add `contact dpo \"Data Protection Officer\" { role dpo email \"dpo@...\" }`",
                        "policy shop \"Shop\" {\n  version \"1\"\n}\n\n"
                                + "contact dpo \"Data Protection Officer\" {\n  role dpo\n  email \"dpo@...\"\n}\n"),
                new Case(
                        "nothing said about automated decisions",
                        files("policy shop \"Shop\" {\n  version \"1\"\n}\n"),
                        "gdpr-automated-decisions",
                        "Add `automated-decisions \"We do not make decisions based solely on automated processing.\"`",
                        "policy shop \"Shop\" {\n  version \"1\"\n"
                                + "  automated-decisions \"We do not make decisions based solely on automated processing.\"\n"
                                + "}\n"),
                new Case(
                        "no controller",
                        files("policy shop \"Shop\" {\n  version \"1\"\n}\n"),
                        "gdpr-controller",
                        "Add `controller <name> \"<legal name>\" { address \"...\" email \"...\" }`",
                        "policy shop \"Shop\" {\n  version \"1\"\n}\n\n"
                                + "controller name \"<legal name>\" {\n  address \"...\"\n  email \"...\"\n}\n"),
                new Case(
                        "source of data from others not named",
                        files("policy shop \"Shop\" {\n  version \"1\"\n}\n"
                                + "category partner \"From partners\" {\n  origin third-party\n"
                                + "  data clicks \"Ad clicks\"\n}\n"
                                + "party ad-network \"Ad Network\" { }\n"),
                        "gdpr-source",
                        "Add `from ad-network` to clicks",
                        "policy shop \"Shop\" {\n  version \"1\"\n}\n"
                                + "category partner \"From partners\" {\n  origin third-party\n"
                                + "  data clicks \"Ad clicks\" {\n    from ad-network\n  }\n}\n"
                                + "party ad-network \"Ad Network\" { }\n"),
                new Case(
                        "text without a translation",
                        files("policy shop \"Shop\" zh \"商店\" {\n  version \"1\"\n  languages en, de, zh\n}\n"),
                        "missing-translation",
                        "Add `de \"...\"`",
                        "policy shop \"Shop\" de \"...\" zh \"商店\" {\n  version \"1\"\n  languages en, de, zh\n}\n"),
                new Case(
                        "file declares nothing",
                        files("// the shop's policy\n"),
                        "empty-file",
                        "Start the file with `policy",
                        "// the shop's policy\n\npolicy policy \"<title>\" {\n  version \"" + TODAY + "\"\n}\n"));
    }

    static Map<String, String> files(String first, String... more) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("policy.pledge", first);
        for (int i = 0; i + 1 < more.length; i += 2) {
            files.put(more[i], more[i + 1]);
        }
        return files;
    }

    @BeforeAll
    void startServer() throws IOException {
        for (Case fixture : cases().toList()) {
            for (Map.Entry<String, String> file : fixture.files().entrySet()) {
                Path path = folder(fixture).resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        server = LanguageServerProcess.start(logs);
        server.initialize(workspace);
        server.sync();
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFixWritesWhatTheMessageProposes(Case fixture) throws Exception {
        Path file = folder(fixture).resolve("policy.pledge");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        server.open(file, text, 1);
        List<Diagnostic> diagnostics = server.awaitDiagnostics(
                file,
                fixture.rule(),
                d -> d.stream().anyMatch(x -> fixture.rule().equals(code(x))));
        Diagnostic diagnostic = diagnostics.stream()
                .filter(d -> fixture.rule().equals(code(d)))
                .findFirst()
                .orElseThrow();
        // the diagnostic as an editor sends it back, without the data a check may attach (clients may drop it)
        diagnostic.setData(null);

        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.get(
                server.server()
                        .getTextDocumentService()
                        .codeAction(new CodeActionParams(
                                new TextDocumentIdentifier(file.toUri().toString()),
                                diagnostic.getRange(),
                                new CodeActionContext(List.of(diagnostic)))),
                "codeAction");
        CodeAction action = actions.stream()
                .map(Either::getRight)
                .filter(a -> a.getTitle().startsWith(fixture.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fix titled '" + fixture.title() + "' among "
                        + actions.stream().map(a -> a.getRight().getTitle()).toList()));
        assertEquals("quickfix", action.getKind());
        Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
        assertEquals(List.of(file.toUri().toString()), List.copyOf(changes.keySet()), "edits this file only");
        String after = EditorFeaturesIT.apply(text, changes.get(file.toUri().toString()));
        if (fixture.after() != null) {
            assertEquals(fixture.after(), after);
        }

        server.change(file, after);
        List<Diagnostic> fixed = server.awaitPublication(
                        file, "version 2", p -> Integer.valueOf(2).equals(p.getVersion()))
                .getDiagnostics();
        assertFalse(
                fixed.stream()
                        .anyMatch(d -> fixture.rule().equals(code(d))
                                && d.getRange()
                                        .getStart()
                                        .equals(diagnostic.getRange().getStart())),
                () -> "still there after the fix: " + fixed);
        assertTrue(
                fixed.stream().noneMatch(d -> "syntax".equals(code(d))),
                () -> "the fix broke the syntax: " + fixed + "\n" + after);
    }

    private Path folder(Case fixture) {
        return workspace.resolve(fixture.name().replaceAll("[^a-z]+", "-"));
    }

    static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
    }
}
