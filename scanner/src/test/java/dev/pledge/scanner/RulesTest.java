// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule on a small app: exact lines and messages; and an app that passes. */
class RulesTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    static final String CLEAN = """
			package com.example.app;

			import android.location.LocationManager;
			import android.telephony.TelephonyManager;
			import com.appsflyer.AppsFlyerLib;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;
			import com.google.android.gms.ads.identifier.AdvertisingIdClient;
			import javax.servlet.http.HttpServletRequest;

			public class Clean {
				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = { DataItem.IMEI, DataItem.IP_ADDRESS })
				boolean suspicious(TelephonyManager tm, HttpServletRequest request) {
					return tm.getImei().equals(request.getRemoteAddr());
				}

				@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
				void attribute(Object context) {
					String id = AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
					AppsFlyerLib.getInstance().logEvent(context, "install", java.util.Map.of("gaid", id));
				}

				@PersonalData(purpose = Purpose.NEARBY, data = DataItem.LOCATION)
				double latitude(LocationManager locations) {
					return locations.getLastKnownLocation("gps").getLatitude();
				}
			}
			""";

    @Test
    void cleanAppPasses() {
        ScanResult result = fixture.scan(fixture.app("com/example/app/Clean.java", CLEAN));
        assertEquals(List.of(), result.findings());
        assertFalse(result.hasErrors());
        assertTrue(
                result.summary()
                        .matches("Scanned 1 class in 1 jar/dir \\(in \\d+\\.\\d\\ds\\): 0 errors, 0 warnings\\."),
                result.summary());
    }

    @Test
    void undeclaredData() {
        String source = """
				package com.example.app;

				public class Device {
					String describe(android.telephony.TelephonyManager tm) {
						String number = tm.getLine1Number(); // phone
						return number + android.os.Build.MODEL; // model
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Device.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Device.java:" + line(source, "// phone")
                                + ": reads phone number (`phone-number`) with"
                                + " `android/telephony/TelephonyManager.getLine1Number`, but no data item of policy `shop` declares it:"
                                + " add `source \"android/telephony/TelephonyManager.getLine1Number\"` to the item it is, or declare"
                                + " `data phone-number \"Phone number\" { source \"android/telephony/TelephonyManager.getLine1Number\" }`",
                        "com/example/app/Device.java:" + line(source, "// model")
                                + ": reads device model, maker and build"
                                + " (`device-model`) with `android/os/Build.MODEL`, but no data item of policy `shop` declares it:"
                                + " add `source \"android/os/Build.MODEL\"` to the item it is, or declare"
                                + " `data device-model \"Device model, maker and build\" { source \"android/os/Build.MODEL\" }`"),
                Fixture.of(result, ScanRule.UNDECLARED_DATA));
        assertEquals(2, result.findings().size());
        assertEquals(
                "com.example.app.Device.describe", result.findings().get(0).at().where());
    }

    @Test
    void undeclaredPurposeUseDirectAndThroughHelper() {
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Ads {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String target(TelephonyManager tm, Object request) {
						String imei = tm.getImei(); // direct
						return imei + Helper.remoteAddress(request); // helper
					}
				}

				class Helper {
					static String remoteAddress(Object request) {
						return ((javax.servlet.http.HttpServletRequest) request).getRemoteAddr();
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Ads.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Ads.java:" + line(source, "// direct") + ": uses `imei` with"
                                + " `android/telephony/TelephonyManager.getImei`, which the method's @PersonalData(purpose = Purpose.ADS)"
                                + " does not declare: add DataItem.IMEI to its `data` and `imei` to `uses` of purpose `ads` in the policy",
                        "com/example/app/Ads.java:" + line(source, "// helper") + ": uses `ip-address` with"
                                + " `javax/servlet/http/HttpServletRequest.getRemoteAddr` in `Helper.remoteAddress`, which the method's"
                                + " @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.IP_ADDRESS to its `data` and"
                                + " `ip-address` to `uses` of purpose `ads` in the policy"),
                Fixture.of(result, ScanRule.UNDECLARED_PURPOSE_USE));
        assertEquals(2, result.findings().size(), () -> result.findings().toString());
    }

    @Test
    void annotationDeclaresDataItsPurposeDoesNotUse() {
        String source = """
				package com.example.app;

				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Fraud {
					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = { DataItem.IMEI, DataItem.LOCATION })
					void score() {
						System.out.println("scoring"); // first
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Fraud.java", source));
        assertEquals(
                List.of("com/example/app/Fraud.java:" + line(source, "// first") + ": @PersonalData declares `location`"
                        + " for purpose `fraud-prevention`, which does not use it in policy `shop`: add `location` to `uses` of"
                        + " purpose `fraud-prevention`, or remove DataItem.LOCATION from the annotation"),
                Fixture.of(result, ScanRule.UNDECLARED_PURPOSE_USE));
        assertEquals(1, result.findings().size());
    }

    @Test
    void anAnnotationForSeveralPurposesNeedsEachToUseItsData() {
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Stores {
					@PersonalData(purpose = { Purpose.NEARBY, Purpose.FRAUD_PREVENTION }, data = DataItem.LOCATION)
					String check(TelephonyManager tm) {
						return tm.getImei(); // direct
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Stores.java", source));
        // a method's findings point at its first line of code: class files keep no line for annotations
        assertEquals(
                List.of(
                        "com/example/app/Stores.java:" + line(source, "// direct")
                                + ": @PersonalData declares `location` for purpose"
                                + " `fraud-prevention`, which does not use it in policy `shop`: add `location` to `uses` of purpose"
                                + " `fraud-prevention`, or remove DataItem.LOCATION from the annotation",
                        "com/example/app/Stores.java:" + line(source, "// direct") + ": uses `imei` with"
                                + " `android/telephony/TelephonyManager.getImei`, which the method's @PersonalData(purpose ="
                                + " {Purpose.NEARBY, Purpose.FRAUD_PREVENTION}) does not declare: add DataItem.IMEI to its `data` and"
                                + " `imei` to `uses` of purpose `nearby` in the policy"),
                Fixture.of(result, ScanRule.UNDECLARED_PURPOSE_USE),
                "each purpose must use the declared data; an undeclared read names the purposes that lack it");
    }

    @Test
    void undeclaredParty() {
        String source = """
				package com.example.app;

				public class Events {
					void purchase() {
						com.adjust.sdk.Adjust.trackEvent("abc123"); // adjust
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Events.java", source));
        assertEquals(
                List.of("com/example/app/Events.java:" + line(source, "// adjust") + ": calls the Adjust SDK with"
                        + " `com/adjust/sdk/Adjust.trackEvent`, but policy `shop` declares no party for it: declare `party adjust"
                        + " \"Adjust\" { kind attribution sdk \"com.adjust.sdk\" url"
                        + " \"https://www.adjust.com/terms/privacy-policy/\" receives <data> for <purpose> }`, or add `sdk"
                        + " \"com.adjust.sdk\"` to the party it is"),
                Fixture.of(result, ScanRule.UNDECLARED_PARTY));
        assertEquals(1, result.findings().size());
    }

    @Test
    void theDeclarationToWriteSaysWhatTheCatalogueKnowsOfTheVendorsPolicy() {
        Path classes = fixture.app(Fixture.files(
                "com/example/app/Vendors.java",
                """
						package com.example.app;
						public class Vendors {
							void send() {
								com.rudderstack.Rudder.track(); // processor
								org.prebid.mobile.Prebid.fetch(); // self-hosted
								me.pushy.sdk.Pushy.listen(); // unknown
							}
						}
						""",
                "com/rudderstack/Rudder.java",
                "package com.rudderstack;\npublic class Rudder { public static void track() { } }\n",
                "org/prebid/mobile/Prebid.java",
                "package org.prebid.mobile;\npublic class Prebid { public static void fetch() { } }\n",
                "me/pushy/sdk/Pushy.java",
                "package me.pushy.sdk;\npublic class Pushy { public static void listen() { } }\n"));
        ScanResult result = fixture.scan(classes);
        List<String> declarations = Fixture.of(result, ScanRule.UNDECLARED_PARTY).stream()
                .map(m -> m.substring(m.indexOf("declare `") + "declare `".length(), m.indexOf("`, or add")))
                .toList();
        assertEquals(
                List.of(
                        "party rudderstack \"RudderStack\" { kind analytics sdk \"com.rudderstack\" role processor"
                                + " receives <data> for <purpose> }",
                        "party prebid-mobile \"Prebid Mobile\" { kind advertising sdk \"org.prebid.mobile\" receives"
                                + " <data> for <purpose> }",
                        "party pushy \"Pushy\" { kind service-provider sdk \"me.pushy.sdk\" receives <data> for"
                                + " <purpose> }"),
                declarations,
                "RudderStack processes the data for the app's owner, outside its own policy; Prebid's server is the"
                        + " app owner's; the catalogue knows no policy of Pushy's");
    }

    @Test
    void partyWithTheCatalogueIdNeedsNoSdkEntry(@TempDir Path other) {
        Fixture withAdjust = Fixture.create(other, Fixture.POLICY + """
				party adjust "Adjust" {
					kind attribution
					receives ad-id for ads
				}
				""");
        ScanResult result = withAdjust.scan(withAdjust.app("com/example/app/Events.java", """
				package com.example.app;

				public class Events {
					void purchase() {
						com.adjust.sdk.Adjust.trackEvent("abc123");
					}
				}
				"""));
        assertEquals(List.of(), result.findings());
        assertEquals(
                List.of("adjust"),
                result.dataMap().parties().stream().map(DataMap.PartyUse::id).toList());
        assertTrue(result.dataMap().parties().get(0).declared());
    }

    @Test
    void undeclaredSharing() {
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.appsflyer.AppsFlyerLib;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;
				import java.util.Map;

				public class Attribution {
					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
					void fraudSignal(TelephonyManager tm) {
						AppsFlyerLib.getInstance().logEvent(null, "check", Map.of("imei", tm.getImei())); // annotated
					}

					void open(TelephonyManager tm) {
						String imei = Ids.imei(tm);
						AppsFlyerLib.getInstance().start(imei); // plain
					}
				}

				class Ids {
					static String imei(TelephonyManager tm) {
						return tm.getImei();
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Attribution.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Attribution.java:" + line(source, "// annotated")
                                + ": may send `imei` (read with"
                                + " `android/telephony/TelephonyManager.getImei`) to party `appsflyer` with"
                                + " `com/appsflyer/AppsFlyerLib.logEvent`, but the policy does not say the party receives it for"
                                + " purpose `fraud-prevention`: add `receives imei for fraud-prevention` to party `appsflyer`, or do"
                                + " not send it",
                        "com/example/app/Attribution.java:" + line(source, "// plain") + ": may send `imei` (read with"
                                + " `android/telephony/TelephonyManager.getImei` in `Ids.imei`) to party `appsflyer` with"
                                + " `com/appsflyer/AppsFlyerLib.start`, but the policy does not say the party receives it: add"
                                + " `receives imei for fraud-prevention` to party `appsflyer`, or do not send it"),
                Fixture.of(result, ScanRule.UNDECLARED_SHARING));
        assertEquals(2, result.findings().size(), () -> result.findings().toString());
    }

    @Test
    void sendingWhatACommitmentForbidsBreaksIt(@TempDir Path other) {
        // the policy promises no attribution partner gets the IMEI, and declares none does; the code sends it anyway
        Fixture promised = Fixture.create(other, Fixture.POLICY + """
				commitment no-imei "We never give your IMEI to attribution partners" {
					no-sharing imei with-kind attribution
				}
				""");
        String source = """
				package com.example.app;

				import android.telephony.TelephonyManager;

				public class Install {
					void open(TelephonyManager tm) {
						com.appsflyer.AppsFlyerLib.getInstance().start(tm.getImei()); // send
					}

					void ad(Object context) {
						String id = com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
						com.appsflyer.AppsFlyerLib.getInstance().start(id); // declared
					}
				}
				""";
        ScanResult result = promised.scan(promised.app("com/example/app/Install.java", source));
        assertEquals(
                List.of("com/example/app/Install.java:" + line(source, "// send") + ": may send `imei` (read with"
                        + " `android/telephony/TelephonyManager.getImei`) to party `appsflyer` with"
                        + " `com/appsflyer/AppsFlyerLib.start`, which commitment `no-imei` (no-sharing) promises never"
                        + " happens: do not send it to `appsflyer` (the commitment is the policy's promise)"),
                Fixture.of(result, ScanRule.COMMITMENT_BROKEN));
        assertEquals(1, Fixture.of(result, ScanRule.UNDECLARED_SHARING).size(), result.findings()::toString);
    }

    @Test
    void sharingForAnotherPurposeThanDeclared(@TempDir Path other) {
        // appsflyer receives ad-id for ads only; sending it from a fraud-prevention method is not declared
        Fixture fraudAds =
                Fixture.create(other, Fixture.POLICY.replace("uses imei, ip-address", "uses imei, ip-address, ad-id"));
        String source = """
				package com.example.app;

				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Signals {
					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.AD_ID)
					void send(Object context) {
						String id = com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo(context).getId();
						com.appsflyer.AppsFlyerLib.getInstance().start(id); // send
					}
				}
				""";
        ScanResult result = fraudAds.scan(fraudAds.app("com/example/app/Signals.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Signals.java:" + line(source, "// send") + ": may send `ad-id` (read with"
                                + " `com/google/android/gms/ads/identifier/AdvertisingIdClient$Info.getId`) to party `appsflyer`"
                                + " with `com/appsflyer/AppsFlyerLib.start`, but the policy does not say the party receives it for purpose"
                                + " `fraud-prevention`: add `receives ad-id for fraud-prevention` to party `appsflyer`, or do not send it"),
                Fixture.of(result, ScanRule.UNDECLARED_SHARING));
    }

    @Test
    void unknownAnnotationValueWhenTheApiIsFromAnotherPolicyVersion(@TempDir Path other) {
        Fixture older = Fixture.create(
                other,
                Fixture.POLICY
                        .replace("uses imei, ip-address", "uses imei, ip-address, contacts")
                        .replace(
                                "data ip-address \"IP address\"",
                                "data ip-address \"IP address\"\n\tdata contacts \"Contacts\""));
        String source = """
				package com.example.app;

				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Sync {
					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = { DataItem.IMEI, DataItem.CONTACTS })
					void sync() {
						System.out.println(); // first
					}
				}
				""";
        Path app = older.app("com/example/app/Sync.java", source);
        ScanResult result = fixture.scan(app);
        assertEquals(
                List.of("com/example/app/Sync.java:" + line(source, "// first") + ": @PersonalData names"
                        + " DataItem.CONTACTS, which policy `shop` does not declare: generate the Java API again from this policy"
                        + " (`pledge generate java`), or declare the data item in the policy"),
                Fixture.of(result, ScanRule.UNKNOWN_ANNOTATION_VALUE));
        assertEquals(1, result.findings().size(), () -> result.findings().toString());
    }

    @Test
    void suppressAnnotationSilencesAMethod() {
        String source = """
				package com.example.app;

				import java.lang.annotation.Retention;
				import java.lang.annotation.RetentionPolicy;

				public class Debug {
					@Retention(RetentionPolicy.CLASS)
					@interface SuppressPledge {
						String value();
					}

					@SuppressPledge("debug screen, never in release builds")
					String phone(android.telephony.TelephonyManager tm) {
						return tm.getLine1Number();
					}

					String model() {
						return android.os.Build.MODEL;
					}
				}
				""";
        Path app = fixture.app("com/example/app/Debug.java", source);
        assertEquals(2, fixture.scan(app).findings().size());
        ScanResult result =
                fixture.scan(ScanOptions.defaults().withSuppressAnnotations(List.of("**.SuppressPledge")), app);
        assertEquals(
                List.of("com.example.app.Debug.model"),
                result.findings().stream().map(f -> f.at().where()).toList());
        assertEquals(2, result.dataMap().items().size(), "suppressed code stays in the data map");
    }
}
