// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pledge.cli.Cli.Run;
import dev.pledge.dsl.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * {@code --format sarif}: the structure code-scanning services read, checked field by field and
 * against the official SARIF 2.1.0 JSON schema.
 */
class SarifReportTest {

    /** Policies must lie below the working folder for their URIs to be relative. */
    static final class BelowWorkingFolder implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension)
                throws IOException {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "sarif-tests")), "run");
        }
    }

    @TempDir(factory = BelowWorkingFolder.class)
    Path dir;

    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void reportOnStandardOutputHasEveryFieldCodeScanningReads() throws IOException {
        Path policy = Policies.write(dir.resolve("policies/shop.pledge"), Policies.ERROR_AND_WARNING);
        String uri = Path.of("")
                .toAbsolutePath()
                .relativize(policy.toAbsolutePath())
                .toString()
                .replace('\\', '/');

        Run run = pledge("check", "--format", "sarif", policy.toString());

        assertEquals(1, run.exit());
        assertEquals(
                List.of("Checked 1 file: 1 error, 1 warning."), run.errLines(), "summary on stderr, stdout is JSON");
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        assertEquals(
                "https://json.schemastore.org/sarif-2.1.0.json",
                log.get("$schema").getAsString());
        assertEquals(1, log.getAsJsonArray("runs").size());
        JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();

        JsonObject driver = sarifRun.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("pledge", driver.get("name").getAsString());
        assertEquals(Version.DEVELOPMENT, driver.get("version").getAsString());
        JsonArray rules = driver.getAsJsonArray("rules");
        List<String> ruleIds = new ArrayList<>();
        for (JsonElement rule : rules) {
            JsonObject r = rule.getAsJsonObject();
            ruleIds.add(r.get("id").getAsString());
            assertFalse(
                    r.getAsJsonObject("shortDescription")
                            .get("text")
                            .getAsString()
                            .isBlank(),
                    r.toString());
            assertTrue(Set.of("error", "warning")
                    .contains(r.getAsJsonObject("defaultConfiguration")
                            .get("level")
                            .getAsString()));
        }
        assertEquals(Stream.of(Rule.values()).map(Rule::id).toList(), ruleIds, "every rule, in catalogue order");

        assertEquals(
                Path.of("").toAbsolutePath().toUri().toString(),
                sarifRun.getAsJsonObject("originalUriBaseIds")
                        .getAsJsonObject("%SRCROOT%")
                        .get("uri")
                        .getAsString());

        JsonArray results = sarifRun.getAsJsonArray("results");
        assertEquals(2, results.size());
        assertResult(results.get(0).getAsJsonObject(), "unused-data", "warning", uri, 21, 8, rules);
        assertResult(results.get(1).getAsJsonObject(), "missing-legal-basis", "error", uri, 24, 9, rules);
        assertTrue(results.get(1)
                .getAsJsonObject()
                .getAsJsonObject("message")
                .get("text")
                .getAsString()
                .startsWith("purpose 'newsletter' has no legal basis"));

        assertValid(run.out());
    }

    @Test
    void cleanPolicyHasNoResultsAndIsStillValid() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.CLEAN);

        Run run = pledge("check", "--format", "sarif", policy.toString());

        assertEquals(0, run.exit());
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(
                0,
                log.getAsJsonArray("runs")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("results")
                        .size());
        assertValid(run.out());
    }

    @Test
    void badInputFindingsAreValidSarifToo() throws IOException {
        Policies.write(dir.resolve("empty.pledge"), "");
        Files.write(dir.resolve("binary.pledge"), new byte[] {0, 1, 2, (byte) 0xff});
        Policies.write(dir.resolve("typo.pledge"), "purpse orders \"Orders\" { }\n");

        Run run = pledge("check", "--format", "sarif", dir.toString());

        assertEquals(1, run.exit());
        JsonArray results = JsonParser.parseString(run.out())
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results");
        Set<String> ruleIds = new java.util.TreeSet<>();
        results.forEach(r -> ruleIds.add(r.getAsJsonObject().get("ruleId").getAsString()));
        assertEquals(Set.of("empty-file", "not-text", "syntax"), ruleIds);
        assertValid(run.out());
    }

    @Test
    void fingerprintsAreStableWhenLinesMoveAndDifferBetweenFindings() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);
        List<String> before = fingerprints(
                pledge("check", "--format", "sarif", policy.toString()).out());
        Policies.write(policy, "// a comment moves every finding down a line\n" + Policies.ERROR_AND_WARNING);
        List<String> after = fingerprints(
                pledge("check", "--format", "sarif", policy.toString()).out());

        assertEquals(2, before.size());
        assertNotEquals(before.get(0), before.get(1));
        assertEquals(before, after);
    }

    @Test
    void reportToFileIsTheSameJsonWithTheSummaryOnTheConsole() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);
        Path report = dir.resolve("out/pledge.sarif");
        Files.createDirectories(report.getParent());

        Run toFile = pledge("check", "--format", "sarif", "-o", report.toString(), policy.toString());
        Run toConsole = pledge("check", "--format", "sarif", policy.toString());

        assertEquals(1, toFile.exit());
        assertEquals(List.of("Checked 1 file: 1 error, 1 warning."), toFile.outLines());
        assertEquals("", toFile.err());
        assertEquals(toConsole.out(), Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(
                    List.of("pledge.sarif"),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no temp files left");
        }
    }

    /** The validator must be able to fail, or the other tests prove nothing. */
    @Test
    void schemaRejectsBrokenSarif() throws IOException {
        Path policy = Policies.write(dir.resolve("shop.pledge"), Policies.ERROR_AND_WARNING);
        JsonObject log = JsonParser.parseString(
                        pledge("check", "--format", "sarif", policy.toString()).out())
                .getAsJsonObject();
        JsonObject result = log.getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results")
                .get(0)
                .getAsJsonObject();
        result.addProperty("level", "fatal");
        result.getAsJsonObject("message").remove("text");

        List<com.networknt.schema.Error> errors = sarifSchema.validate(log.toString(), InputFormat.JSON);

        assertFalse(errors.isEmpty(), "a level outside the enum and a message without text must be rejected");
    }

    private static void assertResult(
            JsonObject result, String ruleId, String level, String uri, int line, int column, JsonArray rules) {
        assertEquals(ruleId, result.get("ruleId").getAsString());
        assertEquals(
                ruleId,
                rules.get(result.get("ruleIndex").getAsInt())
                        .getAsJsonObject()
                        .get("id")
                        .getAsString());
        assertEquals(level, result.get("level").getAsString());
        assertFalse(result.getAsJsonObject("message").get("text").getAsString().isBlank());
        JsonObject physical =
                result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        JsonObject artifact = physical.getAsJsonObject("artifactLocation");
        assertEquals(uri, artifact.get("uri").getAsString());
        assertFalse(uri.startsWith("/") || uri.contains(":"), "relative URI: " + uri);
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
        assertEquals(line, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(
                column, physical.getAsJsonObject("region").get("startColumn").getAsInt());
        JsonObject fingerprints = result.getAsJsonObject("partialFingerprints");
        assertTrue(fingerprints.size() > 0, "partialFingerprints present");
        fingerprints
                .entrySet()
                .forEach(e -> assertTrue(e.getValue().getAsString().matches("[0-9a-f]{32}"), e.toString()));
    }

    private static List<String> fingerprints(String sarif) {
        List<String> prints = new ArrayList<>();
        JsonParser.parseString(sarif)
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("results")
                .forEach(r -> prints.add(r.getAsJsonObject()
                        .getAsJsonObject("partialFingerprints")
                        .get("pledgeFinding/v1")
                        .getAsString()));
        return prints;
    }

    private static void assertValid(String sarif) {
        List<com.networknt.schema.Error> errors = sarifSchema.validate(sarif, InputFormat.JSON);
        assertTrue(
                errors.isEmpty(),
                () -> "not valid SARIF 2.1.0:\n"
                        + errors.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
}
