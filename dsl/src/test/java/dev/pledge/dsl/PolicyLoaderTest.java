// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.Severity;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input becomes findings or a clear load error, never an exception escaping the loader. */
class PolicyLoaderTest {

    @TempDir
    Path folder;

    @Test
    void emptyFileIsAnError() {
        LoadResult result = new PolicyFixture(folder).check("// only a comment\n");
        assertOnly(result, Rule.EMPTY_FILE, 1, 1);
    }

    @Test
    void binaryFileIsNotParsed() throws Exception {
        Path file = Files.write(folder.resolve("image.pledge"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertOnly(new PolicyFixture(folder).load(List.of(file)), Rule.NOT_TEXT, 1, 1);
    }

    @Test
    void invalidUtf8IsNotText() throws Exception {
        Path file = Files.write(folder.resolve("latin1.pledge"), "policy caf\u00e9".getBytes("ISO-8859-1"));
        assertOnly(new PolicyFixture(folder).load(List.of(file)), Rule.NOT_TEXT, 1, 1);
    }

    @Test
    void aMegabyteOfGarbageGivesFewSyntaxErrors() throws Exception {
        byte[] bytes = new byte[1 << 20];
        Random random = new Random(42);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (32 + random.nextInt(95)); // printable ASCII: it is text, just not Pledge
        }
        Path file = Files.write(folder.resolve("garbage.pledge"), bytes);
        LoadResult result = new PolicyFixture(folder).load(List.of(file));
        assertTrue(result.hasErrors());
        assertTrue(result.findings().stream().allMatch(f -> f.ruleId().equals(Rule.SYNTAX.id())), describe(result));
        assertTrue(
                result.findings().size() <= 21,
                "at most 20 syntax errors and a summary: " + result.findings().size());
    }

    @Test
    void aFileTooLargeToBeAPolicyIsNotRead() throws Exception {
        Path file = folder.resolve("dump.pledge");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength((16L << 20) + 1);
        }
        assertOnly(new PolicyFixture(folder).load(List.of(file)), Rule.FILE_TOO_LARGE, 1, 1);
    }

    @Test
    void aMisplacedButClosedStringIsNotCalledUnclosed() {
        LoadResult result = new PolicyFixture(folder).check("policy p \"P\" { version \"1\" \"stray\" }\n");
        assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("not closed")), describe(result));
        assertTrue(
                result.findings().stream().anyMatch(f -> f.message().startsWith("unexpected '\"stray\"'")),
                describe(result));
    }

    @Test
    void largeBrokenFilesFailFast() throws Exception {
        // each line parses up to an unclosed block: semantic checks on this would be quadratic
        Path file = Files.writeString(folder.resolve("broken.pledge"), "purpose a \"b\" {\n".repeat(16_000));
        LoadResult result = new PolicyFixture(folder).load(List.of(file));
        assertTrue(result.findings().stream().allMatch(f -> f.ruleId().equals(Rule.SYNTAX.id())), describe(result));
    }

    @Test
    void unterminatedStringSaysSo() {
        LoadResult result = new PolicyFixture(folder).check("policy p \"Policy\" {\n  version \"1 }\n");
        assertTrue(
                result.findings().stream().anyMatch(f -> f.message().startsWith("string is not closed")),
                describe(result));
    }

    @Test
    void misspeltKeywordGetsASuggestion() {
        LoadResult result = new PolicyFixture(folder).check("purpse p \"P\" { basis contract }\n");
        Finding finding = result.findings().get(0);
        assertEquals(Rule.SYNTAX.id(), finding.ruleId());
        assertTrue(finding.message().contains("did you mean `purpose`?"), finding.message());
    }

    @Test
    void syntaxErrorsHideTheRestOfTheFilesFindings() {
        LoadResult result = new PolicyFixture(folder).check(PolicyFixture.CLEAN + "\npurpose broken \"B\" { basis }\n");
        assertEquals(java.util.Set.of(Rule.SYNTAX.id()), PolicyFixture.rules(result), describe(result));
    }

    @Test
    void missingFileAndEmptyFolderAreLoadErrors() throws Exception {
        PolicyFixture fixture = new PolicyFixture(folder);
        PolicyLoadException missing = assertThrows(
                PolicyLoadException.class, () -> PolicyFixture.LOADER.load(List.of(folder.resolve("nope.pledge"))));
        assertTrue(missing.getMessage().endsWith("nope.pledge: no such file or folder"), missing.getMessage());
        Path empty = Files.createDirectory(folder.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a policy");
        PolicyLoadException none =
                assertThrows(PolicyLoadException.class, () -> PolicyFixture.LOADER.load(List.of(empty)));
        assertTrue(none.getMessage().contains("folder contains no *.pledge files"), none.getMessage());
        assertThrows(PolicyLoadException.class, () -> PolicyFixture.LOADER.load(List.of()));
        fixture.write("ok.pledge", PolicyFixture.CLEAN);
    }

    private static void assertOnly(LoadResult result, Rule rule, int line, int column) {
        assertEquals(1, result.findings().size(), describe(result));
        Finding finding = result.findings().get(0);
        assertEquals(rule.id(), finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(line, finding.line());
        assertEquals(column, finding.column());
    }
}
