// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.scanner.catalogue.SdkFacts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code pledge sdks} says of a privacy policy depends on where the catalogue read its address. */
class SdkInventoryReportsTest {

    private static final Path BASE = Path.of("/work");

    @Test
    void aPolicyReadOnTheVendorsSiteIsPrintedAsIs() {
        SdkFacts facts = facts(List.of("docs:https://docs.acme-ads.example/privacy-details"));
        String text = SdkInventoryReports.text(inventory(facts), BASE);
        assertTrue(text.contains("    privacy:  https://www.acme-ads.example/privacy\n"), text);
        assertTrue(json(facts).get("privacyFromVendor").getAsBoolean());
    }

    @Test
    void aPolicyOnlyOthersCiteSaysSo() {
        SdkFacts facts = facts(List.of(
                "usage:com.acmeads.Sdk",
                "cited:https://github.com/one/app/blob/HEAD/PRIVACY.md",
                "cited:https://github.com/two/game/blob/HEAD/docs/sdks.md",
                "cited:https://github.com/two/other/blob/HEAD/privacy.html"));
        String text = SdkInventoryReports.text(inventory(facts), BASE);
        assertTrue(
                text.contains(
                        "    privacy:  https://www.acme-ads.example/privacy (as 2 public notices cite it; not read"
                                + " on the vendor's own site)\n"),
                text);
        JsonObject json = json(facts);
        assertEquals("https://www.acme-ads.example/privacy", json.get("privacy").getAsString());
        assertFalse(json.get("privacyFromVendor").getAsBoolean());
    }

    @Test
    void noPolicyIsSaid() {
        SdkFacts facts = new SdkFacts("Acme", "", List.of(), List.of(), List.of(), List.of());
        assertTrue(SdkInventoryReports.text(inventory(facts), BASE)
                .contains("    privacy:  (the catalogue knows none)\n"));
        assertFalse(json(facts).get("privacyFromVendor").getAsBoolean());
    }

    private static SdkFacts facts(List<String> sources) {
        return new SdkFacts(
                "Acme Ads",
                "https://www.acme-ads.example/privacy",
                List.of("advertising"),
                List.of(),
                List.of(),
                sources);
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
        return new SdkInventory("2026-12-06", "shop", List.of(found), List.of());
    }

    private static JsonObject json(SdkFacts facts) {
        return JsonParser.parseString(SdkInventoryReports.json(inventory(facts), BASE))
                .getAsJsonObject()
                .getAsJsonArray("sdks")
                .get(0)
                .getAsJsonObject();
    }
}
