// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data read in helpers counts for the annotated methods and SDK calls that reach it. */
class PropagationTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    private static final String HEADER = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;
			import java.util.function.Supplier;

			""";

    /** {@code file:line: rule: in where} of every finding. */
    private static List<String> found(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.at().file() + ":" + f.at().line() + ": " + f.ruleId() + ": in " + f.at().where())
                .toList();
    }

    @Test
    void helperChainsAreFollowedAndReportedAtTheFirstCall() {
        String source = HEADER + """
				public class Chain {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String ads(TelephonyManager tm) {
						return first(tm); // call
					}

					private String first(TelephonyManager tm) {
						return new Chain().second(tm);
					}

					String second(TelephonyManager tm) {
						return second(tm, 0);
					}

					String second(TelephonyManager tm, int depth) {
						return depth > 3 ? tm.getImei() : second(tm, depth + 1);
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Chain.java", source));
        assertEquals(
                List.of("com/example/app/Chain.java:" + line(source, "// call")
                        + ": undeclared-purpose-use: in com.example.app.Chain.ads"),
                found(result));
        assertEquals(
                "uses `imei` with `android/telephony/TelephonyManager.getImei` in `Chain.second`, which the method's"
                        + " @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.IMEI to its `data` and `imei` to"
                        + " `uses` of purpose `ads` in the policy",
                result.findings().get(0).message());
    }

    /** One finding per method and item: the fix is one change to the annotation. */
    @Test
    void lambdasAndMethodReferences() {
        String source = HEADER + """
				public class Lambdas {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String ads(TelephonyManager tm, javax.servlet.http.HttpServletRequest request) {
						Supplier<String> imei = () -> tm.getImei(); // lambda
						Supplier<String> address = request::getRemoteAddr; // reference
						return imei.get() + address.get();
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Lambdas.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Lambdas.java:" + line(source, "// lambda")
                                + ": undeclared-purpose-use: in com.example.app.Lambdas.ads",
                        "com/example/app/Lambdas.java:" + line(source, "// reference")
                                + ": undeclared-purpose-use: in com.example.app.Lambdas.ads"),
                found(result));
        assertEquals(
                "uses `imei` with `android/telephony/TelephonyManager.getImei` in `Lambdas.ads (a lambda)`, which the"
                        + " method's @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.IMEI to its `data` and `imei`"
                        + " to `uses` of purpose `ads` in the policy",
                result.findings().get(0).message());
        assertEquals(
                "uses `ip-address` with `javax/servlet/http/HttpServletRequest.getRemoteAddr`, which the method's"
                        + " @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.IP_ADDRESS to its `data` and"
                        + " `ip-address` to `uses` of purpose `ads` in the policy",
                result.findings().get(1).message());
    }

    @Test
    void interfaceCallsReachEveryScannedImplementation() {
        String source = HEADER + """
				interface IdSource {
					String id();
				}

				class ImeiSource implements IdSource {
					TelephonyManager tm;
					public String id() {
						return tm.getImei();
					}
				}

				class FixedSource implements IdSource {
					public String id() {
						return "fixed";
					}
				}

				public class Dispatch {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String ads(IdSource source) {
						return source.id(); // dispatch
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Dispatch.java", source));
        assertEquals(
                List.of("com/example/app/Dispatch.java:" + line(source, "// dispatch")
                        + ": undeclared-purpose-use: in com.example.app.Dispatch.ads"),
                found(result));
    }

    @Test
    void sourcesAndSdksInheritedByScannedSubclasses() {
        String source = HEADER + """
				class MyTelephony extends TelephonyManager {
				}

				class MyAttribution extends com.appsflyer.AppsFlyerLib {
				}

				public class Inherited {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					void ads(MyTelephony tm, MyAttribution attribution) {
						String imei = tm.getImei(); // inherited source
						attribution.start(imei); // inherited sdk
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Inherited.java", source));
        assertEquals(
                List.of(
                        "com/example/app/Inherited.java:" + line(source, "// inherited source")
                                + ": undeclared-purpose-use: in com.example.app.Inherited.ads",
                        "com/example/app/Inherited.java:" + line(source, "// inherited sdk")
                                + ": undeclared-sharing: in com.example.app.Inherited.ads"),
                found(result));
        // the subclass's constructor calls the SDK's too (super())
        assertEquals(
                List.of("com/appsflyer/AppsFlyerLib.<init>", "com/appsflyer/AppsFlyerLib.start"),
                result.dataMap().parties().get(0).calls().stream()
                        .map(DataMap.SdkCall::api)
                        .toList());
    }

    @Test
    void jdkSubclassesOfSourcesAreSources() {
        String source = HEADER + """
				class PeerSocket extends java.net.Socket {
				}

				public class Peers {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String peer(javax.net.ssl.SSLSocket socket, PeerSocket plain) {
						return socket.getInetAddress() + "/" + plain.getRemoteSocketAddress(); // jdk
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Peers.java", source));
        assertEquals(
                List.of("com/example/app/Peers.java:" + line(source, "// jdk")
                        + ": undeclared-purpose-use: in com.example.app.Peers.peer"),
                found(result));
        assertEquals(
                List.of("java/net/Socket.getInetAddress", "java/net/Socket.getRemoteSocketAddress"),
                result.dataMap().items().get(0).reads().stream()
                        .map(DataMap.Read::api)
                        .toList());
    }

    @Test
    void annotatedCalleesAnswerForTheirOwnData() {
        String source = HEADER + """
				public class Nested {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					String ads(TelephonyManager tm) {
						return fraudCheck(tm);
					}

					@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
					String fraudCheck(TelephonyManager tm) {
						return tm.getImei();
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Nested.java", source));
        assertEquals(List.of(), found(result));
        DataMap.ItemUse imei = result.dataMap().items().get(0);
        assertEquals("imei", imei.id());
        assertEquals(List.of("fraud-prevention"), imei.purposes());
    }

    @Test
    void annotationOnAClassCoversItsMethods() {
        String source = HEADER + """
				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.IMEI)
				public class Scoring {
					String imei(TelephonyManager tm) {
						return tm.getImei();
					}

					String phone(TelephonyManager tm) {
						return tm.getDeviceId() + tm.getLine1Number(); // phone
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Scoring.java", source));
        assertEquals(
                List.of("com/example/app/Scoring.java:" + line(source, "// phone")
                        + ": undeclared-data: in com.example.app.Scoring.phone"),
                found(result));
        assertEquals(
                List.of(
                        "com.example.app.Scoring.<init>",
                        "com.example.app.Scoring.imei",
                        "com.example.app.Scoring.phone"),
                result.dataMap().purposes().stream().map(p -> p.at().where()).toList());
    }

    @Test
    void sharingThroughHelpersOnly() {
        String source = HEADER + """
				public class Unrelated {
					void log(TelephonyManager tm) {
						System.out.println(tm.getImei());
					}

					void open() {
						com.appsflyer.AppsFlyerLib.getInstance().start(null);
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Unrelated.java", source));
        assertEquals(
                List.of(),
                found(result),
                "data read in a method that neither calls the SDK nor is called by it does not reach it");
    }
}
