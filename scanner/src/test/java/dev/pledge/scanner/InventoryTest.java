// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.report.SdkInventory;
import dev.pledge.scanner.report.SdkInventoryReports;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge sdks}: the SDKs bundled in the input and those its code calls, declared or not. */
class InventoryTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    static Path app;
    static Path sdkJar;
    static Path apk;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
        app = fixture.app(Fixture.files("com/example/app/Tracker.java", """
				package com.example.app;
				public class Tracker {
					void track() {
						com.appsflyer.AppsFlyerLib.getInstance().start(null);
						com.adjust.sdk.Adjust.trackEvent("purchase");
					}
				}
				"""));
        Path sdk = fixture.app(Fixture.files(
                "com/umeng/analytics/MobclickAgent.java",
                "package com.umeng.analytics;\npublic class MobclickAgent { public static void onEvent() { } }\n",
                "com/umeng/commonsdk/UMConfigure.java",
                "package com.umeng.commonsdk;\npublic class UMConfigure { public static void init() { } }\n"));
        sdkJar = Jars.write(dir.resolve("umeng-common.jar"), Jars.entries(sdk), false);
        apk = MiniDex.apk(dir.resolve("app.apk"), List.of(MiniDex.of(app), MiniDex.of(sdk)), Map.of());
    }

    private static SdkInventory inventory(Path... roots) throws ScanException {
        return new Scanner().inventory(new ScanRequest(fixture.policy, List.of(roots)));
    }

    @Test
    void listsBundledAndCalledSdksAndWhetherThePolicyDeclaresThem() throws ScanException {
        SdkInventory inventory = inventory(app, sdkJar);
        assertEquals(
                List.of("adjust", "appsflyer", "umeng"),
                inventory.sdks().stream().map(SdkInventory.Found::id).toList());
        SdkInventory.Found appsflyer = inventory.sdks().get(1);
        assertEquals("appsflyer", appsflyer.party());
        assertEquals(2, appsflyer.calls().size(), "getInstance and start");
        assertEquals(0, appsflyer.classes());
        SdkInventory.Found umeng = inventory.sdks().get(2);
        assertEquals("", umeng.party());
        assertEquals(2, umeng.classes());
        assertEquals(List.of(sdkJar.toString()), umeng.locations());
        assertEquals("analytics", umeng.kind());
        assertEquals(1, inventory.declaredCount());
        assertEquals(List.of(), inventory.problems());
        assertTrue(inventory.catalogue().matches("\\d{4}-\\d{2}-\\d{2}(\\.\\d+)?"), inventory.catalogue());

        String text = SdkInventoryReports.text(inventory, dir);
        assertTrue(
                text.contains(
                        "appsflyer: AppsFlyer, attribution (attribution), declared by party `appsflyer`\n    privacy:  https://"),
                text);
        assertTrue(text.contains("    collects: advertising-id, oaid (by default, as its vendor documents)\n"), text);
        assertTrue(
                text.contains("umeng: Umeng, analytics (analytics, customer-support), NOT declared by policy `shop`\n"),
                text);
        assertTrue(text.contains("    found in: umeng-common.jar\n    classes:  2\n"), text);
        assertTrue(
                text.endsWith("Found 3 SDKs, 1 declared by policy `shop` (catalogue " + inventory.catalogue() + ").\n"),
                text);

        JsonObject json =
                JsonParser.parseString(SdkInventoryReports.json(inventory, dir)).getAsJsonObject();
        assertEquals("pledge-sdks/1", json.get("format").getAsString());
        JsonObject first = json.getAsJsonArray("sdks").get(0).getAsJsonObject();
        assertEquals("adjust", first.get("id").getAsString());
        assertEquals(false, first.get("declared").getAsBoolean());
        assertTrue(
                first.getAsJsonArray("sources").get(0).getAsString().startsWith("maven:com.adjust.sdk:"),
                first.toString());
        JsonObject appsflyerJson = json.getAsJsonArray("sdks").get(1).getAsJsonObject();
        assertEquals(
                "[\"advertising-id\",\"oaid\"]",
                appsflyerJson.getAsJsonArray("collects").toString());
        assertEquals(
                "com/example/app/Tracker.java",
                first.getAsJsonArray("calls")
                        .get(0)
                        .getAsJsonObject()
                        .get("file")
                        .getAsString());
    }

    @Test
    void findsSdksInTheDexFilesOfAnApk() throws ScanException {
        SdkInventory inventory = inventory(apk);
        SdkInventory.Found umeng = inventory.sdks().stream()
                .filter(f -> f.id().equals("umeng"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(apk + "!/classes2.dex"), umeng.locations());
        assertEquals(2, umeng.classes());
    }

    @Test
    void whatCannotBeReadIsSaid() throws ScanException {
        Path broken = MiniDex.apk(dir.resolve("broken.apk"), List.of(new byte[200]), Map.of());
        SdkInventory inventory = inventory(broken);
        assertEquals(1, inventory.problems().size(), inventory.problems().toString());
        assertTrue(SdkInventoryReports.summary(inventory).endsWith("; 1 file could not be read."));
    }
}
