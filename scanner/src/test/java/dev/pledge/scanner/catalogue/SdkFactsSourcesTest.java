// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The facts of the built-in catalogue beyond packages (vendor, privacy policy, data collected by default) and the
 * primary source each one comes from. The coverage numbers are the ones docs/catalogue.md states; raise them with
 * the entries.
 */
class SdkFactsSourcesTest {

    private static final List<Catalogue.Sdk> ENTRIES = CatalogueParser.builtIn().entries();

    /** Entries naming their vendor, their privacy policy, and the data their SDK collects by default. */
    private static final int VENDORS = 482;

    private static final int PRIVACY_URLS = 430;
    private static final int COLLECTS = 104;

    /** Entries whose policy address rests on two witnesses rather than the vendor's own word (docs/catalogue.md). */
    private static final int CITED_PRIVACY_URLS = 57;

    @Test
    void coverageOfEachFactIsWhatTheDocsSay() {
        assertTrue(count(sdk -> !sdk.facts().vendor().isEmpty()) >= VENDORS, "vendors");
        assertTrue(count(sdk -> !sdk.facts().privacyUrl().isEmpty()) >= PRIVACY_URLS, "privacy URLs");
        assertTrue(count(sdk -> !sdk.facts().collects().isEmpty()) >= COLLECTS, "collects");
        assertEquals(
                CITED_PRIVACY_URLS,
                count(sdk -> !sdk.facts().privacyUrl().isEmpty() && !PolicyEvidence.fromVendor(sdk.facts())),
                "policy addresses only others cite: docs/catalogue.md states how many");
    }

    /** The POM of a cited artifact (organisation, developers) or a cited npm package.json (author) names the vendor. */
    @Test
    void everyEntryCitingAnArtifactNamesItsVendor() {
        assertEquals(
                List.of(),
                ids(sdk -> sdk.facts().vendor().isEmpty() && cites(sdk, "maven:", "npm:")),
                "entries whose cited artifact names the vendor, with no vendor line");
    }

    /**
     * A vendor comes from an artifact's metadata, the vendor's own page, or two independent citations; never from the
     * entry's usage alone.
     */
    @Test
    void everyVendorComesFromASourceThatNamesIt() {
        assertEquals(
                List.of(),
                ids(sdk -> !sdk.facts().vendor().isEmpty()
                        && !cites(sdk, "maven:", "npm:", "docs:", "gvl:", "atp:")
                        && PolicyEvidence.citingOwners(sdk.facts()).size() < 2),
                "entries with a vendor but no maven:, npm: or docs: source to read it from, nor two cited: owners");
    }

    /**
     * A privacy policy is an https address on the site of a vendor's page the entry cites (the page where it was
     * found, or the policy itself), or named by the vendor's SDK repository the entry cites, or cited by two
     * independent owners (the {@code cited:} pages of two GitHub owners or sites that are not the vendor's).
     */
    @Test
    void everyPrivacyUrlIsHttpsAndFoundOnTheVendorsOwnSiteOrCitedTwice() {
        for (Catalogue.Sdk sdk : ENTRIES) {
            String privacy = sdk.facts().privacyUrl();
            if (privacy.isEmpty()) {
                continue;
            }
            assertTrue(privacy.startsWith("https://"), sdk.id() + ": " + privacy + " is not https");
            assertTrue(
                    PolicyEvidence.fromVendor(sdk.facts())
                            || PolicyEvidence.citingOwners(sdk.facts()).size() >= 2,
                    sdk.id() + ": no docs: source on the site of " + privacy
                            + " nor an SDK repository naming it, nor two cited: owners: "
                            + sdk.facts().sources());
        }
    }

    /**
     * Whose server an SDK sends to, when not (only) its vendor's, comes from the vendor's documentation (how the app
     * sets its server); a self-hosted one has no vendor policy.
     */
    @Test
    void aCollectorOtherThanTheVendorIsDocumented() {
        for (Catalogue.Sdk sdk : ENTRIES) {
            if (sdk.facts().collector() == SdkFacts.Collector.VENDOR) {
                continue;
            }
            assertTrue(
                    cites(sdk, "docs:"),
                    sdk.id() + ": collector " + sdk.facts().collector().word() + " needs a docs:"
                            + " page of the vendor saying where the SDK sends");
            if (sdk.facts().collector() == SdkFacts.Collector.SELF_HOSTED) {
                assertEquals("", sdk.facts().privacyUrl(), sdk.id() + ": a self-hosted collector has no vendor policy");
            }
        }
    }

    /** That a vendor ended its SDK comes from its own announcement (a docs: page) or two cited: owners. */
    @Test
    void aDiscontinuedSdkCitesItsEnd() {
        assertEquals(
                List.of(),
                ids(sdk -> sdk.facts().status() == SdkFacts.Status.DISCONTINUED
                        && !cites(sdk, "docs:")
                        && PolicyEvidence.citingOwners(sdk.facts()).size() < 2),
                "entries marked discontinued with neither a docs: source nor two cited: owners");
    }

    /** That a vendor's policy leaves out the SDK's data is read in the vendor's own words, beside that policy. */
    @Test
    void aProcessorRoleRestsOnTheVendorsPolicy() {
        assertEquals(
                List.of(),
                ids(sdk -> sdk.facts().role() == SdkFacts.Role.PROCESSOR
                        && (sdk.facts().privacyUrl().isEmpty() || !cites(sdk, "docs:"))),
                "entries with role processor but no privacy line or no docs: page of the vendor saying so");
    }

    /** What an SDK collects by default comes only from its vendor's documentation, in known concepts. */
    @Test
    void collectedDataComesFromTheVendorsDocumentation() {
        Set<String> concepts = CatalogueParser.builtIn().concepts().keySet();
        for (Catalogue.Sdk sdk : ENTRIES) {
            if (sdk.facts().collects().isEmpty()) {
                continue;
            }
            assertTrue(cites(sdk, "docs:"), sdk.id() + " collects what no docs: source says");
            sdk.facts()
                    .collects()
                    .forEach(c -> assertTrue(concepts.contains(c), sdk.id() + " collects unknown concept " + c));
        }
    }

    private static boolean cites(Catalogue.Sdk sdk, String... kinds) {
        return sdk.facts().sources().stream()
                .anyMatch(s -> List.of(kinds).stream().anyMatch(s::startsWith));
    }

    private static long count(Predicate<Catalogue.Sdk> filter) {
        return ENTRIES.stream().filter(filter).count();
    }

    private static List<String> ids(Predicate<Catalogue.Sdk> filter) {
        return ENTRIES.stream().filter(filter).map(Catalogue.Sdk::id).toList();
    }
}
