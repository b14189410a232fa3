// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.ScanStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end of a build of several modules: one summary, one report of them all. */
class ReactorTest {

    @TempDir
    Path root;

    private CheckedPolicy policy;
    private final RecordingLog log = new RecordingLog();
    private final Reactor reactor = new Reactor("dev.pledge:pledge-maven-plugin", "test", log);

    @BeforeEach
    void setUp() throws Exception {
        Path folder = Files.createDirectories(root.resolve("src/main/pledge"));
        Files.writeString(
                folder.resolve("shop.pledge"),
                GenerationTest.shopPolicy() + "category extra \"Extra\" { data email \"Email\" }\n");
        policy = new PolicyCache().check(folder, root, new RecordingLog());
    }

    private CodeRef at(String module, String className, String method, int line) {
        Path file = root.resolve(module + "/src/main/java/" + className.replace('.', '/') + ".java");
        return new CodeRef(className, method, file, line);
    }

    private static ScanResult scan(List<ScanFinding> findings, DataMap map) {
        return new ScanResult(findings, List.of(), map, new ScanStats(2, 0, 1, 3, Duration.ofMillis(20)));
    }

    private ModuleCheck web() {
        CodeRef isBot = at("shop-web", "com.example.web.Checkout", "isBot", 17);
        DataMap map = new DataMap(
                "shop",
                List.of(new DataMap.ItemUse(
                        "http-headers",
                        "HTTP request headers",
                        false,
                        List.of(new DataMap.Read(
                                isBot,
                                "jakarta/servlet/http/HttpServletRequest.getHeader",
                                List.of(),
                                List.of(),
                                true,
                                false)),
                        List.of(),
                        List.of())),
                List.of(),
                List.of());
        ScanFinding finding = new ScanFinding(
                ScanRule.UNDECLARED_DATA, isBot, "reads HTTP request headers", "http-headers", "declare the item");
        return new ModuleCheck(
                "shop:shop-web", "shop-web", root.resolve("shop-web"), policy, scan(List.of(finding), map), null);
    }

    private ModuleCheck ads() {
        CodeRef report = at("shop-ads", "com.example.ads.Attribution", "reportInstall", 19);
        DataMap map = new DataMap(
                "shop",
                List.of(new DataMap.ItemUse(
                        "imei",
                        "IMEI",
                        true,
                        List.of(new DataMap.Read(
                                report,
                                "android/telephony/TelephonyManager.getImei",
                                List.of("ad-attribution"),
                                List.of("appsflyer"),
                                true,
                                false)),
                        List.of("ad-attribution"),
                        List.of("appsflyer"))),
                List.of(new DataMap.PartyUse(
                        "appsflyer",
                        "AppsFlyer",
                        true,
                        List.of(new DataMap.SdkCall(report, "com/appsflyer/AppsFlyerLib.logEvent", List.of("imei"))),
                        List.of("imei"),
                        List.of("advertising-id", "imei"))),
                List.of(new DataMap.PurposeUse(
                        report, List.of("ad-attribution"), List.of("imei", "advertising-id"), List.of("imei"))));
        return new ModuleCheck(
                "shop:shop-ads", "shop-ads", root.resolve("shop-ads"), policy, scan(List.of(), map), null);
    }

    @Test
    void theBuildEndsWithEveryModuleInReactorOrderAndTheTotal() throws Exception {
        ModuleCheck skipped = new ModuleCheck(
                "shop:shop-tools", "shop-tools", root.resolve("shop-tools"), null, null, "skipped (pledge.skip)");
        List<ReactorSummary.Row> rows = List.of(
                new ReactorSummary.Row("shop-web", web(), null),
                new ReactorSummary.Row("shop-ads", ads(), null),
                new ReactorSummary.Row("shop-tools", skipped, null),
                new ReactorSummary.Row("shop-admin", null, "skipped after another module failed"));

        reactor.end(rows, root, root.resolve("target/pledge/pledge.sarif"));

        assertEquals(
                List.of(
                        "[INFO] Pledge summary:",
                        "[INFO]   policy src/main/pledge .... 0 errors, 1 warning",
                        "[INFO]   shop-web .................. 1 error, 0 warnings",
                        "[INFO]   shop-ads .................. 0 errors, 0 warnings",
                        "[INFO]   shop-tools ................ not scanned: skipped (pledge.skip)",
                        "[INFO]   shop-admin ................ not checked: skipped after another module failed",
                        "[INFO] Pledge total: 1 error, 1 warning (1 policy, 2 of 4 modules scanned); reports of the "
                                + "whole build: target/pledge/pledge.sarif, target/pledge/data-map.html"),
                log.lines());
        String sarif = Files.readString(root.resolve("target/pledge/pledge.sarif"));
        assertEquals(1, count(sarif, "\"ruleId\": \"unused-data\""), "the policy's finding once");
        assertEquals(1, count(sarif, "\"ruleId\": \"undeclared-data\""));
        assertTrue(sarif.contains("\"uri\": \"shop-web/src/main/java/com/example/web/Checkout.java\""), sarif);
        String dataMap = Files.readString(root.resolve("target/pledge/data-map.json"));
        assertTrue(dataMap.contains("\"file\": \"shop-web/src/main/java/com/example/web/Checkout.java\""), dataMap);
        assertTrue(dataMap.contains("\"file\": \"shop-ads/src/main/java/com/example/ads/Attribution.java\""), dataMap);
        assertTrue(Files.isRegularFile(root.resolve("target/pledge/data-map.html")));
    }

    @Test
    void aBuildOfOneModuleHasNoSummary() {
        reactor.end(List.of(new ReactorSummary.Row("shop-web", web(), null)), root, root.resolve("pledge.sarif"));

        assertEquals(List.of(), log.lines());
        assertFalse(Files.exists(root.resolve("pledge.sarif")));
    }

    @Test
    void aBuildWhoseModulesAllSkippedHasNoSummary() {
        List<ReactorSummary.Row> rows = List.of(
                new ReactorSummary.Row(
                        "a", new ModuleCheck("x:a", "a", root.resolve("a"), null, null, "skipped (pledge.skip)"), null),
                new ReactorSummary.Row(
                        "b",
                        new ModuleCheck("x:b", "b", root.resolve("b"), null, null, "skipped (pledge.skip)"),
                        null));

        reactor.end(rows, root, root.resolve("pledge.sarif"));

        assertEquals(List.of(), log.lines());
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorAndTheSummaryStillComes() throws Exception {
        Files.writeString(root.resolve("target"), "a file where the folder should be");
        List<ReactorSummary.Row> rows = List.of(
                new ReactorSummary.Row("shop-web", web(), null), new ReactorSummary.Row("shop-ads", ads(), null));

        reactor.end(rows, root, root.resolve("target/pledge/pledge.sarif"));

        assertTrue(log.lines().get(0).startsWith("[ERROR] Pledge: cannot write the reports of the whole build: "));
        assertEquals(
                "[INFO] Pledge total: 1 error, 1 warning (1 policy, 2 modules scanned)",
                log.lines().get(log.lines().size() - 1));
    }

    @Test
    void dataMapsOfSeveralModulesMergeByItemAndParty() {
        DataMap web = web().scan().dataMap();
        DataMap ads = ads().scan().dataMap();
        DataMap.ItemUse imeiInWeb = new DataMap.ItemUse(
                "imei",
                "IMEI",
                false,
                List.of(new DataMap.Read(
                        at("shop-web", "com.example.web.Device", "id", 5),
                        "android/telephony/TelephonyManager.getImei",
                        List.of(),
                        List.of(),
                        true,
                        false)),
                List.of("fraud-prevention"),
                List.of());
        DataMap webWithImei = new DataMap("shop", List.of(web.items().get(0), imeiInWeb), List.of(), List.of());

        DataMap merged = ReactorReport.mergeMaps(List.of(webWithImei, ads));

        assertEquals("shop", merged.policy());
        assertEquals(
                List.of("http-headers", "imei"),
                merged.items().stream().map(DataMap.ItemUse::id).toList());
        DataMap.ItemUse imei = merged.items().get(1);
        assertTrue(imei.declared(), "declared where any module's policy declares it");
        assertEquals(2, imei.reads().size());
        assertEquals(List.of("ad-attribution", "fraud-prevention"), imei.purposes());
        assertEquals(List.of("appsflyer"), imei.parties());
        assertEquals(1, merged.parties().size());
        assertEquals(1, merged.purposes().size());
    }

    @Test
    void aSecondModuleGeneratingTheSamePolicyIntoTheSamePackageIsNamed() {
        Path shop = root.resolve("src/main/pledge");
        Path other = root.resolve("other/src/main/pledge");

        assertNull(reactor.generates("com.example.privacy", shop, "shop-privacy"));
        assertNull(reactor.generates("com.example.privacy", shop, "shop-privacy"), "the same module again");
        assertNull(reactor.generates("com.example.privacy", other, "other-app"), "another policy");
        assertEquals("shop-privacy", reactor.generates("com.example.privacy", shop, "shop-web"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
