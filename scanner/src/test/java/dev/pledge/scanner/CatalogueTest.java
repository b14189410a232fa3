// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {

    static final Path XIAOMI_2021 =
            Path.of("..", "examples", "xiaomi", "2021").toAbsolutePath().normalize();

    @Test
    void builtInCatalogueSizes() {
        Catalogue catalogue = CatalogueParser.builtIn();
        assertTrue(
                catalogue.apis().size() >= 60,
                "platform APIs: " + catalogue.apis().size());
        Set<String> sdks = catalogue.sdks().values().stream()
                .filter(s -> s != Catalogue.NOT_AN_SDK)
                .map(Catalogue.Sdk::id)
                .collect(Collectors.toSet());
        assertTrue(sdks.size() >= 30, "SDKs: " + sdks.size());
        for (String concept : List.of(
                "imei",
                "imsi",
                "phone-number",
                "sim-serial",
                "precise-location",
                "accounts",
                "contacts",
                "camera",
                "microphone",
                "clipboard",
                "installed-apps",
                "advertising-id",
                "android-id",
                "mac-address",
                "wifi",
                "device-serial",
                "ip-address",
                "cookies",
                "http-headers")) {
            assertTrue(catalogue.concepts().containsKey(concept), concept);
            assertTrue(!catalogue.apisOf(concept).isEmpty(), concept);
        }
        for (String sdk : List.of(
                "appsflyer",
                "adjust",
                "facebook",
                "google-mobile-ads",
                "firebase-analytics",
                "unity",
                "vungle",
                "ironsource",
                "applovin",
                "chartboost",
                "mopub",
                "mytarget",
                "yandex",
                "tapjoy",
                "adcolony",
                "affise")) {
            assertTrue(sdks.contains(sdk), sdk);
        }
    }

    @Test
    void everyApiOfTheCatalogueIsAValidSource() {
        CatalogueParser.builtIn().apis().keySet().forEach(api -> assertNotNull(SourceRef.parse(api), api));
    }

    /** Every SDK the Xiaomi policy names is in the catalogue, under some party. */
    @Test
    void catalogueCoversEveryXiaomiSdk() throws Exception {
        LoadResult loaded = new PolicyLoader().load(List.of(XIAOMI_2021));
        Policy xiaomi = PolicyViews.of(loaded, null);
        Policy empty = Fixture.policy(
                Files.createTempDirectory("empty"), "empty.pledge", "policy empty \"Empty\" { version \"1\" }\n");
        SdkIndex catalogueOnly = new SdkIndex(empty, CatalogueParser.builtIn());
        int sdks = 0;
        for (Party party : xiaomi.parties()) {
            for (String sdk : party.sdks()) {
                SdkIndex.Match match = catalogueOnly.match(SdkIndex.internalPrefix(sdk) + "/SomeClass");
                assertNotNull(match, party.id() + ": " + sdk);
                sdks++;
            }
        }
        assertEquals(23, sdks, "the Xiaomi policy's sdk entries");
    }

    @Test
    void longestPrefixWinsAndExclusionsAreNoSdk() throws Exception {
        SdkIndex index = new SdkIndex(
                Fixture.policy(Files.createTempDirectory("p"), "p.pledge", "policy p \"P\" { version \"1\" }\n"),
                CatalogueParser.builtIn());
        assertEquals(
                "google-mobile-ads",
                index.match("com/google/android/gms/ads/AdView").id());
        assertNull(index.match("com/google/android/gms/ads/identifier/AdvertisingIdClient"));
        assertNull(index.match("com/appsflyerx/Lib"), "a prefix matches whole package names only");
        assertEquals("appsflyer", index.match("com/appsflyer/internal/AFa1a$1").id());
        assertNull(index.match("java/lang/String"));
    }

    @Test
    void userCatalogueAddsConcepts(@TempDir Path dir) throws Exception {
        Fixture fixture = Fixture.create(dir);
        Path catalogue = Files.writeString(dir.resolve("extra.txt"), """
				# our own wrappers
				@concept imei "IMEI"
				com/example/app/DeviceInfo.imei
				@sdk acme "ACME Analytics" analytics
				com.acme.analytics
				""");
        // a wrapper of the app's own, in the scanned code: calls to it are reads
        Path user =
                fixture.app(Fixture.files("com/example/app/DeviceInfo.java", """
				package com.example.app;

				public class DeviceInfo {
					public static native String imei();
					public static native String phone();
				}
				""", "com/example/app/User.java", """
				package com.example.app;

				public class User {
					String id() {
						return DeviceInfo.imei() + DeviceInfo.phone();
					}
				}
				"""));
        ScanResult without = fixture.scan(user);
        assertEquals(0, without.dataMap().items().size());
        ScanResult with = fixture.scan(ScanOptions.defaults().withThreads(1).withCatalogues(List.of(catalogue)), user);
        assertEquals(
                List.of("imei"),
                with.dataMap().items().stream().map(DataMap.ItemUse::id).toList());
        assertEquals(List.of(), with.findings());
    }

    @Test
    void malformedCataloguesSayWhereAndWhat() {
        assertEquals(
                "t.txt:2: unknown directive '@api': write @concept <id> \"<title>\" or @sdk <id> \"<title>\" <kind>",
                assertThrows(ScanException.class, () -> CatalogueParser.parse("# x\n@api foo\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:1: 'android/os/Build.MODEL' comes before any @concept or @sdk line: put it below one",
                assertThrows(ScanException.class, () -> CatalogueParser.parse("android/os/Build.MODEL\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:2: 'android.os.Build.MODEL' is not an API reference: write the internal class name, a dot"
                        + " and the member, e.g. android/telephony/TelephonyManager.getImei",
                assertThrows(
                                ScanException.class,
                                () -> CatalogueParser.parse("@concept m \"M\"\nandroid.os.Build.MODEL\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:1: malformed concept: write @concept <kebab-id> \"<title>\" [aliases <id>,<id>]",
                assertThrows(ScanException.class, () -> CatalogueParser.parse("@concept Imei\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:2: 'com..x' is not a package prefix: write it like com.appsflyer (or !com.appsflyer.util to"
                        + " exclude a package)",
                assertThrows(
                                ScanException.class,
                                () -> CatalogueParser.parse("@sdk x \"X\" analytics\ncom..x\n", "t.txt"))
                        .getMessage());
    }

    @Test
    void missingUserCatalogueFailsTheScan(@TempDir Path dir) {
        Fixture fixture = Fixture.create(dir);
        ScanException e = assertThrows(
                ScanException.class,
                () -> new Scanner()
                        .scan(new ScanRequest(
                                fixture.policy,
                                List.of(fixture.api),
                                ScanOptions.defaults().withCatalogues(List.of(dir.resolve("missing.txt"))))));
        assertTrue(e.getMessage().startsWith("cannot read catalogue " + dir.resolve("missing.txt")), e.getMessage());
    }

    @Test
    void policySourcesThatMatchNothingAreWarnings(@TempDir Path dir) {
        Fixture fixture = Fixture.create(
                dir,
                Fixture.POLICY.replace(
                        "data ip-address \"IP address\"",
                        "data ip-address \"IP address\" { source \"request.getRemoteAddr()\", \"ip-address\" }"));
        ScanResult result = fixture.scan(fixture.api);
        assertEquals(1, result.findings().size());
        ScanFinding warning = result.findings().get(0);
        assertEquals(ScanRule.INVALID_SOURCE, warning.rule());
        assertEquals(
                "`source \"request.getRemoteAddr()\"` of data item `ip-address` is neither a member reference nor a"
                        + " catalogue concept, so it matches no code: write the internal class name, a dot and the member, e.g."
                        + " `source \"android/telephony/TelephonyManager.getImei\"`, or a concept such as `source \"imei\"`",
                warning.message());
        assertEquals("data ip-address", warning.at().where());
        assertTrue(result.summary().endsWith(": 0 errors, 1 warning."), result.summary());
    }
}
