// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.catalogue.SdkFacts;
import dev.pledge.scanner.catalogue.SdkFacts.Collector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code pledge sdks} says of a privacy policy depends on where the catalogue read its address and on whose
 * server the SDK sends to.
 */
class SdkInventoryReportsTest {

    /** The text report's line for an SDK whose policy the catalogue does not know. */
    private static final String NO_POLICY =
            "    privacy:  (the catalogue knows none: ask the vendor which policy covers the"
                    + " data the SDK sends, and give it as its party's `url`)\n";

    private static final Path BASE = Path.of("/work");
    private static final String POLICY = "https://www.acme-ads.example/privacy";

    @Test
    void aPolicyReadOnTheVendorsSiteIsPrintedAsIs() {
        SdkFacts facts = facts(POLICY, Collector.VENDOR, "docs:https://docs.acme-ads.example/privacy-details");
        assertTrue(text(facts).contains("    privacy:  " + POLICY + "\n"), text(facts));
        assertTrue(json(facts).get("privacyFromVendor").getAsBoolean());
        assertEquals("vendor", json(facts).get("collector").getAsString());
    }

    @Test
    void aPolicyOnlyOthersCiteSaysSo() {
        SdkFacts facts = facts(
                POLICY,
                Collector.VENDOR,
                "usage:com.acmeads.Sdk",
                "cited:https://github.com/one/app/blob/HEAD/PRIVACY.md",
                "cited:https://github.com/two/game/blob/HEAD/docs/sdks.md",
                "cited:https://github.com/two/other/blob/HEAD/privacy.html");
        assertTrue(
                text(facts)
                        .contains("    privacy:  " + POLICY + " (as 2 public notices cite it; not read on the vendor's"
                                + " own site)\n"),
                text(facts));
        assertEquals(POLICY, json(facts).get("privacy").getAsString());
        assertFalse(json(facts).get("privacyFromVendor").getAsBoolean());
    }

    /** Two citations are there because no page of the vendor's showed the address, whatever else it cites. */
    @Test
    void aPolicyCitedTwiceRestsOnTheCitationsEvenBesideAVendorPage() {
        SdkFacts facts = facts(
                POLICY,
                Collector.VENDOR,
                "docs:https://www.acme-ads.example/sdk/android",
                "cited:https://github.com/one/app/blob/HEAD/PRIVACY.md",
                "cited:https://apps.example.org/privacy");
        assertFalse(json(facts).get("privacyFromVendor").getAsBoolean());
        assertTrue(text(facts).contains("(as 2 public notices cite it;"), text(facts));
    }

    @Test
    void noPolicyIsSaid() {
        SdkFacts facts = facts("", Collector.VENDOR);
        assertTrue(text(facts).contains(NO_POLICY), text(facts));
        assertFalse(json(facts).get("privacyFromVendor").getAsBoolean());
    }

    @Test
    void aDiscontinuedSdkSaysSoBeforeItsPolicy() {
        SdkFacts facts = facts("", Collector.VENDOR, SdkFacts.Status.DISCONTINUED, "docs:https://github.com/acme/ads");
        assertTrue(
                text(facts)
                        .contains("    status:   discontinued by its vendor: the service it sends to may be gone or"
                                + " another's; remove the SDK, or find out where its data goes\n"
                                + NO_POLICY),
                text(facts));
        assertEquals("discontinued", json(facts).get("status").getAsString());
        assertEquals("active", json(facts("", Collector.VENDOR)).get("status").getAsString());
    }

    @Test
    void aProcessorsPolicySaysItDoesNotCoverTheSdksData() {
        SdkFacts facts = facts(
                POLICY,
                Collector.VENDOR,
                SdkFacts.Status.ACTIVE,
                SdkFacts.Role.PROCESSOR,
                "docs:https://www.acme-ads.example/privacy");
        assertTrue(
                text(facts)
                        .contains("    privacy:  " + POLICY + " (the vendor processes the SDK's data for the app's"
                                + " owner and this policy does not cover it: the owner's contract with the vendor"
                                + " does)\n"),
                text(facts));
        assertEquals("processor", json(facts).get("role").getAsString());
        assertEquals(
                "unstated", json(facts(POLICY, Collector.VENDOR)).get("role").getAsString());
    }

    @Test
    void aSelfHostedCollectorHasNoVendorPolicy() {
        SdkFacts facts = facts("", Collector.SELF_HOSTED, "docs:https://docs.acme-ads.example/server");
        assertTrue(
                text(facts)
                        .contains(
                                "    privacy:  none of the vendor's: the SDK sends to a server the app's owner runs\n"),
                text(facts));
        assertEquals("self-hosted", json(facts).get("collector").getAsString());
    }

    @Test
    void eitherCollectorSaysWhenTheVendorsPolicyApplies() {
        SdkFacts facts = facts(POLICY, Collector.EITHER, "docs:https://www.acme-ads.example/docs");
        assertTrue(
                text(facts)
                        .contains(
                                "    privacy:  " + POLICY + " (when the app sends to the vendor's hosted service; none"
                                        + " of the vendor's when it sends to a server of its owner's)\n"),
                text(facts));
        assertEquals("either", json(facts).get("collector").getAsString());
    }

    private static SdkFacts facts(String privacy, Collector collector, String... sources) {
        return facts(privacy, collector, SdkFacts.Status.ACTIVE, sources);
    }

    private static SdkFacts facts(String privacy, Collector collector, SdkFacts.Status status, String... sources) {
        return facts(privacy, collector, status, SdkFacts.Role.UNSTATED, sources);
    }

    private static SdkFacts facts(
            String privacy, Collector collector, SdkFacts.Status status, SdkFacts.Role role, String... sources) {
        return new SdkFacts(
                "Acme Ads",
                privacy,
                List.of("advertising"),
                List.of(),
                List.of(),
                List.of(sources),
                collector,
                status,
                role);
    }

    private static SdkInventory inventory(SdkFacts facts) {
        SdkInventory.Found found = new SdkInventory.Found(
                "acme-ads",
                "Acme Ads",
                "advertising",
                facts,
                "",
                List.of("com.acmeads"),
                3,
                List.of("/work/app.jar"),
                List.of());
        return new SdkInventory("2026-12-06", "shop", List.of(found), List.of(), 1);
    }

    private static String text(SdkFacts facts) {
        return SdkInventoryReports.text(inventory(facts), BASE);
    }

    private static JsonObject json(SdkFacts facts) {
        return JsonParser.parseString(SdkInventoryReports.json(inventory(facts), BASE))
                .getAsJsonObject()
                .getAsJsonArray("sdks")
                .get(0)
                .getAsJsonObject();
    }
}
