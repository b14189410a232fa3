// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.export.PledgeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge export}: exit codes, what it prints, what it writes. */
class ExportCommandTest {

    private static final Path XIAOMI = Path.of("..", "examples", "xiaomi", "2021");

    /** A valid policy with an item and a purpose the built-in mapping tables do not list. */
    private static final String SMALL = """
			policy shop "Shop" { version "7" }
			category account "Account" { data email "Email" data shoe-size "Shoe size" }
			purpose orders "Orders" { basis contract uses email, shoe-size }
			right access { via web "https://shop.example/access" }
			""";

    @TempDir
    Path dir;

    private Path small() throws IOException {
        Path policy = dir.resolve("shop.pledge");
        Files.writeString(policy, SMALL, StandardCharsets.UTF_8);
        return policy;
    }

    private List<String> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsEveryFormatOfXiaomi() throws IOException {
        Path out = dir.resolve("exports");
        Cli.Run run = Cli.pledge("export", "--format", "all", "--out", out.toString(), XIAOMI.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                List.of(
                        "PrivacyInfo.xcprivacy",
                        "play-data-safety.csv",
                        "pledge-policy.dpv.jsonld",
                        "pledge-policy.json"),
                listed(out));
        List<String> lines = run.outLines();
        assertEquals(5, lines.size(), run.out());
        assertEquals(Cli.shown(out.resolve("pledge-policy.json")), lines.get(0));
        assertTrue(lines.get(4).startsWith("Exported 4 files for policy xiaomi (version "), lines.get(4));
        assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("pledge: warning: ")), run.err());
        assertTrue(run.err().contains("pledge: warning: play: data item `ecv` has no Play data type"), run.err());
        assertTrue(Files.readString(out.resolve("pledge-policy.json"))
                .contains("\"schemaVersion\": \"" + PledgeJson.SCHEMA_VERSION + "\""));
        assertTrue(Files.readString(out.resolve("PrivacyInfo.xcprivacy"))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        run.assertNoStackTrace();
    }

    @Test
    void exportsOnlyTheFormatsAsked() throws IOException {
        Path out = dir.resolve("exports");
        Cli.Run run = Cli.pledge("export", "--format", "json,apple", "--out", out.toString(), small().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("PrivacyInfo.xcprivacy", "pledge-policy.json"), listed(out));
        assertEquals(
                "Exported 2 files for policy shop (version 7): 2 warnings.",
                run.outLines().get(2));
        assertEquals(
                List.of(
                        "pledge: warning: apple: data item `shoe-size` has no Apple data type: add a row for it to"
                                + " data-types.tsv (pledge export --mappings DIR)",
                        "pledge: warning: apple: purpose `orders` has no Apple purpose:"
                                + " add a row for it to purposes.tsv (pledge export --mappings DIR)"),
                run.errLines());
    }

    @Test
    void mappingsFolderAddsRows() throws IOException {
        Path mappings = Files.createDirectory(dir.resolve("mappings"));
        Files.writeString(
                mappings.resolve("data-types.tsv"), "# mine\nshoe-size\t-\tPSL_OTHER_PERSONAL\tOtherDataTypes\n");
        Files.writeString(mappings.resolve("purposes.tsv"), "orders\tapp-functionality\n");
        Path out = dir.resolve("exports");
        Cli.Run run = Cli.pledge(
                "export",
                "--format",
                "apple",
                "--mappings",
                mappings.toString(),
                "--out",
                out.toString(),
                small().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        String manifest = Files.readString(out.resolve("PrivacyInfo.xcprivacy"));
        assertTrue(manifest.contains("<string>NSPrivacyCollectedDataTypeOtherDataTypes</string>"), manifest);
        assertTrue(manifest.contains("<string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string>"), manifest);
    }

    @Test
    void badMappingsFileIsAUsageError() throws IOException {
        Path mappings = Files.createDirectory(dir.resolve("mappings"));
        Files.writeString(mappings.resolve("purposes.tsv"), "orders\tapp-functionality\textra\n");
        Cli.Run run = Cli.pledge(
                "export",
                "--format",
                "play",
                "--mappings",
                mappings.toString(),
                "--out",
                dir.resolve("out").toString(),
                small().toString());
        assertEquals(2, run.exit());
        assertTrue(
                run.err().startsWith("pledge: error: ") && run.err().contains("expected 2 tab-separated columns"),
                run.err());
        assertFalse(Files.exists(dir.resolve("out")));
        run.assertNoStackTrace();
    }

    @Test
    void helpListsTheFormats() {
        Cli.Run run = Cli.pledge("export", "--help");
        assertEquals(0, run.exit());
        for (String format : List.of("json", "dpv", "play", "apple", "all")) {
            assertTrue(run.out().contains("\n  " + format + " "), run.out());
        }
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Cli.Run run = Cli.pledge("export", "--format", "pdf", "--out", dir.toString(), small().toString());
        assertEquals(2, run.exit());
        assertEquals("pledge: error: unknown export format 'pdf': use json, dpv, play, apple or all\n", run.err());
    }

    @Test
    void policyWithErrorsIsExit1AndWritesNothing() throws IOException {
        Path policy = dir.resolve("broken.pledge");
        Files.writeString(
                policy, "policy shop \"Shop\" { version \"1\" }\npurpose orders \"Orders\" { uses nothing-here }\n");
        Path out = dir.resolve("exports");
        Cli.Run run = Cli.pledge("export", "--format", "all", "--out", out.toString(), policy.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("[unresolved-name]"), run.err());
        assertTrue(
                run.errLines().get(run.errLines().size() - 1).endsWith("Nothing exported: fix the errors first."),
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingPolicyAndMissingParentFolderAreUsageErrors() throws IOException {
        Cli.Run missing = Cli.pledge(
                "export",
                "--format",
                "json",
                "--out",
                dir.toString(),
                dir.resolve("nope.pledge").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("pledge: error: "), missing.err());

        Cli.Run noParent = Cli.pledge(
                "export", "--format", "json", "--out", dir.resolve("a/b").toString(), small().toString());
        assertEquals(2, noParent.exit());
        assertTrue(noParent.err().contains("its parent folder does not exist"), noParent.err());
        noParent.assertNoStackTrace();
    }

    @Test
    void replacesOldFilesWholeAndLeavesNoTemporaryFiles() throws IOException {
        Path out = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(out.resolve("pledge-policy.json"), "old");
        Cli.Run run = Cli.pledge("export", "--format", "json", "--out", out.toString(), small().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("pledge-policy.json")).startsWith("{\n  \"$schema\""));
        assertEquals(List.of("pledge-policy.json"), listed(out));
    }

    @Test
    void aFailedFormatLeavesEveryFileAsItWas() throws IOException {
        Path out = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(out.resolve("pledge-policy.json"), "old");
        Files.createDirectory(out.resolve("play-data-safety.csv")); // in the way of the third file
        Cli.Run run = Cli.pledge("export", "--format", "all", "--out", out.toString(), small().toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(
                run.err()
                        .contains("cannot write the exports: "
                                + out.resolve("play-data-safety.csv").toAbsolutePath() + " is a folder: remove it"),
                run.err());
        assertEquals("old", Files.readString(out.resolve("pledge-policy.json")), "the first format is not replaced");
        assertEquals(
                List.of("play-data-safety.csv", "pledge-policy.json"), listed(out), "nothing new, no temporary file");
        run.assertNoStackTrace();
    }
}
