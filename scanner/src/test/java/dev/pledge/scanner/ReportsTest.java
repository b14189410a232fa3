// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Console text, SARIF and the data map (JSON, HTML) of one app that breaks each rule once. */
class ReportsTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    static ScanResult result;

    static final String SOURCE = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.appsflyer.AppsFlyerLib;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;

			public class Tracker {
				@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
				void track(TelephonyManager tm, Object context) {
					String gaid = com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
					AppsFlyerLib.getInstance().logEvent(context, "open", java.util.Map.of("id", gaid + tm.getImei())); // share
					com.adjust.sdk.Adjust.trackEvent("open"); // adjust
				}

				String phone(TelephonyManager tm) {
					return tm.getLine1Number(); // phone
				}
			}
			""";

    @BeforeAll
    static void scan() {
        fixture = Fixture.create(dir);
        result = fixture.scan(
                ScanOptions.defaults().withSourceRoots(List.of(dir.resolve("app-src-1"))),
                fixture.app("com/example/app/Tracker.java", SOURCE));
    }

    @Test
    void textHasTwoLinesPerFindingAndASummary() {
        String text = ScanReports.text(result, dir);
        String file = "app-src-1/com/example/app/Tracker.java:";
        List<String> lines = text.lines().toList();
        assertEquals(13, lines.size(), text);
        assertEquals(
                file + line(SOURCE, "// share")
                        + ": error: uses `imei` with `android/telephony/TelephonyManager.getImei`,"
                        + " which the method's @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.IMEI to its `data`"
                        + " and `imei` to `uses` of purpose `ads` in the policy [undeclared-purpose-use]",
                lines.get(0));
        assertEquals("    in com.example.app.Tracker.track", lines.get(1));
        assertTrue(lines.get(2).startsWith(file + line(SOURCE, "// share") + ": error: may send `imei`"), lines.get(2));
        assertTrue(lines.get(2).endsWith("[undeclared-sharing]"), lines.get(2));
        assertTrue(
                lines.get(4).startsWith(file + line(SOURCE, "// adjust") + ": error: calls the Adjust SDK"),
                lines.get(4));
        assertTrue(
                lines.get(6).startsWith(file + line(SOURCE, "// phone") + ": error: reads phone number"), lines.get(6));
        assertEquals("    in com.example.app.Tracker.phone", lines.get(7));
        assertEquals(
                List.of(
                        "Fixes, each written once:",
                        "  1 place sends `imei` to party `appsflyer`: add `receives imei for ads` to party `appsflyer`"
                                + " [undeclared-sharing]",
                        "  1 place calls the SDK of `adjust`: declare `party adjust \"Adjust\" { kind attribution sdk"
                                + " \"com.adjust.sdk\" url \"https://www.adjust.com/terms/privacy-policy/\" receives <data>"
                                + " for <purpose> }` (or add `sdk \"com.adjust.sdk\"` to"
                                + " the party it is) [undeclared-party]",
                        "  1 place reads `phone-number`: declare `data phone-number \"Phone number\"` in a category of"
                                + " the policy (or add `source \"phone-number\"` to the item it is) [undeclared-data]"),
                lines.subList(8, 12));
        assertTrue(
                lines.get(12).matches("Scanned 1 class in 1 jar/dir \\(in \\d+\\.\\d\\ds\\): 4 errors, 0 warnings\\."),
                lines.get(12));
    }

    @Test
    void sarif() {
        JsonObject log =
                JsonParser.parseString(ScanReports.sarif(result, dir, "1.2.3")).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("pledge", driver.get("name").getAsString());
        assertEquals("1.2.3", driver.get("version").getAsString());
        List<String> ruleIds = new ArrayList<>();
        driver.getAsJsonArray("rules")
                .forEach(r -> ruleIds.add(r.getAsJsonObject().get("id").getAsString()));
        assertEquals(Stream.of(ScanRule.values()).map(ScanRule::id).toList(), ruleIds);
        JsonObject firstRule = driver.getAsJsonArray("rules").get(0).getAsJsonObject();
        assertEquals(
                ScanRule.UNDECLARED_DATA.description(),
                firstRule.getAsJsonObject("shortDescription").get("text").getAsString());
        JsonArray results = run.getAsJsonArray("results");
        assertEquals(4, results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonObject sarif = results.get(i).getAsJsonObject();
            ScanFinding finding = result.findings().get(i);
            assertEquals(finding.ruleId(), sarif.get("ruleId").getAsString());
            assertEquals(finding.ruleId(), ruleIds.get(sarif.get("ruleIndex").getAsInt()));
            assertEquals("error", sarif.get("level").getAsString());
            JsonObject location = sarif.getAsJsonArray("locations").get(0).getAsJsonObject();
            JsonObject physical = location.getAsJsonObject("physicalLocation");
            assertEquals(
                    "app-src-1/com/example/app/Tracker.java",
                    physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
            assertEquals(
                    "%SRCROOT%",
                    physical.getAsJsonObject("artifactLocation")
                            .get("uriBaseId")
                            .getAsString());
            assertEquals(
                    finding.at().line(),
                    physical.getAsJsonObject("region").get("startLine").getAsInt());
            assertEquals(
                    finding.at().where(),
                    location.getAsJsonArray("logicalLocations")
                            .get(0)
                            .getAsJsonObject()
                            .get("fullyQualifiedName")
                            .getAsString());
            assertEquals(
                    finding.message() + " (in " + finding.at().where() + ")",
                    sarif.getAsJsonObject("message").get("text").getAsString());
            assertFalse(sarif.getAsJsonObject("partialFingerprints")
                    .get("pledgeFinding/v1")
                    .getAsString()
                    .isEmpty());
        }
    }

    @Test
    void dataMapJson() {
        JsonObject map =
                JsonParser.parseString(ScanReports.json(result.dataMap(), dir)).getAsJsonObject();
        assertEquals("pledge-data-map/1", map.get("format").getAsString());
        assertEquals("shop", map.get("policy").getAsString());
        JsonArray items = map.getAsJsonArray("items");
        assertEquals(List.of("ad-id", "imei", "phone-number"), ids(items));
        JsonObject imei = items.get(1).getAsJsonObject();
        assertTrue(imei.get("declared").getAsBoolean());
        assertEquals("[\"ads\"]", imei.get("purposes").toString());
        // Adjust gets a constant only: the IMEI flows to AppsFlyer
        assertEquals("[\"appsflyer\"]", imei.get("sharedWith").toString());
        JsonObject read = imei.getAsJsonArray("reads").get(0).getAsJsonObject();
        assertEquals("com.example.app.Tracker", read.get("class").getAsString());
        assertEquals("track", read.get("method").getAsString());
        assertEquals("app-src-1/com/example/app/Tracker.java", read.get("file").getAsString());
        assertEquals(line(SOURCE, "// share"), read.get("line").getAsInt());
        assertEquals(
                "android/telephony/TelephonyManager.getImei", read.get("api").getAsString());
        JsonObject phone = items.get(2).getAsJsonObject();
        assertFalse(phone.get("declared").getAsBoolean());
        assertEquals("[]", phone.get("purposes").toString());
        assertEquals("[]", phone.get("sharedWith").toString());
        assertEquals(
                2, items.get(0).getAsJsonObject().getAsJsonArray("reads").size(), "getAdvertisingIdInfo and getId");

        JsonArray parties = map.getAsJsonArray("parties");
        assertEquals(List.of("adjust", "appsflyer"), ids(parties));
        JsonObject appsflyer = parties.get(1).getAsJsonObject();
        assertTrue(appsflyer.get("declared").getAsBoolean());
        assertEquals("[\"ad-id\",\"imei\"]", appsflyer.get("items").toString());
        assertEquals("[\"ad-id\"]", appsflyer.get("receives").toString());
        assertEquals(2, appsflyer.getAsJsonArray("calls").size());
        assertFalse(parties.get(0).getAsJsonObject().get("declared").getAsBoolean());

        JsonArray purposes = map.getAsJsonArray("purposes");
        assertEquals(1, purposes.size());
        JsonObject track = purposes.get(0).getAsJsonObject();
        assertEquals("track", track.get("method").getAsString());
        assertEquals("[\"ads\"]", track.get("purposes").toString());
        assertEquals("[\"ad-id\"]", track.get("declared").toString());
        assertEquals("[\"ad-id\",\"imei\"]", track.get("used").toString());
    }

    private static List<String> ids(JsonArray array) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    @Test
    void dataMapHtmlIsSelfContainedAndEscaped() {
        String html = ScanReports.html(result.dataMap(), dir);
        assertTrue(html.startsWith("<!-- ") || html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<title>Data map: policy shop</title>"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src=\""));
        assertTrue(
                html.contains("<code>app-src-1/com/example/app/Tracker.java:" + line(SOURCE, "// phone") + "</code>"),
                html);
        assertTrue(
                html.contains("<code>phone-number</code> Phone number <span class=\"undeclared\">undeclared</span>"),
                html);
        assertTrue(html.contains("AppsFlyer"));
        String escaped = ScanReports.html(
                new DataMap(
                        "<script>",
                        List.of(new DataMap.ItemUse("x", "A & <B>", false, List.of(), List.of(), List.of())),
                        List.of(),
                        List.of()),
                dir);
        assertTrue(escaped.contains("policy <code>&lt;script&gt;</code>"), escaped);
        assertTrue(escaped.contains("A &amp; &lt;B&gt;"), escaped);
        assertFalse(escaped.contains("<script>"));
    }

    @Test
    void writeCreatesAllThreeFilesAtomically() throws IOException {
        Path out = dir.resolve("reports/pledge");
        ScanReports.write(result, out, dir, "1.0");
        ScanReports.write(result, out, dir, "1.0");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("data-map.html", "data-map.json", "pledge-scan.sarif"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files are left");
        }
        assertEquals(ScanReports.json(result.dataMap(), dir), Files.readString(out.resolve("data-map.json")));
        assertEquals(ScanReports.sarif(result, dir, "1.0"), Files.readString(out.resolve("pledge-scan.sarif")));
    }

    @Test
    void sameInputSameReports() {
        ScanResult again = fixture.scan(
                ScanOptions.defaults().withSourceRoots(List.of(dir.resolve("app-src-1"))), dir.resolve("app-1"));
        assertEquals(ScanReports.json(result.dataMap(), dir), ScanReports.json(again.dataMap(), dir));
        assertEquals(ScanReports.html(result.dataMap(), dir), ScanReports.html(again.dataMap(), dir));
        assertEquals(ScanReports.sarif(result, dir, "1"), ScanReports.sarif(again, dir, "1"));
    }
}
