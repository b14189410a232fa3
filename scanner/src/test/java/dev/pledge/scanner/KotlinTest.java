// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kotlin as the scanner meets it: class files the Kotlin 2 compiler makes from a small app with a data
 * class, an {@code inline} function from another file, lambdas, a {@code sequence {}} and a
 * {@code suspend} function, sending to Segment's analytics-java API (a stub of its shape). Compiled once
 * for all tests.
 */
class KotlinTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    static Path app;
    static ScanResult result;

    static final String POLICY = """
			policy shop "Shop" {
				version "2024-01-01"
			}
			category contact "Contact data" {
				data email "Email address"
				data phone-number "Phone number"
				data badge "Loyalty badge" { source "com/example/shop/Member.getBadge" }
			}
			category device "Device data" {
				data imei "IMEI" { source "android/telephony/TelephonyManager.getImei" }
			}
			purpose accounts "Run customer accounts" {
				basis legitimate-interest "keep accounts working"
				uses email, phone-number, imei, badge
				retention 30 days
			}
			purpose analytics "Product analytics" {
				basis consent
				uses email
				withdraw settings "Settings > Privacy"
				retention 30 days
			}
			party segment "Segment" {
				kind analytics
				receives email for analytics
				sdk "com.segment.analytics"
			}
			""";

    /** The shape of analytics-java 3 (com.segment.analytics.java:analytics): a client and message builders. */
    static final Map<String, String> SEGMENT = Fixture.files(
            "com/segment/analytics/Analytics.java",
            """
			package com.segment.analytics;
			public class Analytics {
				public static Builder builder(String writeKey) { return new Builder(); }
				public static class Builder { public Analytics build() { return new Analytics(); } }
				public void enqueue(com.segment.analytics.messages.MessageBuilder<?, ?> message) { }
				public void flush() { }
			}
			""",
            "com/segment/analytics/messages/MessageBuilder.java",
            """
			package com.segment.analytics.messages;
			public abstract class MessageBuilder<M, B extends MessageBuilder<M, B>> {
				@SuppressWarnings("unchecked")
				public B userId(String id) { return (B) this; }
			}
			""",
            "com/segment/analytics/messages/TrackMessage.java",
            """
			package com.segment.analytics.messages;
			public final class TrackMessage {
				public static Builder builder(String event) { return new Builder(); }
				public static final class Builder extends MessageBuilder<TrackMessage, Builder> {
					public Builder properties(java.util.Map<String, ?> properties) { return this; }
				}
			}
			""",
            "com/segment/analytics/messages/IdentifyMessage.java",
            """
			package com.segment.analytics.messages;
			public final class IdentifyMessage {
				public static Builder builder() { return new Builder(); }
				public static final class Builder extends MessageBuilder<IdentifyMessage, Builder> {
					public Builder traits(java.util.Map<String, ?> traits) { return this; }
				}
			}
			""");

    static final String CUSTOMER = """
			package com.example.shop

			data class Customer(val id: Long, val email: String, val phone: String, val dateOfBirth: java.time.LocalDate? = null)

			data class Member(val id: Long, val badge: String)

			interface CustomerView {
			    val email: String
			    val phone: String
			}
			""";

    static final String HEADERS = """
			package com.example.shop

			import com.segment.analytics.Analytics
			import com.segment.analytics.messages.TrackMessage

			inline fun Analytics.event(name: String, user: String, properties: () -> Map<String, Any>) {
			    val values = properties()
			    enqueue(TrackMessage.builder(name).userId(user).properties(values)) // SEND-INLINE
			}
			""";

    static final String SERVICE = """
			package com.example.shop

			import android.telephony.TelephonyManager
			import com.adjust.sdk.Adjust
			import com.example.privacy.DataItem
			import com.example.privacy.PersonalData
			import com.example.privacy.Purpose
			import com.segment.analytics.Analytics
			import com.segment.analytics.messages.IdentifyMessage

			class SignupService(private val analytics: Analytics) {

			    fun welcome(customer: Customer) {
			        analytics.event("welcome", customer.id.toString()) { mapOf("phone" to customer.phone) } // CALL-INLINE
			    }

			    fun destructured(customer: Customer) {
			        val (_, _, phone) = customer
			        analytics.enqueue(IdentifyMessage.builder().userId(phone)) // DESTRUCTURED
			    }

			    fun view(view: CustomerView) {
			        analytics.enqueue(IdentifyMessage.builder().userId(view.phone)) // VIEW
			    }

			    fun badge(member: Member) {
			        val (_, badge) = member
			        analytics.enqueue(IdentifyMessage.builder().userId(badge)) // BADGE
			    }

			    fun everyone(customers: List<Customer>) {
			        for ((_, _, phone) in customers) {
			            analytics.enqueue(IdentifyMessage.builder().userId(phone)) // FOR-LOOP
			        }
			        customers.forEach { (id, _, phone) -> analytics.enqueue(IdentifyMessage.builder().userId(phone + id)) } // FOR-EACH
			    }

			    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
			    fun emails(customers: List<Customer>, tm: TelephonyManager): Sequence<String> = sequence { // CREATES-SEQUENCE
			        for (customer in customers) {
			            analytics.enqueue(IdentifyMessage.builder().userId(customer.phone)) // IN-SEQUENCE
			            yield(customer.email + tm.imei)
			        }
			    }

			    @PersonalData(purpose = [Purpose.ACCOUNTS], data = [DataItem.IMEI])
			    fun devices(tm: TelephonyManager): Sequence<Int> {
			        val imei = tm.imei
			        return sequence {
			            analytics.enqueue(IdentifyMessage.builder().userId(imei)) // CAPTURED
			            yield(1)
			        }
			    }

			    @PersonalData(purpose = [Purpose.ANALYTICS], data = [DataItem.EMAIL])
			    fun later(tm: TelephonyManager): () -> String = { tm.imei } // LAMBDA

			    @PersonalData(purpose = [Purpose.ACCOUNTS], data = [DataItem.PHONE_NUMBER, DataItem.EMAIL])
			    suspend fun register(customer: Customer): String {
			        val token = normalised(customer.phone)
			        analytics.enqueue(IdentifyMessage.builder().userId(token)) // SUSPENDED
			        return token
			    }

			    private suspend fun normalised(phone: String): String = phone.filter { it.isDigit() }

			    @SuppressPledge("support tool, never in release builds")
			    fun support(tm: TelephonyManager) = analytics.enqueue(IdentifyMessage.builder().userId(tm.imei)) // SUPPRESSED

			    fun attribution() {
			        Adjust.trackEvent("a"); Adjust.trackEvent("b"); Adjust.trackEvent("c"); Adjust.trackEvent("d"); Adjust.trackEvent("e") // FIVE
			    }
			}

			@Retention(AnnotationRetention.BINARY)
			annotation class SuppressPledge(val value: String)
			""";

    @BeforeAll
    static void compile() {
        fixture = Fixture.create(dir, POLICY);
        Path segment = Javac.compile(SEGMENT, dir.resolve("segment-src"), dir.resolve("segment"), List.of());
        app = Kotlinc.compile(
                Fixture.files(
                        "com/example/shop/Customer.kt",
                        CUSTOMER,
                        "com/example/shop/Headers.kt",
                        HEADERS,
                        "com/example/shop/SignupService.kt",
                        SERVICE),
                dir.resolve("kotlin-src"),
                dir.resolve("kotlin-app"),
                List.of(fixture.stubs, fixture.api, segment));
        result = fixture.scan(
                ScanOptions.defaults()
                        .withThreads(1)
                        .withSourceRoots(List.of(dir.resolve("kotlin-src")))
                        .withSuppressAnnotations(List.of("**.SuppressPledge")),
                app);
    }

    private static List<ScanFinding> of(ScanRule rule) {
        return result.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static ScanFinding at(ScanRule rule, int line) {
        List<ScanFinding> found = of(rule).stream()
                .filter(f ->
                        f.at().line() == line && f.at().file().endsWith(Path.of("com/example/shop/SignupService.kt")))
                .toList();
        assertEquals(1, found.size(), () -> rule + " at line " + line + " in " + result.findings());
        return found.get(0);
    }

    @Test
    void inlinedCodeIsPlacedWhereItIsWrittenWithTheCallItIsInlinedAt() {
        ScanFinding finding = of(ScanRule.UNDECLARED_SHARING).stream()
                .filter(f -> f.at().file().endsWith(Path.of("com/example/shop/Headers.kt")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
        assertEquals(line(HEADERS, "SEND-INLINE"), finding.at().line());
        assertEquals(line(SERVICE, "CALL-INLINE"), finding.at().caller().line());
        assertEquals(
                dir.resolve("kotlin-src/com/example/shop/SignupService.kt"),
                finding.at().caller().file());
        Path src = dir.resolve("kotlin-src");
        assertEquals(
                "com/example/shop/Headers.kt:" + line(HEADERS, "SEND-INLINE")
                        + ": error: may send `phone-number` (property `Customer.phone`) to party `segment` with"
                        + " `com/segment/analytics/messages/TrackMessage$Builder.properties`, but the policy does not"
                        + " say the party receives it: add `receives phone-number for accounts` to party `segment`, or do not send it"
                        + " [undeclared-sharing]\n"
                        + "    in com.example.shop.SignupService.welcome, inlined at com/example/shop/SignupService.kt:"
                        + line(SERVICE, "CALL-INLINE"),
                finding.format(src));
    }

    @Test
    void reportsNameTheCallInlinedCodeIsInlinedAt() {
        Path src = dir.resolve("kotlin-src");
        String call = "com/example/shop/SignupService.kt:" + line(SERVICE, "CALL-INLINE");
        JsonObject sarif = StreamSupport.stream(
                        JsonParser.parseString(ScanReports.sarif(result, src, "1"))
                                .getAsJsonObject()
                                .getAsJsonArray("runs")
                                .get(0)
                                .getAsJsonObject()
                                .getAsJsonArray("results")
                                .spliterator(),
                        false)
                .map(JsonElement::getAsJsonObject)
                .filter(r -> r.toString().contains("Headers.kt"))
                .findFirst()
                .orElseThrow();
        JsonObject related = sarif.getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
        assertEquals(
                "com/example/shop/SignupService.kt",
                related.getAsJsonObject("physicalLocation")
                        .getAsJsonObject("artifactLocation")
                        .get("uri")
                        .getAsString());
        assertEquals(
                line(SERVICE, "CALL-INLINE"),
                related.getAsJsonObject("physicalLocation")
                        .getAsJsonObject("region")
                        .get("startLine")
                        .getAsInt());
        assertTrue(sarif.getAsJsonObject("message").get("text").getAsString().endsWith(", inlined at " + call + ")"));
        String map = ScanReports.json(result.dataMap(), src);
        assertTrue(map.contains("\"inlinedAt\": \"" + call + "\""), map);
    }

    @Test
    void codeOfTheFileItselfKeepsItsLines() {
        ScanFinding finding = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "DESTRUCTURED"));
        assertNull(finding.at().caller());
    }

    @Test
    void destructuringADataClassIsReadingItsProperty() {
        for (String marker : List.of("DESTRUCTURED", "FOR-LOOP", "FOR-EACH")) {
            ScanFinding finding = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, marker));
            assertEquals("segment phone-number", finding.subject(), marker);
        }
    }

    @Test
    void aProjectionInterfacesPropertyIsReadThroughItsAbstractGetter() {
        ScanFinding finding = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "VIEW"));
        assertEquals(
                "may send `phone-number` (property `CustomerView.phone`) to party `segment`",
                finding.message().substring(0, finding.message().indexOf(" with `com/segment")));
    }

    @Test
    void aSourceNamingAGetterIsThePropertyWhicheverAccessorReadsIt() {
        ScanFinding finding = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "BADGE"));
        assertEquals("segment badge", finding.subject());
        assertEquals(
                "may send `badge` (read with `com/example/shop/Member.getBadge`) to party `segment`",
                finding.message().substring(0, finding.message().indexOf(" with `com/segment")));
    }

    @Test
    void aSequenceBodyBelongsToTheFunctionThatCreatesIt() {
        ScanFinding sending = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "IN-SEQUENCE"));
        assertEquals(
                "may send `phone-number` (property `Customer.phone`) to party `segment` with"
                        + " `com/segment/analytics/messages/IdentifyMessage$Builder.userId`, but the policy does not say"
                        + " the party receives it for purpose `analytics`: add `receives phone-number for analytics` to party `segment`,"
                        + " or do not send it",
                sending.message());
        int creates = line(SERVICE, "CREATES-SEQUENCE");
        List<String> uses = of(ScanRule.UNDECLARED_PURPOSE_USE).stream()
                .filter(f -> f.at().line() == creates && f.at().method().equals("emails"))
                .map(f -> f.message().substring(0, f.message().indexOf(", which")))
                .toList();
        assertEquals(
                List.of(
                        "uses `imei` with `android/telephony/TelephonyManager.getImei` in `SignupService.emails (a lambda)`",
                        "uses `phone-number` from property `Customer.phone`"),
                uses,
                "the body reads the IMEI and a customer's phone number, which the annotation does not list");
    }

    @Test
    void aKotlinClassHasPropertiesAndItsFixesAreInKotlin() {
        List<ScanFinding> domain = of(ScanRule.UNDECLARED_DATA);
        assertEquals(1, domain.size(), domain::toString);
        String prefix = "com/example/shop/Customer.kt:3: error: property `Customer.dateOfBirth` holds ";
        assertEquals(prefix, domain.get(0).format(dir.resolve("kotlin-src")).substring(0, prefix.length()));
        ScanFinding use = at(ScanRule.UNDECLARED_PURPOSE_USE, line(SERVICE, "LAMBDA"));
        assertEquals(
                ", which the method's @PersonalData(purpose = [Purpose.ANALYTICS]) does not declare: add DataItem.IMEI"
                        + " to its `data` and `imei` to `uses` of purpose `analytics` in the policy",
                use.message().substring(use.message().indexOf(", which")));
    }

    @Test
    void dataASequenceBodyCapturesFlowsIntoIt() {
        ScanFinding sending = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "CAPTURED"));
        assertEquals(
                "may send `imei` (read with `android/telephony/TelephonyManager.getImei` in `SignupService.devices`) to"
                        + " party `segment` with `com/segment/analytics/messages/IdentifyMessage$Builder.userId`, but the"
                        + " policy does not say the party receives it for purpose `accounts`: add `receives imei for"
                        + " accounts` to party `segment`, or do not send it",
                sending.message());
    }

    @Test
    void aLambdaBelongsToTheFunctionThatCreatesIt() {
        ScanFinding use = at(ScanRule.UNDECLARED_PURPOSE_USE, line(SERVICE, "LAMBDA"));
        assertEquals("later", use.at().method());
        assertEquals(
                "uses `imei` with `android/telephony/TelephonyManager.getImei` in `SignupService.later (a lambda)`",
                use.message().substring(0, use.message().indexOf(", which")));
    }

    @Test
    void aSuspendFunctionKeepsItsPurposeAcrossItsStateMachine() {
        ScanFinding sending = at(ScanRule.UNDECLARED_SHARING, line(SERVICE, "SUSPENDED"));
        assertEquals("register", sending.at().method());
        assertEquals(
                "may send `phone-number` (property `Customer.phone`) to party `segment` with"
                        + " `com/segment/analytics/messages/IdentifyMessage$Builder.userId`, but the policy does not say"
                        + " the party receives it for purpose `accounts`: add `receives phone-number for accounts` to party `segment`,"
                        + " or do not send it",
                sending.message());
    }

    @Test
    void aKotlinSuppressionAnnotationSuppressesWithItsReason() {
        List<String> silenced = result.silenced().stream()
                .map(s -> s.finding().at().line() + " " + s.finding().ruleId() + " " + s.reason())
                .toList();
        assertEquals(
                List.of(line(SERVICE, "SUPPRESSED") + " undeclared-sharing support tool, never in release builds"),
                silenced);
    }

    @Test
    void fiveCallsOnOneLineAreOneFinding() {
        at(ScanRule.UNDECLARED_PARTY, line(SERVICE, "FIVE"));
        assertEquals(
                1,
                of(ScanRule.UNDECLARED_PARTY).size(),
                () -> of(ScanRule.UNDECLARED_PARTY).toString());
    }
}
