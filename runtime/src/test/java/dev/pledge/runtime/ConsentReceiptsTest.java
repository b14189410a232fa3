// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentReceiptsTest {
    private static final Instant AT = Instant.parse("2025-01-31T10:15:30.123456Z");

    static ConsentRecord record(String evidence) {
        return new ConsentRecord(
                "rec-1",
                "subject-1",
                "analytics",
                1,
                "test-policy",
                "2025-01-01",
                ConsentAction.GRANT,
                AT,
                "app-settings",
                evidence,
                "EU");
    }

    @Test
    void writesTheDocumentedShape() {
        assertEquals(
                "{\"receiptType\":\"pledge-consent-receipt\",\"receiptVersion\":1,\"recordId\":\"rec-1\","
                        + "\"subjectId\":\"subject-1\",\"purpose\":{\"id\":\"analytics\",\"version\":1},"
                        + "\"policy\":{\"id\":\"test-policy\",\"version\":\"2025-01-01\"},\"action\":\"GRANT\","
                        + "\"timestamp\":\"2025-01-31T10:15:30.123456Z\",\"channel\":\"app-settings\",\"evidence\":\"ok\","
                        + "\"jurisdiction\":\"EU\"}",
                ConsentReceipts.toJson(record("ok")));
    }

    @Test
    void keepsTheLineBreaksAndTabsEvidenceMayHoldAsEscapes() {
        String json = ConsentReceipts.toJson(record("line one\nline two\r\n\tindented"));
        assertTrue(json.contains("\"evidence\":\"line one\\nline two\\r\\n\\tindented\""), json);
        assertEquals(-1, json.indexOf('\n'), "one receipt, one line");
    }

    @Test
    void writesAbsentOptionalFieldsAsNull() {
        ConsentRecord r =
                new ConsentRecord("rec-2", "s", "analytics", 1, "p", "1", ConsentAction.WITHDRAW, AT, null, null, null);
        JsonObject o = JsonParser.parseString(ConsentReceipts.toJson(r)).getAsJsonObject();
        assertTrue(o.get("channel").isJsonNull());
        assertTrue(o.get("evidence").isJsonNull());
        assertTrue(o.get("jurisdiction").isJsonNull());
        assertEquals("WITHDRAW", o.get("action").getAsString());
    }

    /** A JSON string literal as receipts write it (records themselves hold no control character but tab and breaks). */
    private static String literal(String value) {
        StringBuilder out = new StringBuilder("{\"evidence\":");
        JsonText.string(out, value);
        return out.append('}').toString();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersExactly() {
        String json = literal("a\"b\\c\nd\re\tf\bg\fh\u0000i\u001fj\u007fk\u2028l\u2029m/");
        assertTrue(
                json.contains(
                        "\"evidence\":\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0000i\\u001fj\\u007fk\\u2028l\\u2029m/\""),
                json);
    }

    @Test
    void escapesEveryControlCharacterAndNeverEmitsOneRaw() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        String json = literal(all.toString());
        for (char c = 0; c < 0x20; c++) {
            assertEquals(-1, json.indexOf(c), "raw control character U+" + Integer.toHexString(c));
        }
        assertEquals(all.toString(), parse(json).get("evidence").getAsString());
    }

    @Test
    void keepsUnicodeAndEmojiAndEscapesLoneSurrogates() {
        String text = "同意 согласие 😀👍🏽 é";
        String json = ConsentReceipts.toJson(record(text));
        assertTrue(json.contains(text), "non-ASCII text and emoji are written as is: " + json);
        assertEquals(text, parse(json).get("evidence").getAsString());

        String lone = "x\uD83Dy\uDE00z";
        String loneJson = literal(lone);
        assertTrue(loneJson.contains("x\\ud83dy\\ude00z"), loneJson);
        assertEquals(lone, parse(loneJson).get("evidence").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\\", "\\\"", "\"\"}", "</script>", "{\"a\":1}", "\\u0041", "end\\"})
    void roundTripsHostileStringsInEveryField(String nasty) {
        ConsentRecord r = new ConsentRecord(
                "id" + nasty,
                "sub" + nasty,
                "pur" + nasty,
                3,
                "pol" + nasty,
                "ver" + nasty,
                ConsentAction.OBJECT,
                AT,
                "ch" + nasty,
                "ev" + nasty,
                "ju" + nasty);
        JsonObject o = parse(ConsentReceipts.toJson(r));
        assertEquals("id" + nasty, o.get("recordId").getAsString());
        assertEquals("sub" + nasty, o.get("subjectId").getAsString());
        assertEquals("pur" + nasty, o.getAsJsonObject("purpose").get("id").getAsString());
        assertEquals(3, o.getAsJsonObject("purpose").get("version").getAsInt());
        assertEquals("pol" + nasty, o.getAsJsonObject("policy").get("id").getAsString());
        assertEquals("ver" + nasty, o.getAsJsonObject("policy").get("version").getAsString());
        assertEquals("ch" + nasty, o.get("channel").getAsString());
        assertEquals("ev" + nasty, o.get("evidence").getAsString());
        assertEquals("ju" + nasty, o.get("jurisdiction").getAsString());
        assertEquals(AT, Instant.parse(o.get("timestamp").getAsString()));
    }

    @Test
    void writesOneReceiptPerLine() {
        ConsentStore store = ConsentStores.inMemory();
        store.append(record("line\none"));
        store.append(new ConsentRecord(
                "rec-2",
                "subject-2",
                "analytics",
                1,
                "test-policy",
                "2025-01-01",
                ConsentAction.GRANT,
                AT,
                null,
                "two",
                null));
        StringBuilder all = new StringBuilder();
        assertEquals(2, ConsentReceipts.writeAll(store, all));
        List<String> lines = all.toString().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("rec-1", parse(lines.get(0)).get("recordId").getAsString());
        assertEquals("rec-2", parse(lines.get(1)).get("recordId").getAsString());

        StringBuilder one = new StringBuilder();
        assertEquals(1, ConsentReceipts.writeHistory(store, "subject-2", one));
        assertFalse(one.toString().contains("rec-1"));
        assertTrue(one.toString().endsWith("}\n"));
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
