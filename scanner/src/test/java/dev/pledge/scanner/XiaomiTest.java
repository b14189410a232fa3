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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference policy: an app on Xiaomi's generated API, scanned against the Xiaomi 2021 policy. */
class XiaomiTest {

    /** Compiles one class of an app on the generated Xiaomi API and scans it against the Xiaomi 2021 policy. */
    private static ScanResult scan(Path dir, String className, String source) throws Exception {
        Policy xiaomi = PolicyViews.of(new PolicyLoader().load(List.of(Fixture.XIAOMI_2021)), null);
        Path stubs = Stubs.compile(dir);
        List<Path> api = JavaGenerator.generate(xiaomi, Fixture.API, dir.resolve("api-src"));
        Path apiClasses = Javac.compile(api, dir.resolve("api"), List.of());
        Path file = dir.resolve("app-src/com/example/app/" + className + ".java");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, source);
        Path app = Javac.compile(List.of(file), dir.resolve("app"), List.of(stubs, apiClasses));
        return new Scanner().scan(new ScanRequest(xiaomi, List.of(app), ScanOptions.defaults()));
    }

    @Test
    void analyticsAppAgainstTheXiaomiPolicy(@TempDir Path dir) throws Exception {
        // seed 004 L357: Xiaomi uses Google Analytics for Firebase for statistics and crash-rate monitoring
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;
				import com.google.firebase.analytics.FirebaseAnalytics;
				import java.util.Map;

				public class Crashes {
					@PersonalData(purpose = Purpose.THIRD_PARTY_APP_ANALYTICS, data = DataItem.APP_CRASH_EVENTS)
					void report(Object context, String log) {
						FirebaseAnalytics.getInstance(context).logEvent("app_crash", Map.of("log", log)); // crash
					}

					@PersonalData(purpose = Purpose.THIRD_PARTY_APP_ANALYTICS, data = DataItem.APP_CRASH_EVENTS)
					void reportDevice(Object context, TelephonyManager tm) {
						FirebaseAnalytics.getInstance(context).logEvent("app_crash", Map.of("imei", tm.getImei())); // imei
					}

					void track() {
						com.adjust.sdk.Adjust.trackEvent("install"); // adjust
					}
				}
				""";
        ScanResult result = scan(dir, "Crashes", source);
        assertEquals(
                List.of(
                        "com/example/app/Crashes.java:" + line(source, "// imei") + ": undeclared-purpose-use",
                        "com/example/app/Crashes.java:" + line(source, "// imei") + ": undeclared-sharing"),
                result.findings().stream()
                        .map(f -> f.at().file() + ":" + f.at().line() + ": " + f.ruleId())
                        .toList(),
                () -> result.findings().toString());
        assertEquals(
                "may send `imei` (read with `android/telephony/TelephonyManager.getImei`) to party `google-analytics` with"
                        + " `com/google/firebase/analytics/FirebaseAnalytics.logEvent`, but the policy does not say the party"
                        + " receives it for purpose `third-party-app-analytics`: add `receives imei for third-party-app-analytics`"
                        + " to party `google-analytics`, or do not send it",
                result.findings().get(1).message());
        // the policy names Adjust (L387) but no SDK package: the catalogue's `adjust` entry has the party's id, so
        // the call is declared, and Adjust receives nothing read here
        assertEquals(
                List.of("adjust", "google-analytics"),
                result.dataMap().parties().stream().map(DataMap.PartyUse::id).toList());
        assertEquals(
                line(source, "// adjust"),
                result.dataMap().parties().get(0).calls().get(0).at().line());
    }

    /** Seed 004 L92 names activation and registration, not its data: no read is attributed to unstated data. */
    @Test
    void aPurposeWhoseDataThePolicyDoesNotItemiseDeclaresNoRead(@TempDir Path dir) throws Exception {
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Activation {
					@PersonalData(purpose = Purpose.ACTIVATE_REGISTER, data = DataItem.IMEI)
					String activate(TelephonyManager tm) {
						return tm.getImei(); // imei
					}
				}
				""";
        ScanResult result = scan(dir, "Activation", source);
        List<String> purposeUses = result.findings().stream()
                .filter(f -> f.ruleId().equals("undeclared-purpose-use"))
                .map(f -> f.message())
                .toList();
        assertEquals(1, purposeUses.size(), () -> result.findings().toString());
        assertEquals(
                true,
                purposeUses
                        .get(0)
                        .contains("`activate-register`, which does not use it in policy `xiaomi` (the policy"
                                + " does not itemise the data of this purpose"),
                purposeUses.get(0));
    }
}
