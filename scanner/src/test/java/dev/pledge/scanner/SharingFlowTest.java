// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code undeclared-sharing} follows the data: only what is passed into an SDK call counts, through
 * helpers, fields, strings, collections and builders; data that is read next to an SDK call and not
 * passed to it does not.
 */
class SharingFlowTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    /** The fixture policy with an email address the accounts purpose uses; AppsFlyer receives only the ad id. */
    static final String POLICY = Fixture.POLICY
            .replace(
                    "data ip-address \"IP address\"",
                    "data ip-address \"IP address\"\n\tdata email \"Email address\"\n\tdata person-name \"Name\"")
            .replace("uses imei, ip-address", "uses imei, ip-address, email, person-name");

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir, POLICY);
    }

    private static final String HEADER = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.appsflyer.AppsFlyerEvent;
			import com.appsflyer.AppsFlyerLib;
			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;
			import java.util.HashMap;
			import java.util.List;
			import java.util.Map;

			""";

    private static List<String> sharing(ScanResult result) {
        return result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNDECLARED_SHARING)
                .map(f -> f.at().line() + ": "
                        + f.message().substring(0, f.message().indexOf(", but")))
                .toList();
    }

    @Test
    void dataReadNextToAnSdkCallButNotPassedIsNotSent() {
        String source = HEADER + """
				public class Beside {
					void open(TelephonyManager tm, AppsFlyerLib appsFlyer) {
						String imei = tm.getImei();
						System.out.println(imei.length());
						appsFlyer.start("no data");
						if (imei.isEmpty()) {
							appsFlyer.logEvent(null, "empty", Map.of());
						}
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Beside.java", source));
        assertEquals(List.of(), sharing(result));
        DataMap.PartyUse appsflyer = result.dataMap().parties().get(0);
        assertEquals(List.of(), appsflyer.items());
    }

    @Test
    void throughHelpersBothWays() {
        String source = HEADER + """
				public class Helpers {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					void ads(TelephonyManager tm) {
						send("open", Ids.imei(tm)); // both ways
						send("close", "nothing");
					}

					private void send(String name, String value) {
						AppsFlyerLib.getInstance().logEvent(null, name, Map.of("v", value));
					}
				}

				class Ids {
					static String imei(TelephonyManager tm) {
						String id = tm.getImei();
						return id.trim();
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Helpers.java", source));
        assertEquals(
                List.of(line(source, "// both ways")
                        + ": may send `imei` (read with `android/telephony/TelephonyManager.getImei` in `Ids.imei`) to"
                        + " party `appsflyer` with `com/appsflyer/AppsFlyerLib.logEvent` in `Helpers.send`"),
                sharing(result));
        assertEquals(
                "com.example.app.Helpers.ads",
                result.findings().stream()
                        .filter(f -> f.rule() == ScanRule.UNDECLARED_SHARING)
                        .findFirst()
                        .orElseThrow()
                        .at()
                        .where());
    }

    @Test
    void throughStringsCollectionsBuildersAndFields() {
        String source = HEADER + """
				public class Carriers {
					private String last;

					void strings(TelephonyManager tm) {
						StringBuilder text = new StringBuilder("id=");
						text.append(tm.getImei());
						AppsFlyerLib.getInstance().start(text.toString()); // string
					}

					void maps(TelephonyManager tm) {
						Map<String, Object> values = new HashMap<>();
						values.put("imei", tm.getImei());
						AppsFlyerLib.getInstance().logEvent(null, "e", values); // map
					}

					void arrays(TelephonyManager tm) {
						Object[] values = new Object[1];
						values[0] = tm.getDeviceId();
						AppsFlyerLib.getInstance().start(values); // array
					}

					void remember(TelephonyManager tm) {
						last = tm.getImei();
					}

					void later() {
						AppsFlyerLib.getInstance().start(last); // field
					}

					void event(TelephonyManager tm) {
						Event event = new Event(tm.getImei());
						AppsFlyerLib.getInstance().start(event.id()); // event
					}
				}

				class Event {
					private final String id;

					Event(String id) {
						this.id = id;
					}

					String id() {
						return id;
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Carriers.java", source));
        String imei = ": may send `imei` (read with `android/telephony/TelephonyManager.getImei`";
        assertEquals(
                List.of(
                        line(source, "// string") + imei
                                + ") to party `appsflyer` with `com/appsflyer/AppsFlyerLib.start`",
                        line(source, "// map") + imei
                                + ") to party `appsflyer` with `com/appsflyer/AppsFlyerLib.logEvent`",
                        line(source, "// array") + ": may send `imei` (read with"
                                + " `android/telephony/TelephonyManager.getDeviceId`) to party `appsflyer` with"
                                + " `com/appsflyer/AppsFlyerLib.start`",
                        line(source, "// field") + ": may send `imei` (read with"
                                + " `android/telephony/TelephonyManager.getImei` in `Carriers.remember`) to party"
                                + " `appsflyer` with `com/appsflyer/AppsFlyerLib.start`",
                        line(source, "// event") + imei
                                + ") to party `appsflyer` with `com/appsflyer/AppsFlyerLib.start`"),
                sharing(result));
    }

    @Test
    void domainFieldsThroughGettersAndOneFindingPerLineAndSdk() {
        String source = HEADER + """
				public class Signup {
					void signedUp(Customer customer, Pet pet) {
						AppsFlyerEvent.builder("signup").userId(customer.getEmail()).properties(Map.of("pet", pet.getName())).send(); // builder
						AppsFlyerLib.getInstance().start(customer.getEmail() + customer.getEmail()); // twice
						AppsFlyerLib.getInstance().start(pet.getName()); // pet
					}
				}

				class Customer {
					private Long id;
					private String email;
					private String firstName;

					String getEmail() {
						return email;
					}
				}

				class Pet {
					private Long id;
					private String name;

					String getName() {
						return name;
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Signup.java", source));
        assertEquals(
                List.of(
                        line(source, "// builder") + ": may send `email` (field `Customer.email`) to party `appsflyer`"
                                + " with `com/appsflyer/AppsFlyerEvent.userId`",
                        line(source, "// twice") + ": may send `email` (field `Customer.email`) to party `appsflyer`"
                                + " with `com/appsflyer/AppsFlyerLib.start`"),
                sharing(result),
                "a pet's name is no personal data; the event's other calls get the builder, not the email");
        DataMap.ItemUse email = result.dataMap().items().stream()
                .filter(i -> i.id().equals("email"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("appsflyer"), email.parties());
        assertEquals("com/example/app/Customer.email", email.reads().get(0).api());
    }

    @Test
    void projectionPropertiesThroughTheirGetters() {
        String source = HEADER + """
				public class Profiles {
					void track(OwnerRepository owners, long id) {
						OwnerSummary owner = owners.findSummaryById(id);
						AppsFlyerLib.getInstance().start(owner.getEmail()); // projection
						AppsFlyerLib.getInstance().start("visits " + owner.getVisitCount()); // count
						AppsFlyerLib.getInstance().start(label(owners.findSummaryById(id + 1))); // helper
					}

					private static String label(OwnerSummary owner) {
						return owner.getEmail().substring(1);
					}
				}

				interface OwnerSummary {
					String getEmail();

					int getVisitCount();
				}

				interface OwnerRepository {
					OwnerSummary findSummaryById(long id);
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Profiles.java", source));
        String sent = ": may send `email` (property `OwnerSummary.email`) to party `appsflyer` with"
                + " `com/appsflyer/AppsFlyerLib.start`";
        assertEquals(
                List.of(line(source, "// projection") + sent, line(source, "// helper") + sent),
                sharing(result),
                "a Spring Data projection's getter has no body: its result is the property; a count is no personal"
                        + " data, and the repository's finder is behaviour");
    }

    @Test
    void lambdasCountForTheMethodThatCreatesThem() {
        String source = HEADER + """
				public class Batch {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					void ads(TelephonyManager tm, List<String> names) {
						String imei = tm.getImei();
						names.forEach(name -> AppsFlyerLib.getInstance().logEvent(null, name, Map.of("imei", imei))); // lambda
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Batch.java", source));
        assertEquals(
                List.of(
                        line(source, "// lambda")
                                + ": may send `imei` (read with `android/telephony/TelephonyManager.getImei`) to party `appsflyer` with `com/appsflyer/AppsFlyerLib.logEvent` in `Batch.ads (a lambda)`"),
                sharing(result));
        assertEquals(
                true,
                result.findings().stream()
                        .filter(f -> f.rule() == ScanRule.UNDECLARED_SHARING)
                        .allMatch(f -> f.message().contains("for purpose `ads`")),
                result.findings().toString());
    }

    /**
     * Data stored in a field through a chain of calls (another class's method, then a recursive one) and sent
     * from where the field is read; callers that store nothing (a constant) add nothing. The data reaches the field
     * through the parameters, whatever order the methods are visited in.
     */
    @Test
    void dataStoredInAFieldThroughChainsOfCalls() {
        String source = HEADER + """
				public class Store {
					private String kept;
					private String other;

					void remember(TelephonyManager tm) {
						new Courier().carry(tm.getImei(), this);
					}

					void constant() {
						new Courier().carry("none", this);
						keepOther("none", 1);
					}

					void keep(String value, int depth) {
						if (depth > 0) {
							keep(value, depth - 1);
						} else {
							kept = value;
						}
					}

					void keepOther(String value, int depth) {
						if (depth > 0) {
							keepOther(value, depth - 1);
						}
						other = value;
					}

					void later() {
						AppsFlyerLib.getInstance().start(kept); // kept
						AppsFlyerLib.getInstance().start(other); // other
					}
				}

				class Courier {
					void carry(String value, Store store) {
						store.keep(value, 3);
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Store.java", source));
        assertEquals(
                List.of(line(source, "// kept") + ": may send `imei` (read with"
                        + " `android/telephony/TelephonyManager.getImei` in `Store.remember`) to party `appsflyer` with"
                        + " `com/appsflyer/AppsFlyerLib.start`"),
                sharing(result),
                "the IMEI reaches `kept` through Courier.carry and the recursive keep; `other` only ever holds a"
                        + " constant");
    }

    /**
     * A method that calls itself with its parameters swapped: the call reaches the SDK through either
     * parameter (found scanning Fyber's FairBid SDK, where the fixpoint crashed on such a call).
     */
    @Test
    void aRecursiveCallPassesItsParametersOn() {
        String source = HEADER + """
				public class Relay {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					void ads(TelephonyManager tm) {
						relay("nothing", tm.getImei(), 2); // recursion
					}

					private void relay(String sent, String kept, int depth) {
						AppsFlyerLib.getInstance().logEvent(null, "relay", Map.of("v", sent));
						if (depth > 0) {
							relay(kept, sent, depth - 1);
						}
					}
				}
				""";
        ScanResult result = fixture.scan(fixture.app("com/example/app/Relay.java", source));
        assertEquals(
                List.of(line(source, "// recursion")
                        + ": may send `imei` (read with `android/telephony/TelephonyManager.getImei`) to party"
                        + " `appsflyer` with `com/appsflyer/AppsFlyerLib.logEvent` in `Relay.relay`"),
                sharing(result));
    }
}
