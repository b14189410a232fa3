// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlayDataSafetyTest {

    static final String HEADER = "Question ID (machine readable),Response ID (machine readable),Response value,"
            + "Answer requirement,Human-friendly question label\r\n";

    private static ExportFile shop;
    /** Rows by "question|response". */
    private static Map<String, List<String>> rows;

    @BeforeAll
    static void export() {
        shop = PlayDataSafety.export(ExportTestPolicies.shop(), Mappings.builtIn());
        List<List<String>> records = Csv.parse(shop.content());
        rows = records.subList(1, records.size()).stream()
                .collect(Collectors.toMap(r -> r.get(0) + "|" + r.get(1), Function.identity()));
    }

    private static String value(String question, String response) {
        List<String> row = rows.get(question + "|" + response);
        if (row == null) {
            throw new AssertionError("no row " + question + " " + response);
        }
        return row.get(2);
    }

    private static String usage(String type, String part) {
        return "PSL_DATA_USAGE_RESPONSES:" + type + ":" + part;
    }

    @Test
    void headerAndRecordsAreTheConsoleFormat() {
        assertTrue(shop.content().startsWith(HEADER));
        for (String line : shop.content().split("\r\n")) {
            assertEquals(5, Csv.parse(line + "\r\n").get(0).size(), line);
        }
        assertTrue(
                shop.content()
                        .contains("\r\nPSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING,"
                                + "PSL_DATA_USAGE_ONLY_COLLECTED,true,MULTIPLE_CHOICE,\"Data usage and handling (Email address) / Is this data"
                                + " collected, shared, or both? / Collected\"\r\n"),
                "labels with commas are quoted");
        assertEquals("play-data-safety.csv", shop.name());
    }

    @Test
    void globalAnswers() {
        assertEquals("true", value("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", ""));
        assertEquals(
                "",
                value("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", ""),
                "a policy does not say: left for the Console");
        assertEquals("true", value("PSL_DATA_COLLECTION_USER_REQUEST_DELETE", ""));
        assertEquals("https://shop.example/delete", value("PSL_ACCOUNT_DELETION_URL", ""));
    }

    @Test
    void dataTypesCollectedAreTrueOthersEmpty() {
        assertEquals("true", value("PSL_DATA_TYPES_PERSONAL", "PSL_EMAIL"));
        assertEquals("true", value("PSL_DATA_TYPES_PERSONAL", "PSL_NAME"));
        assertEquals("true", value("PSL_DATA_TYPES_LOCATION", "PSL_PRECISE_LOCATION"));
        assertEquals("", value("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH"));
        assertEquals(
                PlayTemplate.builtIn().types.size(),
                rows.keySet().stream()
                        .filter(k -> k.startsWith("PSL_DATA_TYPES_"))
                        .count());
    }

    @Test
    void emailIsSharedWithTheAttributionPartnerForAdvertising() {
        assertEquals(
                "true",
                value(usage("PSL_EMAIL", "PSL_DATA_USAGE_COLLECTION_AND_SHARING"), "PSL_DATA_USAGE_ONLY_COLLECTED"));
        assertEquals(
                "true",
                value(usage("PSL_EMAIL", "PSL_DATA_USAGE_COLLECTION_AND_SHARING"), "PSL_DATA_USAGE_ONLY_SHARED"));
        assertEquals("true", value(usage("PSL_EMAIL", "DATA_USAGE_SHARING_PURPOSE"), "PSL_ADVERTISING"));
        assertEquals("", value(usage("PSL_EMAIL", "DATA_USAGE_SHARING_PURPOSE"), "PSL_ANALYTICS"));
        assertEquals("true", value(usage("PSL_EMAIL", "DATA_USAGE_COLLECTION_PURPOSE"), "PSL_ADVERTISING"));
        assertEquals(
                "true",
                value(usage("PSL_EMAIL", "DATA_USAGE_USER_CONTROL"), "PSL_DATA_USAGE_USER_CONTROL_REQUIRED"),
                "orders needs it under a contract");
    }

    @Test
    void nameGoesOnlyToCouriersWhoActOnOurBehalf() {
        assertEquals(
                "", value(usage("PSL_NAME", "PSL_DATA_USAGE_COLLECTION_AND_SHARING"), "PSL_DATA_USAGE_ONLY_SHARED"));
    }

    @Test
    void locationIsOptionalBecauseItsOnlyPurposeIsConsentBased() {
        assertEquals(
                "true",
                value(
                        usage("PSL_PRECISE_LOCATION", "DATA_USAGE_USER_CONTROL"),
                        "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"));
        assertEquals(
                "",
                value(
                        usage("PSL_PRECISE_LOCATION", "DATA_USAGE_USER_CONTROL"),
                        "PSL_DATA_USAGE_USER_CONTROL_REQUIRED"));
    }

    @Test
    void whetherPeopleMustProvideDataDecidesOptionalOrRequired(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        dev.pledge.generator.model.Policy policy = dev.pledge.generator.TestPolicies.view(
                dir, dev.pledge.generator.TestPolicies.files("shop.pledge", """
						policy shop "Shop" { version "1" }
						category account "Account" {
						  data email "Email address"
						  data phone-number "Phone number" { provision required-by-law }
						}
						purpose orders "Orders" { basis contract uses email provision voluntary }
						purpose news "News" { basis consent uses phone-number withdraw web "https://shop.example" }
						"""));
        List<List<String>> records =
                Csv.parse(PlayDataSafety.export(policy, Mappings.builtIn()).content());
        java.util.Map<String, String> answers =
                records.stream().collect(Collectors.toMap(r -> r.get(0) + "|" + r.get(1), r -> r.get(2), (a, b) -> a));
        assertEquals(
                "true",
                answers.get(usage("PSL_EMAIL", "DATA_USAGE_USER_CONTROL") + "|PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"),
                "a contract purpose that says people may refuse: optional");
        assertEquals(
                "true",
                answers.get(usage("PSL_PHONE", "DATA_USAGE_USER_CONTROL") + "|PSL_DATA_USAGE_USER_CONTROL_REQUIRED"),
                "an item the law requires: required, even for a consent purpose");
    }

    @Test
    void unmappedNamesAreWarningsNotGuesses() {
        List<String> warnings = shop.warnings();
        assertTrue(
                warnings.contains(
                        "play: data item `shoe-size` has no Play data type: add a row for it to data-types.tsv"
                                + " (pledge export --mappings DIR)"),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.startsWith("play: purpose `orders` has no Play purpose")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.startsWith("play: purpose `nearby` has no Play purpose")),
                warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("daily-users")), "non-personal data is not asked about");
    }

    @Test
    void xiaomiAnswersDeviceIdsAsCollectedNotShared() {
        ExportFile xiaomi = PlayDataSafety.export(ExportTestPolicies.xiaomi(), Mappings.builtIn());
        assertTrue(xiaomi.content().contains("\r\nPSL_DATA_TYPES_IDENTIFIERS,PSL_DEVICE_ID,true,"));
        assertTrue(xiaomi.content()
                .contains("\r\nPSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:PSL_DATA_USAGE_COLLECTION_AND_SHARING,"
                        + "PSL_DATA_USAGE_ONLY_COLLECTED,true,"));
        // seed 004 names no recipient of the device or advertising IDs: attribution platforms receive "some of your
        // personal information" (L385), which the policy does not itemise
        assertTrue(
                xiaomi.content()
                        .contains("\r\nPSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:PSL_DATA_USAGE_COLLECTION_AND_SHARING,"
                                + "PSL_DATA_USAGE_ONLY_SHARED,,"),
                "no party receives a device id");
        assertTrue(
                xiaomi.warnings().stream().anyMatch(w -> w.startsWith("play: data item `ecv` has no Play data type")));
        assertTrue(
                xiaomi.warnings().stream().noneMatch(w -> w.startsWith("play: purpose")),
                "purposes.tsv lists every Xiaomi purpose");
        assertEquals(
                xiaomi.content(),
                PlayDataSafety.export(ExportTestPolicies.xiaomi(), Mappings.builtIn())
                        .content());
    }

    @Test
    void csvQuotesWhatItMust() {
        assertEquals(
                "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"\r\"\r\n",
                Csv.record(List.of("a", "b,c", "say \"hi\"", "two\nlines", "\r")));
        assertEquals(
                List.of(List.of("a", "b,c", "say \"hi\"", "two\nlines")),
                Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    }
}
