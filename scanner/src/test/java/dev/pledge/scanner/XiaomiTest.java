// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.java.JavaGenerator;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference policy: an app on Xiaomi's generated API, scanned against the Xiaomi 2021 policy. */
class XiaomiTest {

    @Test
    void attributionAppAgainstTheXiaomiPolicy(@TempDir Path dir) throws Exception {
        Policy xiaomi = PolicyViews.of(new PolicyLoader().load(List.of(Fixture.XIAOMI_2021)), null);
        Path stubs = Stubs.compile(dir);
        List<Path> api = JavaGenerator.generate(xiaomi, Fixture.API, dir.resolve("api-src"));
        Path apiClasses = Javac.compile(api, dir.resolve("api"), List.of());
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.appsflyer.AppsFlyerLib;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;
				import com.google.android.gms.ads.identifier.AdvertisingIdClient;
				import java.util.Map;

				public class Attribution {
					@PersonalData(purpose = Purpose.AD_ATTRIBUTION, data = DataItem.GAID)
					void report(Object context) {
						String gaid = AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
						AppsFlyerLib.getInstance().logEvent(context, "install", Map.of("gaid", gaid));
					}

					@PersonalData(purpose = Purpose.AD_ATTRIBUTION, data = DataItem.GAID)
					void reportDevice(Object context, TelephonyManager tm) {
						String gaid = AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
						AppsFlyerLib.getInstance().logEvent(context, "install", Map.of("gaid", gaid, "imei", tm.getImei())); // imei
					}

					void track() {
						com.adjust.sdk.Adjust.trackEvent("install"); // adjust
					}
				}
				""";
        List<Path> files = new ArrayList<>();
        Path file = dir.resolve("app-src/com/example/app/Attribution.java");
        java.nio.file.Files.createDirectories(file.getParent());
        files.add(java.nio.file.Files.writeString(file, source));
        Path app = Javac.compile(files, dir.resolve("app"), List.of(stubs, apiClasses));
        ScanResult result = new Scanner().scan(new ScanRequest(xiaomi, List.of(app), ScanOptions.defaults()));
        assertEquals(
                List.of(
                        "com/example/app/Attribution.java:" + line(source, "// imei") + ": undeclared-purpose-use",
                        "com/example/app/Attribution.java:" + line(source, "// imei") + ": undeclared-sharing"),
                result.findings().stream()
                        .map(f -> f.at().file() + ":" + f.at().line() + ": " + f.ruleId())
                        .toList(),
                () -> result.findings().toString());
        assertEquals(
                "may send `imei` (read with `android/telephony/TelephonyManager.getImei`) to party `appsflyer` with"
                        + " `com/appsflyer/AppsFlyerLib.logEvent`, but the policy does not say the party receives it for purpose"
                        + " `ad-attribution`: add `receives imei for ad-attribution` to party `appsflyer`, or do not send it",
                result.findings().get(1).message());
        // Xiaomi names Adjust with sdk "com.adjust.sdk": declared, and it receives nothing read here
        assertEquals(
                List.of("adjust", "appsflyer"),
                result.dataMap().parties().stream().map(DataMap.PartyUse::id).toList());
        assertEquals(
                line(source, "// adjust"),
                result.dataMap().parties().get(0).calls().get(0).at().line());
    }
}
