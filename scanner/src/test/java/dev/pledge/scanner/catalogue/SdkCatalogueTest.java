// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.pledge.PartyKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.scanner.Fixture;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** The built-in SDK catalogue at scale, and the rules every catalogue file follows. */
class SdkCatalogueTest {

    private static final Catalogue BUILT_IN = CatalogueParser.builtIn();

    @Test
    void vendorProductsInTheCategoriesTheGateNeeds() {
        List<Catalogue.Sdk> entries = BUILT_IN.entries();
        assertTrue(entries.size() >= 400, "entries: " + entries.size());
        Map<String, Long> perCategory = entries.stream()
                .flatMap(sdk -> sdk.facts().categories().stream())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        for (String category : List.of(
                "analytics",
                "product-analytics",
                "attribution",
                "advertising",
                "mediation",
                "crash-reporting",
                "apm",
                "push",
                "engagement",
                "session-replay",
                "ab-testing",
                "customer-support",
                "messaging",
                "social",
                "sign-in",
                "payment",
                "maps",
                "location",
                "consent")) {
            assertTrue(perCategory.getOrDefault(category, 0L) > 0, "no entry of category " + category);
        }
        assertFalse(BUILT_IN.version().isEmpty(), "the catalogue names its edition");
    }

    /**
     * The Chinese market the issue names, where a primary source gives the SDK's packages (MTA and TalkingData
     * from the classes open-source apps import; Alimama publishes its SDK on no repository reachable here).
     */
    @Test
    void coversTheChineseMarket() {
        Set<String> ids = BUILT_IN.entries().stream().map(Catalogue.Sdk::id).collect(Collectors.toSet());
        for (String id : List.of(
                "umeng",
                "getui",
                "tencent-bugly",
                "baidu-mobile-stat",
                "sensors-analytics",
                "growingio",
                "alibaba-push",
                "pangle",
                "kuaishou-ads",
                "huawei-ads",
                "huawei-push",
                "xiaomi-push",
                "wechat-open-sdk",
                "wechat-pay",
                "tencent-mta",
                "talkingdata",
                "alipay",
                "jpush",
                "honor-push",
                "oppo-push",
                "vivo-push",
                "baidu-push",
                "tencent-gdt",
                "baidu-mobads",
                "gromore",
                "amap",
                "baidu-map",
                "tencent-map",
                "huawei-map",
                "huawei-location")) {
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void everyEntryIsWellFormedAndSaysWhereItsFactsComeFrom() {
        Set<String> ids = BUILT_IN.entries().stream().map(Catalogue.Sdk::id).collect(Collectors.toSet());
        Set<String> concepts = BUILT_IN.concepts().keySet();
        int fromArtifacts = 0;
        for (Catalogue.Sdk sdk : BUILT_IN.entries()) {
            assertNotNull(PartyKind.get(sdk.kind()), sdk.id() + ": kind " + sdk.kind() + " is no party kind");
            assertFalse(sdk.facts().categories().isEmpty(), sdk.id() + " has no category");
            assertFalse(sdk.facts().sources().isEmpty(), sdk.id() + " cites no source");
            assertFalse(BUILT_IN.prefixesOf(sdk.id()).isEmpty(), sdk.id() + " has no package");
            for (String prefix : BUILT_IN.prefixesOf(sdk.id())) {
                String name = prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2) : prefix;
                for (String part : name.split("\\.")) {
                    assertTrue(SourceVersion.isIdentifier(part), sdk.id() + ": " + prefix);
                }
            }
            if (!sdk.facts().privacyUrl().isEmpty()) {
                assertTrue(sdk.facts().privacyUrl().startsWith("http"), sdk.id());
                assertTrue(
                        sdk.facts().sources().stream()
                                .anyMatch(s -> s.startsWith("docs:")
                                        || s.startsWith("gvl:")
                                        || s.startsWith("atp:")
                                        || s.startsWith("cited:")),
                        sdk.id() + ": where does the privacy URL come from?");
            }
            sdk.facts().inside().forEach(outer -> assertTrue(ids.contains(outer), sdk.id() + " inside " + outer));
            sdk.facts().collects().forEach(c -> assertTrue(concepts.contains(c), sdk.id() + " collects " + c));
            if (sdk.facts().sources().stream().anyMatch(s -> s.startsWith("maven:"))) {
                fromArtifacts++;
            }
        }
        assertTrue(fromArtifacts >= 50, "entries checked against Maven Central artifacts: " + fromArtifacts);
    }

    @Test
    void aPrefixClaimedByTwoEntriesIsAnError() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueParser.parse("""
				@sdk a "A" analytics
				com.vendor
				@sdk b "B" analytics
				com.vendor
				""", "t.txt"));
        assertEquals("t.txt:4: com.vendor is claimed by `a` too (t.txt:2: ): keep it in one entry", e.getMessage());
    }

    @Test
    void anEntryInsideAnotherSaysSoAndThenTheLongerPrefixWins() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueParser.parse("""
				@sdk ads "Ads" advertising
				com.vendor
				@sdk login "Login" sign-on
				com.vendor.login
				""", "t.txt"));
        assertEquals(
                "t.txt:4: com.vendor.login lies inside com.vendor of `ads`: add `inside ads` to `login` if the longer"
                        + " prefix is meant to win",
                e.getMessage());
        Catalogue catalogue = assertDoesNotThrow("""
				@sdk ads "Ads" advertising
				com.vendor
				@sdk login "Login" sign-on
				inside ads
				com.vendor.login
				""");
        SdkIndex index = new SdkIndex(emptyPolicy(), catalogue);
        assertEquals("login", index.match("com/vendor/login/LoginManager").id());
        assertEquals("ads", index.match("com/vendor/AdView").id());
    }

    /** {@code com.facebook.*} is the package's own classes: {@code FacebookSdk}, not React Native below it. */
    @Test
    void aPackageOnlyPrefixLeavesItsSubPackagesAlone() {
        Catalogue catalogue = assertDoesNotThrow("""
				@sdk meta "Meta SDK" advertising
				com.meta.*
				com.meta.appevents
				""");
        SdkIndex index = new SdkIndex(emptyPolicy(), catalogue);
        assertEquals("meta", index.match("com/meta/MetaSdk").id());
        assertEquals("meta", index.match("com/meta/MetaSdk$1").id());
        assertEquals("meta", index.match("com/meta/appevents/Logger").id());
        assertNull(index.match("com/meta/react/Bridge"));
        assertEquals(List.of("com.meta.*", "com.meta.appevents"), catalogue.prefixesOf("meta"));
    }

    @Test
    void factsAreReadAndCheckedWithWhatToWrite() {
        Catalogue catalogue = assertDoesNotThrow("""
				@version 2026-01-01
				@sdk appsflyer "AppsFlyer" attribution
				vendor "AppsFlyer Ltd."
				privacy https://www.appsflyer.com/legal/privacy-policy/#data # an address may hold a #
				categories attribution, analytics
				collects advertising-id
				source docs:https://dev.appsflyer.com/hc/docs maven:com.appsflyer:af-android-sdk:6.13.0
				source npm:react-native-appsflyer@6.16.2 npm:@scope/cordova-plugin-x@1.0.0-beta.1
				com.appsflyer
				""");
        Catalogue.Sdk sdk = catalogue.entries().get(0);
        assertEquals("2026-01-01", catalogue.version());
        assertEquals(
                new SdkFacts(
                        "AppsFlyer Ltd.",
                        "https://www.appsflyer.com/legal/privacy-policy/#data",
                        List.of("attribution", "analytics"),
                        List.of("advertising-id"),
                        List.of(),
                        List.of(
                                "docs:https://dev.appsflyer.com/hc/docs",
                                "maven:com.appsflyer:af-android-sdk:6.13.0",
                                "npm:react-native-appsflyer@6.16.2",
                                "npm:@scope/cordova-plugin-x@1.0.0-beta.1"),
                        SdkFacts.Collector.VENDOR,
                        SdkFacts.Status.ACTIVE,
                        SdkFacts.Role.UNSTATED),
                sdk.facts());
        Catalogue selfHosted = assertDoesNotThrow("""
				@sdk matomo "Matomo" analytics
				collector self-hosted
				source docs:https://developer.matomo.org/guides/tracking-api-reference
				org.matomo.sdk
				@sdk countly "Countly" analytics
				collector either
				source docs:https://support.count.ly/hc/en-us
				ly.count.android
				""");
        assertEquals(
                List.of(SdkFacts.Collector.SELF_HOSTED, SdkFacts.Collector.EITHER),
                selfHosted.entries().stream().map(e -> e.facts().collector()).toList());
        Map<String, String> errors = Map.of(
                "@sdk x \"X\" spyware\ncom.x",
                "t.txt:1: unknown party kind 'spyware': write one of advertising, analytics, attribution,",
                "@sdk x \"X\" analytics\ncom.x\n@sdk x \"X2\" analytics\ncom.y",
                "t.txt:3: a second entry `x`: merge the two, or give one another id",
                "@sdk x \"X\" analytics\ncategories tracking",
                "t.txt:2: unknown category 'tracking': write one of analytics, product-analytics,",
                "@sdk x \"X\" analytics\nprivacy www.x.com",
                "t.txt:2: write the privacy policy's address: privacy https://vendor.example/privacy",
                "@sdk x \"X\" analytics\nsource wikipedia",
                "t.txt:2: unknown source 'wikipedia': start it with one of maven:, npm:, usage:, docs:,",
                "@sdk x \"X\" analytics\nsource exodus:12",
                "t.txt:2: unknown source 'exodus:12': start it with one of maven:,",
                "@sdk x \"X\" analytics\nsource trackerdb:x",
                "t.txt:2: unknown source 'trackerdb:x': start it with one of maven:,",
                "@sdk x \"X\" analytics\nvendor X Corp",
                "t.txt:2: write the vendor in quotes: vendor \"AppsFlyer Ltd.\"",
                "@sdk x \"X\" analytics\ncom.x-y",
                "t.txt:2: 'com.x-y' is not a package prefix: write it like com.appsflyer");
        assertErrors(errors);
    }

    /** A vendor's registration in IAB Europe's or Google's list of ad-tech companies is cited by its numeric id. */
    @Test
    void aRegistrationSourceIsAVendorId() {
        assertErrors(Map.of(
                "@sdk x \"X\" analytics\nsource gvl:moloco",
                "t.txt:2: write the vendor's id in IAB Europe's Global Vendor List as gvl:<id>, like gvl:807",
                "@sdk x \"X\" analytics\nsource atp:cloudinary",
                "t.txt:2: write the provider's id in Google's list of ad technology providers as atp:<id>, like"
                        + " atp:3119"));
        SdkFacts facts = assertDoesNotThrow("""
				@sdk moloco "Moloco Ads" advertising
				privacy https://www.moloco.com/privacy-policy
				source gvl:807
				com.moloco.sdk
				""").entries().get(0).facts();
        assertTrue(PolicyEvidence.fromVendor(facts), "the address the vendor registered is its own word");
    }

    /** Whose server an SDK sends to is said once, in one of the words the format knows. */
    @Test
    void aCollectorIsSaidOnceInAKnownWord() {
        assertErrors(Map.of(
                "@sdk x \"X\" analytics\ncollector cloud",
                "t.txt:2: unknown collector 'cloud': write collector self-hosted (the app's owner runs the server)",
                "@sdk x \"X\" analytics\ncollector either\ncollector self-hosted",
                "t.txt:3: the entry already has a collector: keep one"));
    }

    /** An SDK its vendor ended says so once; without the line it is one its vendor still offers. */
    @Test
    void aDiscontinuedSdkIsSaidOnce() {
        Catalogue catalogue = assertDoesNotThrow("""
				@sdk old-kit "Old Kit" social
				status discontinued
				source docs:https://github.com/old/old-kit
				com.old.kit
				@sdk new-kit "New Kit" social
				com.new.kit
				""");
        assertEquals(
                List.of(SdkFacts.Status.DISCONTINUED, SdkFacts.Status.ACTIVE),
                catalogue.entries().stream().map(e -> e.facts().status()).toList());
        assertErrors(Map.of(
                "@sdk x \"X\" analytics\nstatus deprecated",
                "t.txt:2: unknown status 'deprecated': write status discontinued (its vendor announced the SDK's end)",
                "@sdk x \"X\" analytics\nstatus discontinued\nstatus discontinued",
                "t.txt:3: the entry already has a status: keep one"));
    }

    /** That the vendor's policy leaves out what it processes for the app's owner is said once, as processor. */
    @Test
    void aProcessorRoleIsSaidOnce() {
        Catalogue catalogue = assertDoesNotThrow("""
				@sdk auth-kit "Auth Kit" sign-on
				role processor
				privacy https://auth-kit.example/privacy
				source docs:https://auth-kit.example/privacy
				com.authkit
				""");
        assertEquals(SdkFacts.Role.PROCESSOR, catalogue.entries().get(0).facts().role());
        assertErrors(Map.of(
                "@sdk x \"X\" analytics\nrole controller",
                "t.txt:2: unknown role 'controller': write role processor (the vendor's policy says it does not cover",
                "@sdk x \"X\" analytics\nrole processor\nrole processor",
                "t.txt:3: the entry already has a role: keep one"));
    }

    /** A source the checker downloads names one version of one artifact or npm package. */
    @Test
    void mavenAndNpmSourcesNameAVersion() {
        Map<String, String> errors = Map.of(
                "@sdk x \"X\" analytics\nsource npm:react-native-applovin-max",
                "t.txt:2: write the vendor's npm package as npm:<package>@<version>, like npm:",
                "@sdk x \"X\" analytics\nsource npm:@applovin/",
                "t.txt:2: write the vendor's npm package as npm:<package>@<version>, like npm:",
                "@sdk x \"X\" analytics\nsource maven:com.appsflyer:af-android-sdk",
                "t.txt:2: write the artifact as maven:<group>:<artifact>:<version>, like maven:",
                "@sdk x \"X\" analytics\nsource cited:github.com/a/b",
                "t.txt:2: write the page's address after cited:, like cited:https://github.com/",
                "@sdk x \"X\" analytics\nsource docs:",
                "t.txt:2: write the page's address after docs:, like docs:https://",
                "@sdk x \"X\" analytics\nsource docs",
                "t.txt:2: write the page's address after docs:, like docs:https://");
        assertErrors(errors);
    }

    /** The ids of the first catalogue stay (policies name them), each with its packages. */
    @Test
    void theFirstCataloguesIdsStay() {
        Set<String> ids = new HashSet<>();
        BUILT_IN.entries().forEach(sdk -> ids.add(sdk.id()));
        for (String id : List.of(
                "appsflyer",
                "adjust",
                "affise",
                "branch",
                "kochava",
                "singular",
                "miaozhen",
                "nielsen",
                "google-mobile-ads",
                "facebook",
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
                "inmobi",
                "pangle",
                "mintegral",
                "fyber",
                "smaato",
                "startio",
                "huawei-ads",
                "amazon-ads",
                "firebase-analytics",
                "google-analytics",
                "firebase-crashlytics",
                "yandex-appmetrica",
                "mixpanel",
                "amplitude",
                "segment",
                "flurry",
                "braze",
                "onesignal",
                "umeng",
                "adobe-experience",
                "comscore",
                "sentry",
                "avast",
                "antiy-avl",
                "tencent")) {
            assertTrue(ids.contains(id), id);
        }
    }

    /** Each text (a catalogue file) is refused with a message that starts with its value. */
    private static void assertErrors(Map<String, String> errors) {
        errors.forEach((text, message) -> {
            CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueParser.parse(text, "t.txt"));
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
        });
    }

    private static Catalogue assertDoesNotThrow(String text) {
        try {
            return CatalogueParser.parse(text, "t.txt");
        } catch (CatalogueException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Policy emptyPolicy() {
        try {
            return Fixture.policy(
                    Files.createTempDirectory("empty"), "empty.pledge", "policy empty \"Empty\" { version \"1\" }\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
