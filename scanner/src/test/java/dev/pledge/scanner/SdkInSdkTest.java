// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDKs scanned with the app: their calls among themselves are not the app's, and SDK-to-SDK calls come once per pair. */
class SdkInSdkTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    /** A mediation SDK (Fyber's packages) calling two ad networks, itself, and Meta calling its own login SDK. */
    static final String MEDIATION = """
			package com.fyber.fairbid.adapters;

			public class Adapters {
				void vungle() {
					com.vungle.ads.Ad.load(); // vungle 1
					com.vungle.ads.Ad.load();
					com.vungle.ads.Ad.load();
				}
				public void ironSourceFrom(Object caller) {
					ironSource();
				}
				void ironSource() {
					com.ironsource.mediationsdk.IronSource.init(); // ironsource 1
					com.ironsource.mediationsdk.IronSource.init();
					own();
				}
				void own() {
					com.fyber.FairBid.start(); // own
				}
			}
			""";

    static final String STUBS = """
			package com.vungle.ads;
			public class Ad { public static void load() { } }
			""";

    @Test
    void callsBetweenSdksAreReportedOncePerPair() {
        Path classes = fixture.app(Fixture.files(
                "com/fyber/fairbid/adapters/Adapters.java", MEDIATION,
                "com/vungle/ads/Ad.java", STUBS,
                "com/ironsource/mediationsdk/IronSource.java",
                        "package com.ironsource.mediationsdk;\npublic class IronSource { public static void init() { } }\n",
                "com/fyber/FairBid.java",
                        "package com.fyber;\npublic class FairBid { public static void start() { } }\n",
                "com/example/app/Ads.java", """
						package com.example.app;
						public class Ads {
							void show() {
								com.fyber.FairBid.start(); // app
							}
						}
						"""));
        ScanResult result = fixture.scan(classes);
        String adapters = "com/fyber/fairbid/adapters/Adapters.java:";
        assertEquals(
                List.of(
                        "com/example/app/Ads.java:4: calls the Digital Turbine Exchange (Fyber) SDK with"
                                + " `com/fyber/FairBid.start`, but policy `shop` declares no party for it: declare `party fyber"
                                + " \"Digital Turbine Exchange (Fyber)\" { kind advertising sdk \"com.fyber\" url"
                                + " \"https://www.digitalturbine.com/privacy-policy/\" receives <data> for"
                                + " <purpose> }`, or add `sdk \"com.fyber\"` to the party it is",
                        adapters + line(MEDIATION, "// vungle 1")
                                + ": the Digital Turbine Exchange (Fyber) SDK (`fyber`)"
                                + " calls the Vungle (Liftoff Monetize) SDK with `com/vungle/ads/Ad.load`, but policy `shop`"
                                + " declares no party for it: declare `party vungle \"Vungle (Liftoff Monetize)\" { kind"
                                + " advertising sdk \"com.vungle\" url \"https://www.vungle.com/privacy\" receives <data> for"
                                + " <purpose> }`, or add `sdk \"com.vungle\"`"
                                + " to the party it is (and 2 more calls of this SDK into it)",
                        adapters + line(MEDIATION, "// ironsource 1") + ": the Digital Turbine Exchange (Fyber) SDK"
                                + " (`fyber`) calls the ironSource SDK with `com/ironsource/mediationsdk/IronSource.init`, but"
                                + " policy `shop` declares no party for it: declare `party ironsource \"ironSource\" { kind"
                                + " advertising sdk \"com.ironsource\" url"
                                + " \"https://developers.ironsrc.com/ironsource-mobile/air/ironsource-mobile-privacy-policy/\""
                                + " receives <data> for <purpose> }`, or add `sdk"
                                + " \"com.ironsource\"` to the party it is (and 1 more calls of this SDK into it)"),
                Fixture.of(result, ScanRule.UNDECLARED_PARTY));
    }

    /**
     * The SDKs as the app's dependencies: a pair counts only for the calls the app can reach. The app starts
     * FairBid, which runs the ironSource adapter; nothing creates the Vungle one.
     */
    @Test
    void aPairCountsOnlyForCallsTheAppCanReach() throws ScanException {
        Path classes = fixture.app(Fixture.files(
                "com/fyber/fairbid/adapters/Adapters.java",
                MEDIATION,
                "com/vungle/ads/Ad.java",
                STUBS,
                "com/ironsource/mediationsdk/IronSource.java",
                "package com.ironsource.mediationsdk;\npublic class IronSource { public static void init() { } }\n",
                "com/fyber/FairBid.java",
                """
						package com.fyber;
						public class FairBid {
							public static void start() {
								new com.fyber.fairbid.adapters.Adapters().ironSourceFrom(null);
							}
						}
						""",
                "com/example/app/Ads.java",
                "package com.example.app;\npublic class Ads { void show() { com.fyber.FairBid.start(); } }\n"));
        Map<String, byte[]> sdks = new TreeMap<>(Jars.entries(classes));
        Map<String, byte[]> app = new TreeMap<>(sdks);
        sdks.keySet().removeIf(entry -> entry.startsWith("com/example/"));
        app.keySet().removeIf(entry -> !entry.startsWith("com/example/"));
        Path jar = Jars.write(dir.resolve("lib/fairbid-3.59.0.jar"), sdks, false);
        Path appJar = Jars.write(dir.resolve("app.jar"), app, false);
        ScanResult result = new Scanner()
                .scan(new ScanRequest(
                        fixture.policy, List.of(appJar), ScanOptions.defaults().withThreads(1), List.of(jar)));
        List<String> pairs = result.findings().stream()
                .filter(f ->
                        f.rule() == ScanRule.UNDECLARED_PARTY && f.message().startsWith("the "))
                .map(f -> f.subject() + " " + f.at().where() + (f.message().contains("(and 1 more") ? " +1" : ""))
                .toList();
        assertEquals(
                List.of("ironsource com.fyber.fairbid.adapters.Adapters.ironSource +1"),
                pairs,
                result.findings() + "\n" + result.silenced());
        assertEquals(
                List.of("vungle com.fyber.fairbid.adapters.Adapters.vungle"),
                result.silenced().stream()
                        .filter(s -> s.why() == SilencedFinding.Why.UNREACHABLE)
                        .map(s -> s.finding().subject() + " " + s.finding().at().where())
                        .toList());
    }

    /**
     * An SDK's artifact with a class outside the SDK's packages (Amplitude's Android SDK has one in the
     * default package, obfuscated SDKs have them in {@code a.b}): its calls into the SDK are the SDK's own. A jar that merely bundles one SDK class
     * among more of other code is not the SDK's: its calls count.
     */
    @Test
    void classesOfAnSdksArtifactOutsideItsPackagesAreTheSdks() throws ScanException {
        Map<String, String> sources = Fixture.files(
                "com/adjust/sdk/Adjust.java",
                "package com.adjust.sdk;\npublic class Adjust { public static void trackEvent(String e) { } }\n",
                "com/adjust/sdk/AdjustConfig.java",
                "package com.adjust.sdk;\npublic class AdjustConfig { }\n",
                "com/adjust/sdk/Logger.java",
                "package com.adjust.sdk;\npublic class Logger { }\n",
                "a/b/ComposeHelper.java",
                "package a.b;\npublic class ComposeHelper {\n"
                        + "  public static void bounds() { com.adjust.sdk.Adjust.trackEvent(\"x\"); }\n}\n",
                "com/example/app/Screen.java",
                "package com.example.app;\npublic class Screen { void show() { a.b.ComposeHelper.bounds(); } }\n",
                "org/util/A.java",
                "package org.util;\npublic class A { }\n",
                "org/util/B.java",
                "package org.util;\npublic class B { }\n");
        Map<String, byte[]> all = new TreeMap<>(Jars.entries(fixture.app(sources)));
        Map<String, byte[]> app = new TreeMap<>(all);
        app.keySet().removeIf(entry -> !entry.startsWith("com/example/"));
        Map<String, byte[]> sdk = new TreeMap<>(all);
        sdk.keySet().removeIf(entry -> entry.startsWith("com/example/") || entry.startsWith("org/"));
        assertEquals(List.of(), partyFindings(app, sdk));

        // one Adjust class among three others: a bundle, not Adjust's artifact
        Map<String, byte[]> bundle = new TreeMap<>(all);
        bundle.keySet()
                .removeIf(entry ->
                        entry.startsWith("com/example/") || entry.contains("Config") || entry.contains("Logger"));
        assertEquals(List.of("adjust a.b.ComposeHelper.bounds"), partyFindings(app, bundle));
    }

    private static List<String> partyFindings(Map<String, byte[]> app, Map<String, byte[]> dependency)
            throws ScanException {
        Path jar = Jars.write(dir.resolve("lib/sdk-" + System.nanoTime() + ".jar"), dependency, false);
        Path appJar = Jars.write(dir.resolve("app-" + System.nanoTime() + ".jar"), app, false);
        ScanResult result = new Scanner()
                .scan(new ScanRequest(
                        fixture.policy, List.of(appJar), ScanOptions.defaults().withThreads(1), List.of(jar)));
        return result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNDECLARED_PARTY)
                .map(f -> f.subject() + " " + f.at().where())
                .toList();
    }

    /** Meta's core SDK calls its login SDK: two catalogue entries of one vendor, so the vendor's own business. */
    @Test
    void callsAmongOneVendorsSdksAreNotReported() {
        Path classes = fixture.app(
                Fixture.files(
                        "com/facebook/FacebookSdk.java", """
						package com.facebook;
						public class FacebookSdk {
							public static void init() {
								com.facebook.login.LoginManager.warmUp();
							}
						}
						""",
                        "com/facebook/login/LoginManager.java",
                                "package com.facebook.login;\npublic class LoginManager { public static void warmUp() { } }\n"));
        assertEquals(List.of(), Fixture.of(fixture.scan(classes), ScanRule.UNDECLARED_PARTY));
    }
}
