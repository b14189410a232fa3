// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DPV export read by a JSON-LD processor (Titanium, offline): the triples it stands for. */
class DpvJsonLdTest {

    static final String DPV = "https://w3id.org/dpv#";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String PD = "https://w3id.org/dpv/pd#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
    static final String SHOP = "urn:pledge:shop:";

    /** A triple as strings: a literal object is written {@code "text"@lang}. */
    record Triple(String subject, String predicate, String object) {}

    private static Set<Triple> shop;

    static Set<Triple> triples(String jsonLd) throws JsonLdError {
        Set<Triple> triples = new HashSet<>();
        JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd)))
                .loader((url, options) -> {
                    throw new JsonLdError(
                            JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline test: no document may be loaded: " + url);
                })
                .provide((subject, predicate, object, datatype, language, direction, graph) -> {
                    String value = language != null
                            ? "\"" + object + "\"@" + language
                            : datatype != null ? "\"" + object + "\"" : object;
                    triples.add(new Triple(subject, predicate, value));
                    return null;
                });
        return triples;
    }

    @BeforeAll
    static void expand() throws JsonLdError {
        shop = triples(
                DpvJsonLd.export(ExportTestPolicies.shop(), Mappings.builtIn()).content());
    }

    private static void assertTriple(String subject, String predicate, String object) {
        assertTrue(
                shop.contains(new Triple(subject, predicate, object)),
                () -> "missing " + subject + " " + predicate + " " + object + "; triples of the subject: "
                        + shop.stream().filter(t -> t.subject().equals(subject)).toList());
    }

    @Test
    void onePurposeIsOneProcess() {
        String process = SHOP + "process/ad-attribution";
        assertTriple(process, RDF_TYPE, DPV + "Process");
        assertTriple(process, DPV + "hasPurpose", SHOP + "purpose/ad-attribution");
        assertTriple(process, DPV + "hasPersonalData", SHOP + "data/email");
        assertTriple(process, DPV + "hasLegalBasis", GDPR + "A6-1-a");
        assertTriple(process, DPV + "hasRecipient", SHOP + "party/appsflyer");
        assertTriple(SHOP + "policy", DPV + "hasProcess", process);
        assertTriple(SHOP + "policy", RDF_TYPE, DPV + "Process");
        assertTriple(SHOP + "policy", DPV + "hasDataController", SHOP + "controller/shop-ltd");
        assertTriple(process, DPV + "hasProcessing", DPV + "Profiling");
        assertTriple(SHOP + "purpose/ad-attribution", RDF_TYPE, DPV + "Purpose");
    }

    @Test
    void legalBasesAreGdprArticle6Concepts() {
        assertTriple(SHOP + "process/orders", DPV + "hasLegalBasis", GDPR + "A6-1-b");
        assertTriple(SHOP + "process/nearby", DPV + "hasLegalBasis", GDPR + "A6-1-a-explicit-consent");
        assertTriple(SHOP + "process/shop-magic", DPV + "hasLegalBasis", GDPR + "A6-1-f");
    }

    @Test
    void dataItemsArePersonalDataWithPdConceptsWhereMapped() {
        assertTriple(SHOP + "data/email", RDF_TYPE, DPV + "PersonalData");
        assertTriple(SHOP + "data/email", RDF_TYPE, PD + "EmailAddress");
        assertTriple(SHOP + "data/email", LABEL, "\"Email address\"@en");
        assertTriple(SHOP + "data/email", LABEL, "\"电子邮件\"@zh");
        assertTriple(SHOP + "data/precise-location", RDF_TYPE, DPV + "SensitivePersonalData");
        assertTriple(SHOP + "data/precise-location", RDF_TYPE, PD + "Location");
        assertTriple(SHOP + "data/daily-users", RDF_TYPE, DPV + "NonPersonalData");
        assertTriple(SHOP + "data/email", "http://www.w3.org/2004/02/skos/core#broader", SHOP + "data/account");
        assertFalse(
                shop.stream()
                        .anyMatch(t -> t.subject().equals(SHOP + "data/shoe-size")
                                && t.object().startsWith(PD)),
                "shoe-size has no pd concept: it stays plain dpv:PersonalData");
    }

    @Test
    void specialCategoriesAndAutomatedDecisionsWithTheirLogic() {
        assertTriple(SHOP + "data/face", RDF_TYPE, DPV + "SensitivePersonalData");
        assertTriple(SHOP + "data/face", RDF_TYPE, DPV + "SpecialCategoryPersonalData");
        assertFalse(
                shop.contains(
                        new Triple(SHOP + "data/precise-location", RDF_TYPE, DPV + "SpecialCategoryPersonalData")),
                "sensitive under the CCPA is no GDPR special category");
        String process = SHOP + "process/ad-attribution";
        assertTriple(process, DPV + "hasContext", DPV + "AutomatedDecisionMaking");
        List<String> logic = shop.stream()
                .filter(t -> t.subject().equals(process) && t.predicate().equals(DPV + "hasAlgorithmicLogic"))
                .map(Triple::object)
                .toList();
        assertEquals(2, logic.size(), "the logic of the decisions and of the profiling");
        for (String node : logic) {
            assertTriple(node, RDF_TYPE, DPV + "AlgorithmicLogic");
        }
        assertTrue(shop.contains(new Triple(
                logic.get(0),
                "http://www.w3.org/2004/02/skos/core#definition",
                "\"A score picks the ads you see.\"@en")));
        List<String> warnings =
                DpvJsonLd.export(ExportTestPolicies.shop(), Mappings.builtIn()).warnings();
        assertEquals(
                3,
                warnings.size(),
                "provision, told, and the significance of the decisions are not guessed: " + warnings);
    }

    @Test
    void recipientsByRoleAndKind() {
        assertTriple(SHOP + "party/appsflyer", RDF_TYPE, DPV + "ThirdParty");
        assertTriple(SHOP + "party/couriers", RDF_TYPE, DPV + "Recipient");
        assertTriple(SHOP + "process/orders", DPV + "hasRecipient", SHOP + "party/couriers");
        assertTriple(SHOP + "controller/shop-ltd", RDF_TYPE, DPV + "DataController");
    }

    @Test
    void rightsAreGdprRightsOnThePolicyOrOnThePurposesTheyName() {
        assertTriple(SHOP + "right/access", RDF_TYPE, GDPR + "A15");
        assertTriple(SHOP + "right/delete-account", RDF_TYPE, GDPR + "A17");
        assertTriple(SHOP + "right/object", RDF_TYPE, GDPR + "A21");
        assertTriple(SHOP + "policy", DPV + "hasRight", SHOP + "right/access");
        assertTriple(SHOP + "process/shop-magic", DPV + "hasRight", SHOP + "right/object");
        assertFalse(
                shop.contains(new Triple(SHOP + "policy", DPV + "hasRight", SHOP + "right/object")),
                "the right to object names shop-magic only");
        assertFalse(shop.contains(new Triple(SHOP + "process/orders", DPV + "hasRight", SHOP + "right/object")));
    }

    @Test
    void titlesWithQuotesSurviveAsLiterals() throws JsonLdError {
        assertTriple(SHOP + "purpose/shop-magic", LABEL, "\"Magic\"@en");
        Set<Triple> xiaomi = triples(DpvJsonLd.export(ExportTestPolicies.xiaomi(), Mappings.builtIn())
                .content());
        assertTrue(xiaomi.contains(new Triple(
                "urn:pledge:xiaomi:process/ad-attribution",
                DPV + "hasRecipient",
                "urn:pledge:xiaomi:party/appsflyer")));
        long processes = xiaomi.stream()
                .filter(t -> t.predicate().equals(RDF_TYPE) && t.object().equals(DPV + "Process"))
                .count();
        assertEquals(ExportTestPolicies.xiaomi().purposes().size() + 1, processes, "one per purpose, and the policy");
    }

    @Test
    void contextIsInlineAndNamesOnlyDpvNamespaces() {
        String json =
                DpvJsonLd.export(ExportTestPolicies.shop(), Mappings.builtIn()).content();
        assertTrue(json.contains("\"dpv\": \"https://w3id.org/dpv#\""));
        assertTrue(json.contains("\"eu-gdpr\": \"https://w3id.org/dpv/legal/eu/gdpr#\""));
        assertEquals(
                json,
                DpvJsonLd.export(ExportTestPolicies.shop(), Mappings.builtIn()).content());
    }

    @Test
    void safeguardsAreTechnicalMeasuresWhereDpvHasOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws JsonLdError {
        dev.pledge.generator.model.Policy policy =
                dev.pledge.generator.TestPolicies.view(dir, dev.pledge.generator.TestPolicies.files("p.pledge", """
						policy p "P" { version "1" }
						category c "C" { data email "Email" }
						purpose stats "Stats" { basis contract uses email safeguards pseudonymised, aggregated }
						"""));
        ExportFile file = DpvJsonLd.export(policy, Mappings.builtIn());
        Set<Triple> triples = triples(file.content());
        assertTrue(triples.contains(
                new Triple("urn:pledge:p:process/stats", DPV + "hasTechnicalMeasure", DPV + "Pseudonymisation")));
        assertEquals(
                List.of("dpv: safeguard `aggregated` of purpose `stats` has no DPV technical measure: left out of its"
                        + " process"),
                file.warnings());
    }

    @Test
    void aRegionalBasisIsAProcessWithItsJurisdictionAndAnUnstatedBasisIsLeftOut(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws JsonLdError {
        dev.pledge.generator.model.Policy policy =
                dev.pledge.generator.TestPolicies.view(dir, dev.pledge.generator.TestPolicies.files("p.pledge", """
						policy p "P" { version "1" }
						region eea "EEA" { }
						category c "C" { data email "Email" }
						purpose ads "Ads" {
						  basis legitimate-interest "our ads" basis consent in eea
						  withdraw web "https://p.example" uses email
						}
						purpose other "Other" { basis unstated uses email }
						"""));
        ExportFile file = DpvJsonLd.export(policy, Mappings.builtIn());
        Set<Triple> triples = triples(file.content());
        String base = "urn:pledge:p:";
        assertTrue(triples.contains(new Triple(base + "process/ads", DPV + "hasLegalBasis", GDPR + "A6-1-f")));
        assertTrue(triples.contains(new Triple(base + "process/ads", DPV + "hasProcess", base + "process/ads/in/eea")));
        assertTrue(triples.contains(new Triple(base + "process/ads/in/eea", DPV + "hasLegalBasis", GDPR + "A6-1-a")));
        assertTrue(triples.contains(
                new Triple(base + "process/ads/in/eea", DPV + "hasJurisdiction", base + "region/eea")));
        assertTrue(triples.contains(new Triple(base + "region/eea", RDF_TYPE, DPV + "Location")));
        assertFalse(triples.stream()
                .anyMatch(t -> t.subject().equals(base + "process/other")
                        && t.predicate().equals(DPV + "hasLegalBasis")));
        assertEquals(
                List.of("dpv: purpose `other` states no legal basis (`basis unstated`): its process has no "
                        + "dpv:hasLegalBasis there"),
                file.warnings());
    }
}
