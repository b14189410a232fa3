// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Pledge JSON is valid against its committed schema, and the schema is strict enough to catch drift. */
class PledgeJsonTest {

    private static Schema schema;
    private static JsonNode schemaJson;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PledgeJson.class.getResourceAsStream(PledgeJson.SCHEMA_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schemaJson = MAPPER.readTree(text);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        }
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaDeclaresDraft202012IdAndVersion() {
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schemaJson.get("$schema").asString());
        assertEquals(PledgeJson.SCHEMA_ID, schemaJson.get("$id").asString());
        assertEquals(
                PledgeJson.SCHEMA_VERSION,
                schemaJson.get("properties").get("schemaVersion").get("const").asString());
    }

    @Test
    void xiaomiExportIsValid() throws IOException {
        String json = PledgeJson.export(ExportTestPolicies.xiaomi()).content();
        assertEquals(List.of(), validate(json));
        JsonNode tree = MAPPER.readTree(json);
        assertEquals(PledgeJson.SCHEMA_ID, tree.get("$schema").asString());
        assertEquals("xiaomi", tree.get("policy").get("id").asString());
        assertEquals(
                ExportTestPolicies.xiaomi().purposes().size(),
                tree.get("purposes").size());
        assertEquals(
                ExportTestPolicies.xiaomi().parties().size(),
                tree.get("parties").size());
    }

    @Test
    void shopExportIsValidAndCarriesTheFacts() throws IOException {
        String json = PledgeJson.export(ExportTestPolicies.shop()).content();
        assertEquals(List.of(), validate(json));
        JsonNode tree = MAPPER.readTree(json);
        assertEquals(
                "Shop, \"best\" <store> & co",
                tree.get("policy").get("title").get("en").asString());
        assertEquals("商店", tree.get("policy").get("title").get("zh").asString());
        JsonNode nearby = tree.get("purposes").get(1);
        assertEquals("nearby", nearby.get("id").asString());
        assertEquals("explicit-consent", nearby.get("basis").asString());
        assertTrue(nearby.get("consentBased").asBoolean());
        assertEquals(2, nearby.get("version").asInt());
        assertEquals(30, nearby.get("retention").get("duration").get("amount").asInt());
        assertEquals("day", nearby.get("retention").get("duration").get("unit").asString());
        assertEquals(
                "Shoe size\twith a tab",
                tree.get("categories")
                        .get(0)
                        .get("items")
                        .get(3)
                        .get("title")
                        .get("en")
                        .asString());
        assertTrue(tree.get("categories")
                .get(0)
                .get("items")
                .get(2)
                .get("sensitive")
                .asBoolean());
        assertEquals(
                "standard-contractual-clauses",
                tree.get("transfers").get(0).get("mechanisms").get(0).asString());
        assertFalse(nearby.has("interest"), "values a policy does not state are left out");
    }

    @Test
    void schemaRejectsWhatItDoesNotDescribe() throws IOException {
        String json = PledgeJson.export(ExportTestPolicies.shop()).content();
        ObjectNode badBasis = (ObjectNode) MAPPER.readTree(json);
        ((ObjectNode) badBasis.get("purposes").get(0)).put("basis", "because");
        assertFalse(validate(badBasis.toString()).isEmpty(), "an unknown legal basis");

        ObjectNode extra = (ObjectNode) MAPPER.readTree(json);
        extra.put("surprise", true);
        assertFalse(validate(extra.toString()).isEmpty(), "a member the schema does not describe");

        ObjectNode missing = (ObjectNode) MAPPER.readTree(json);
        missing.remove("purposes");
        assertFalse(validate(missing.toString()).isEmpty(), "a required member missing");

        ObjectNode emptyText = (ObjectNode) MAPPER.readTree(json);
        ((ObjectNode) emptyText.get("policy")).putObject("title");
        assertFalse(validate(emptyText.toString()).isEmpty(), "a text without any language");
    }

    @Test
    void sameBytesTwice() {
        assertEquals(
                PledgeJson.export(ExportTestPolicies.xiaomi()).content(),
                PledgeJson.export(ExportTestPolicies.xiaomi()).content());
    }
}
