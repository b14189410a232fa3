// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.PolicyFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hover, semantic tokens and formatting on the Xiaomi policies (the repository's examples, copied
 * into a workspace), through the packaged server, as an editor asks for them.
 */
@TestInstance(Lifecycle.PER_CLASS)
class EditorFeaturesIT {

    @TempDir
    static Path workspace;

    @TempDir
    static Path logs;

    Path purposes;
    Path data;

    @BeforeAll
    void copyExamples() throws IOException {
        copy(Path.of("..", "examples", "xiaomi"), workspace);
        copy(Path.of("src", "test", "resources", "shop"), workspace.resolve("shop"));
        purposes = workspace.resolve("2021/purposes.pledge");
        data = workspace.resolve("2021/data.pledge");
    }

    @Test
    void hoverShowsTitleTranslationsClausesUsesAndWhereItIsDeclared() throws Exception {
        Path shopPurposes = workspace.resolve("shop/purposes.pledge");
        Path shopData = workspace.resolve("shop/data.pledge");
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            server.open(shopPurposes);

            // a reference: `email` in a purpose's uses (a keyword used as a name)
            String email = hover(server, shopPurposes, firstAfter(shopPurposes, "  uses ", "email"));
            assertEquals("""
                    **data** `email` — Email address \s
                    *de* E-Mail-Adresse

                    **Referred to** 3 times in 1 file:

                    - purpose `orders` (uses)
                    - purpose `fraud-prevention` (uses)
                    - purpose `newsletter` (uses)

                    *Declared in* `data.pledge`, line 5
                    """, email);

            // a declaration: a purpose's name shows its basis, what it uses and keeps, and what its categories hold
            String fraud = hover(server, shopPurposes, firstAfter(shopPurposes, "purpose ", "fraud-prevention"));
            assertEquals("""
                    **purpose** `fraud-prevention` — Prevent fraud \s
                    *de* Betrug verhindern

                    - `basis legitimate-interest "Protecting our customers and us from fraud"`
                    - `uses device, email`
                    - `retention 30 days`

                    `device` stands for 1: `ip-address` \s

                    Nothing in the policy refers to it.

                    *Declared in* `purposes.pledge`, line 10
                    """, fraud);

            // a party: what it receives for which purpose; who refers to it from another file
            String party = hover(server, shopPurposes, firstAfter(shopPurposes, "party ", "parcel-service"));
            assertTrue(party.contains("- `receives delivery-address for orders`"), party);
            assertTrue(party.contains("- transfer `to-us` (recipients)"), party);

            // a category: its description and items; a party's disclosure refers to an item of it
            server.open(shopData);
            String account = hover(server, shopData, firstAfter(shopData, "category ", "account"));
            assertTrue(account.contains("What you give us when you open an account.  \n*de* Was Sie"), account);
            assertTrue(account.contains("- 2 × `data`: `email`, `delivery-address`"), account);
            String address = hover(server, shopData, firstAfter(shopData, "  data ", "delivery-address"));
            assertTrue(address.contains("- party `parcel-service`: `receives delivery-address for orders`"), address);

            // the real policy: every name in a purpose's `uses` has a hover
            server.open(purposes);
            String text = Files.readString(purposes, StandardCharsets.UTF_8);
            int uses = text.indexOf("\n\tuses ") + "\n\tuses ".length();
            if (uses < "\n\tuses ".length()) {
                uses = text.indexOf("\n  uses ") + "\n  uses ".length();
            }
            String real = hover(server, purposes, position(text, uses));
            assertTrue(real.startsWith("**data** `") || real.startsWith("**category** `"), real);
            assertTrue(real.contains("*Declared in* `"), real);
        }
    }

    @Test
    void semanticTokensGiveEachKindOfNameItsOwnType() throws Exception {
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            InitializeResult initialized = server.initialize(workspace);
            SemanticTokensLegend legend =
                    initialized.getCapabilities().getSemanticTokensProvider().getLegend();
            assertTrue(
                    legend.getTokenTypes()
                            .containsAll(List.of(
                                    "purpose",
                                    "dataItem",
                                    "dataCategory",
                                    "party",
                                    "region",
                                    "languageTag",
                                    "keyword",
                                    "string",
                                    "comment",
                                    "enumMember")),
                    legend::toString);
            server.open(purposes);
            SemanticTokens tokens = server.get(
                    server.server()
                            .getTextDocumentService()
                            .semanticTokensFull(new SemanticTokensParams(
                                    new TextDocumentIdentifier(purposes.toUri().toString()))),
                    "semanticTokens/full");
            List<String> decoded = decode(Files.readString(purposes, StandardCharsets.UTF_8), tokens, legend);
            assertTrue(decoded.contains("purpose keyword"), decoded.subList(0, 20)::toString);
            assertTrue(decoded.stream().anyMatch(t -> t.endsWith(" purpose+declaration")), "a purpose's name");
            assertTrue(decoded.stream().anyMatch(t -> t.endsWith(" dataItem")), "a reference to a data item");
            assertTrue(decoded.contains("zh languageTag"));
            assertTrue(decoded.stream().anyMatch(t -> t.endsWith(" enumMember")), "a legal basis");
            assertTrue(decoded.contains("\"data.pledge\" string"));
            assertTrue(decoded.stream().anyMatch(t -> t.matches("// L\\d+.* comment")), "seed markers are comments");
            assertTrue(decoded.contains("email dataItem"), "a keyword used as a name is a name");
            assertFalse(decoded.stream().anyMatch(t -> t.startsWith("{ ") || t.startsWith(", ")), "no punctuation");
        }
    }

    @Test
    void formattingGivesTheLayoutOfPledgeFormatWhateverTheEditorsIndentation() throws Exception {
        PolicyFormatter formatter = new PolicyFormatter();
        try (LanguageServerProcess server = LanguageServerProcess.start(logs)) {
            server.initialize(workspace);
            for (Path file : List.of(purposes, data)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                server.open(file);
                List<? extends TextEdit> edits = format(server, file, new FormattingOptions(8, false));
                String formatted = apply(text, edits);
                assertEquals(formatter.format(text), formatted, file + ": editor formatting = pledge format");
                server.change(file, formatted);
                assertEquals(List.of(), format(server, file, new FormattingOptions(4, true)), "formatted twice");
            }
        }
    }

    /** Copies the *.pledge files below {@code from} into {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        Path source = from.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pledge")).toList()) {
                Path copy = to.resolve(source.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    private static List<? extends TextEdit> format(LanguageServerProcess server, Path file, FormattingOptions options) {
        return server.get(
                server.server()
                        .getTextDocumentService()
                        .formatting(new DocumentFormattingParams(
                                new TextDocumentIdentifier(file.toUri().toString()), options)),
                "formatting");
    }

    static String hover(LanguageServerProcess server, Path file, Position position) {
        Hover hover = server.get(
                server.server()
                        .getTextDocumentService()
                        .hover(new HoverParams(
                                new TextDocumentIdentifier(file.toUri().toString()), position)),
                "hover");
        return hover == null || hover.getContents() == null
                ? ""
                : hover.getContents().getRight().getValue();
    }

    /** The position of {@code word} in the first line that contains {@code prefix} followed (somewhere) by it. */
    static Position firstAfter(Path file, String prefix, String word) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int from = 0;
        while (true) {
            int line = text.indexOf(prefix, from);
            int end = text.indexOf('\n', line);
            int at = text.indexOf(word, line);
            if (at >= 0 && at < end && isWord(text, at, word)) {
                return position(text, at);
            }
            from = end;
        }
    }

    private static boolean isWord(String text, int at, String word) {
        int end = at + word.length();
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-')
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-');
    }

    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    /** The text after the edits (which do not overlap), applied last to first. */
    static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(
                        (TextEdit e) -> offset(text, e.getRange().getStart()))
                .reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            result.replace(
                    offset(text, edit.getRange().getStart()),
                    offset(text, edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return result.toString();
    }

    /** Each token as "text type[+modifier...]". */
    static List<String> decode(String text, SemanticTokens tokens, SemanticTokensLegend legend) {
        List<String> lines = text.lines().toList();
        List<String> decoded = new ArrayList<>();
        int line = 0;
        int column = 0;
        List<Integer> data = tokens.getData();
        for (int i = 0; i + 4 < data.size(); i += 5) {
            if (data.get(i) > 0) {
                line += data.get(i);
                column = data.get(i + 1);
            } else {
                column += data.get(i + 1);
            }
            String token =
                    lines.get(line).substring(column, Math.min(lines.get(line).length(), column + data.get(i + 2)));
            StringBuilder type = new StringBuilder(legend.getTokenTypes().get(data.get(i + 3)));
            for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
                if ((data.get(i + 4) & (1 << bit)) != 0) {
                    type.append('+').append(legend.getTokenModifiers().get(bit));
                }
            }
            decoded.add(token + " " + type);
        }
        assertFalse(decoded.isEmpty(), "no semantic tokens");
        return decoded;
    }
}
