// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

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
import dev.pledge.scanner.Fixture;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {
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

    @Test
    void catalogueCoversEveryXiaomiSdk() throws Exception {
        LoadResult loaded = new PolicyLoader().load(List.of(Fixture.XIAOMI_2021));
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
        // 2: seed 004 names one SDK product, Google Analytics for Firebase (L357); of its ad partners and attribution
        // platforms (L349-L395) and its virus-scan and cleaning providers (L339-L347) it names only the terms
        assertEquals(2, sdks, "the Xiaomi policy's sdk entries");
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
    void malformedCataloguesSayWhereAndWhat() {
        assertEquals(
                "t.txt:2: unknown directive '@api': write @concept <id> \"<title>\", @sdk <id> \"<title>\" <kind>,"
                        + " @version <edition>, @element, @context or @not-data",
                assertThrows(CatalogueException.class, () -> CatalogueParser.parse("# x\n@api foo\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:1: 'android/os/Build.MODEL' comes before any @concept or @sdk line: put it below one",
                assertThrows(CatalogueException.class, () -> CatalogueParser.parse("android/os/Build.MODEL\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:2: 'android.os.Build.MODEL' is not an API reference: write the internal class name, a dot"
                        + " and the member, e.g. android/telephony/TelephonyManager.getImei",
                assertThrows(
                                CatalogueException.class,
                                () -> CatalogueParser.parse("@concept m \"M\"\nandroid.os.Build.MODEL\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:1: malformed concept: write @concept <kebab-id> \"<title>\" [aliases <id>,<id>]",
                assertThrows(CatalogueException.class, () -> CatalogueParser.parse("@concept Imei\n", "t.txt"))
                        .getMessage());
        assertEquals(
                "t.txt:2: 'com..x' is not a package prefix: write it like com.appsflyer (com.vendor.* for the"
                        + " classes of one package only, !com.appsflyer.util to exclude a package)",
                assertThrows(
                                CatalogueException.class,
                                () -> CatalogueParser.parse("@sdk x \"X\" analytics\ncom..x\n", "t.txt"))
                        .getMessage());
    }
}
