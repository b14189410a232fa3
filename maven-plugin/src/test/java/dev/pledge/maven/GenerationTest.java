// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal's work, in process: what it writes, when it skips, how it fails. */
class GenerationTest {

    @TempDir
    Path project;

    private Path policyFolder;
    private Path policyFile;
    private RecordingLog log;

    @BeforeEach
    void setUp() throws IOException {
        policyFolder = Files.createDirectories(project.resolve("src/main/pledge"));
        policyFile = policyFolder.resolve("shop.pledge");
        Files.writeString(policyFile, shopPolicy());
        log = new RecordingLog();
    }

    static String shopPolicy() throws IOException {
        try (InputStream in = GenerationTest.class.getResourceAsStream("shop.pledge")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Generation.Request request(String packageName) {
        return request(packageName, List.of("html", "md", "text"), List.of());
    }

    private Generation.Request request(String packageName, List<String> noticeFormats, List<String> noticeLanguages) {
        return new Generation.Request(
                project,
                policyFolder,
                null,
                packageName,
                project.resolve("target/generated-sources/pledge"),
                project.resolve("target/pledge"),
                noticeFormats,
                noticeLanguages,
                project.resolve("target/pledge/generate.stamp"));
    }

    private Path generated(String packagePath, String file) {
        return project.resolve("target/generated-sources/pledge")
                .resolve(packagePath)
                .resolve(file);
    }

    @Test
    void generatesTheJavaApiAndAStamp() throws Exception {
        Generation.Result result = Generation.run(request("com.example.privacy"), new PolicyCache(), log);

        assertFalse(result.upToDate());
        assertTrue(Files.isRegularFile(generated("com/example/privacy", "ShopConsent.java")));
        assertTrue(Files.isRegularFile(generated("com/example/privacy", "PersonalData.java")));
        assertTrue(result.files().contains(generated("com/example/privacy", "Purpose.java")));
        assertTrue(Files.isRegularFile(project.resolve("target/pledge/generate.stamp")));
        assertTrue(
                log.lines().contains("[INFO] Checked 1 policy file: 0 errors, 0 warnings."),
                log.lines().toString());
        long javaFiles = result.files().stream()
                .filter(f -> f.toString().endsWith(".java"))
                .count();
        assertTrue(
                log.lines()
                        .contains("[INFO] Generated " + javaFiles + " Java files for policy shop (version "
                                + "2024-01-01) in package com.example.privacy into target/generated-sources/pledge"),
                log.lines().toString());
    }

    @Test
    void writesNoticesInThePolicysLanguagesAndEveryFormat() throws Exception {
        Generation.Result result = Generation.run(request("com.example.privacy"), new PolicyCache(), log);

        for (String file : List.of("shop.en.html", "shop.en.md", "shop.en.txt")) {
            Path notice = project.resolve("target/pledge").resolve(file);
            assertTrue(Files.isRegularFile(notice), file);
            assertTrue(result.files().contains(notice), file);
            assertTrue(Files.readString(notice).contains("Attribute installs to ads"), file);
        }
        assertTrue(
                log.lines().contains("[INFO] Generated 3 notices (html, md, text; en) into target/pledge"),
                log.lines().toString());
    }

    @Test
    void writesTheReviewChecklistNextToTheNoticesWhenAsked() throws Exception {
        Generation.Request request = new Generation.Request(
                project,
                policyFolder,
                null,
                "com.example.privacy",
                project.resolve("target/generated-sources/pledge"),
                project.resolve("target/pledge"),
                List.of("html"),
                List.of(),
                project.resolve("target/pledge/generate.stamp"),
                true);
        Generation.Result result = Generation.run(request, new PolicyCache(), log);

        Path review = project.resolve("target/pledge/shop.review.md");
        assertTrue(result.files().contains(review), result.files().toString());
        String text = Files.readString(review);
        assertTrue(text.startsWith("# Review checklist: "), text);
        assertTrue(text.contains("| Art. 21(4) | The right to object, explicitly and separately"), text);
        assertTrue(text.contains("Version 2024-01-01, from src/main/pledge/shop.pledge."), text);
        assertTrue(
                log.lines()
                        .contains("[INFO] Generated 1 notice (html; en) and the review checklist shop.review.md into"
                                + " target/pledge"),
                log.lines().toString());
        assertFalse(
                Files.exists(project.resolve("target/pledge").resolve("shop.review.md.tmp")), "no temporary file left");

        Generation.Result again = Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        assertFalse(again.upToDate(), "asking for no checklist is a change of parameters");
        assertFalse(Files.exists(review), "the last generation's checklist is stale: deleted");
    }

    @Test
    void noticeWarningsArePrintedAndNoNoticesWhenNoFormat() throws Exception {
        Generation.run(request("com.example.privacy", List.of(), List.of()), new PolicyCache(), log);
        assertFalse(Files.exists(project.resolve("target/pledge/shop.en.html")));

        Generation.Result chinese =
                Generation.run(request("com.example.privacy", List.of("md"), List.of("zh")), new PolicyCache(), log);

        assertFalse(chinese.upToDate(), "the notice parameters are part of the stamp");
        assertTrue(Files.isRegularFile(project.resolve("target/pledge/shop.zh.md")));
        List<String> warnings = log.lines().stream()
                .filter(line -> line.startsWith("[WARNING] "))
                .toList();
        long each = log.lines().stream()
                .filter(line -> line.startsWith("[DEBUG] ") && line.endsWith(" [missing-translation]"))
                .count();
        assertTrue(each > 1, "every missing translation at debug level");
        assertEquals(
                List.of(
                        "[WARNING] src/main/pledge/shop.pledge:6:21: controller 'shop-ltd': title has no zh translation: the zh"
                                + " notice shows the English text; write zh \"...\" after it [missing-translation] (and "
                                + (each - 1)
                                + " more like it in the zh notice: mvn -X lists them)"),
                warnings);
        assertEquals(20, shopPolicy().lines().toList().get(5).indexOf("\"Shop Ltd.\""), "line 6, column 21: the title");
    }

    @Test
    void unknownNoticeFormatFails() {
        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> Generation.run(
                        request("com.example.privacy", List.of("pdf"), List.of()), new PolicyCache(), log));

        assertEquals(
                "unknown notice format 'pdf': use html, md or text: check <noticeFormats> and <noticeLanguages>",
                e.getMessage());
    }

    @Test
    void skipsWhenNothingChanged() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        Path consent = generated("com/example/privacy", "ShopConsent.java");
        Files.writeString(consent, "// edited by hand\n", StandardCharsets.UTF_8);

        Generation.Result again = Generation.run(request("com.example.privacy"), new PolicyCache(), log);

        assertTrue(again.upToDate());
        assertEquals("// edited by hand\n", Files.readString(consent), "a skipped generation writes nothing");
        assertTrue(
                log.lines()
                        .contains(
                                "[INFO] Policy and parameters unchanged since the last generation: "
                                        + "target/generated-sources/pledge is up to date (delete target/pledge/generate.stamp to force generation)"));
    }

    @Test
    void regeneratesWhenThePolicyChanges() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        Files.writeString(policyFile, shopPolicy().replace("version \"2024-01-01\"", "version \"2024-02-01\""));

        Generation.Result again = Generation.run(request("com.example.privacy"), new PolicyCache(), log);

        assertFalse(again.upToDate());
        assertTrue(Files.readString(generated("com/example/privacy", "ShopConsent.java"))
                .contains("2024-02-01"));
    }

    @Test
    void regeneratesWhenAPolicyFileIsAddedToTheFolder() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        Files.writeString(policyFolder.resolve("more.pledge"), "category more \"More\" { data email \"Email\" }\n");

        assertFalse(Generation.run(request("com.example.privacy"), new PolicyCache(), log)
                .upToDate());
    }

    @Test
    void regeneratesWhenAnImportedFileOutsideTheFolderChanges() throws Exception {
        Path shared = Files.createDirectories(project.resolve("shared"));
        String policy = shopPolicy();
        int category = policy.indexOf("category device");
        int purposes = policy.indexOf("purpose fraud-prevention");
        Files.writeString(shared.resolve("data.pledge"), policy.substring(category, purposes));
        Files.writeString(
                policyFile,
                "import \"../../../shared/data.pledge\"\n" + policy.substring(0, category)
                        + policy.substring(purposes));
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        assertTrue(Generation.run(request("com.example.privacy"), new PolicyCache(), log)
                .upToDate());

        Files.writeString(
                shared.resolve("data.pledge"),
                policy.substring(category, purposes).replace("\"IMEI\"", "\"Device IMEI\""));

        assertFalse(Generation.run(request("com.example.privacy"), new PolicyCache(), log)
                .upToDate());
        assertTrue(Files.readString(generated("com/example/privacy", "DataItem.java"))
                .contains("Device IMEI"));
    }

    @Test
    void regeneratesWhenThePackageChangesAndDeletesTheOldPackage() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);

        Generation.Result moved = Generation.run(request("com.example.consent"), new PolicyCache(), log);

        assertFalse(moved.upToDate());
        assertTrue(Files.isRegularFile(generated("com/example/consent", "ShopConsent.java")));
        assertFalse(
                Files.exists(generated("com/example/privacy", "ShopConsent.java")), "stale sources would not compile");
    }

    @Test
    void regeneratesWhenAnOutputIsDeleted() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        Files.delete(generated("com/example/privacy", "Purpose.java"));

        assertFalse(Generation.run(request("com.example.privacy"), new PolicyCache(), log)
                .upToDate());
        assertTrue(Files.isRegularFile(generated("com/example/privacy", "Purpose.java")));
    }

    @Test
    void policyWithErrorsFailsWithItsLinesAndLeavesNoStamp() throws Exception {
        Generation.run(request("com.example.privacy"), new PolicyCache(), log);
        Files.writeString(policyFile, shopPolicy().replace("uses imei\n", "uses imie\n"));

        PledgeBuildException e = assertThrows(
                PledgeBuildException.class,
                () -> Generation.run(request("com.example.privacy"), new PolicyCache(), log));

        assertTrue(e.isFailure());
        assertEquals("the policy has 1 error: fix the lines above and build again", e.getMessage());
        assertTrue(
                log.lines().stream()
                        .anyMatch(line -> line.startsWith("[ERROR] src/main/pledge/shop.pledge:")
                                && line.endsWith("[unresolved-name]")),
                log.lines().toString());
        assertFalse(Files.exists(project.resolve("target/pledge/generate.stamp")));
    }

    @Test
    void missingPolicyFails() {
        Generation.Request request = new Generation.Request(
                project,
                project.resolve("src/main/nothing"),
                null,
                "com.example.privacy",
                project.resolve("out"),
                project.resolve("notices"),
                List.of("html"),
                List.of(),
                project.resolve("stamp"));

        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> Generation.run(request, new PolicyCache(), log));

        assertTrue(e.isFailure());
        assertEquals(
                "policy src/main/nothing does not exist: write the policy there, or set <policy> (property "
                        + "pledge.policy) to its file or folder",
                e.getMessage());
    }

    @Test
    void missingPackageFails() {
        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> Generation.run(request(" "), new PolicyCache(), log));

        assertEquals(
                "no package for the generated Java API: set <packageName> (property pledge.packageName), "
                        + "e.g. com.example.privacy",
                e.getMessage());
    }

    @Test
    void invalidPackageFailsWithTheGeneratorsReason() {
        PledgeBuildException e = assertThrows(
                PledgeBuildException.class, () -> Generation.run(request("com.example.class"), new PolicyCache(), log));

        assertTrue(e.isFailure());
        assertTrue(e.getMessage().contains("class"), e.getMessage());
    }

    @Test
    void concurrentGenerationsOfTwoProjectsDoNotInterfere() throws Exception {
        Path other = Files.createDirectories(project.resolve("other/src/main/pledge"));
        Files.writeString(other.resolve("shop.pledge"), shopPolicy());
        Generation.Request second = new Generation.Request(
                project.resolve("other"),
                other,
                null,
                "com.example.other",
                project.resolve("other/target/generated-sources/pledge"),
                project.resolve("other/target/pledge"),
                List.of("html"),
                List.of("en", "zh"),
                project.resolve("other/target/pledge/generate.stamp"));
        List<Generation.Request> requests = List.of(request("com.example.privacy"), second);

        List<Generation.Result> results = requests.parallelStream()
                .map(r -> {
                    try {
                        return Generation.run(r, new PolicyCache(), new RecordingLog());
                    } catch (PledgeBuildException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();

        assertEquals(results.get(0).files().size(), results.get(1).files().size() + 1, "three notices against two");
        assertTrue(Files.isRegularFile(
                project.resolve("other/target/generated-sources/pledge/com/example/other/ShopConsent.java")));
    }
}
