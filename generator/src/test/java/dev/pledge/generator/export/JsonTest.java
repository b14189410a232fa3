// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals(
                "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\\u007f\\u2028\\u2029é中\"",
                Json.quote("a\"b\\c\n\t\r\b\f\u0001\u001f\u007f\u2028\u2029é中"));
    }

    @Test
    void everyStringRoundTripsThroughAJsonParser() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append("😀");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", all.toString());
        assertEquals(
                all.toString(),
                new ObjectMapper().readTree(Json.write(tree)).get("text").asString());
    }

    @Test
    void indentsAndKeepsOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", 1);
        tree.put("a", Arrays.asList(true, null, "x"));
        tree.put("empty", List.of());
        tree.put("none", Map.of());
        assertEquals(
                "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null,\n    \"x\"\n  ],\n  \"empty\": [],\n  \"none\": {}\n}\n",
                Json.write(tree));
    }

    @Test
    void refusesValuesWithoutAJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(1.5)));
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(new Object())));
    }
}
