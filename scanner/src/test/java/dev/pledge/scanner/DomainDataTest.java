// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.CatalogueParser;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Domain data: the fields of realistic domain models (src/test/resources/domain: a shop, a clinic, HR,
 * a social network, a bank, ride hailing; JPA, Bean Validation and Jackson annotations, records; a pet
 * shop's Spring Data projection interfaces, DTO interfaces and records, next to service interfaces that
 * hold no data), each field or projection getter that holds personal data labelled
 * {@code // pii: <concept>}. Every field the scan
 * classifies is compared with its label: the test measures precision and recall and holds them to
 * the figures docs/scanner.md states.
 */
class DomainDataTest {

    private static final Pattern LABEL = Pattern.compile("\\b(\\w+)\\s*[,;)]?\\s*(?:[,;)]\\s*)?// pii: ([a-z0-9-]+)");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:private\\s+)?[\\w<>\\[\\], .]+\\s+(\\w+)\\s*[;,)]");

    /** An abstract getter of a projection interface: its property, {@code getTelephone()} → {@code telephone}. */
    private static final Pattern GETTER = Pattern.compile(
            "^\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*[\\w<>\\[\\], .]+\\s+(?:get|is)([A-Z]\\w*)\\(\\)\\s*;");

    @TempDir
    static Path dir;

    static Fixture fixture;
    /** A policy that declares no data the models hold: every field the scan classifies is a finding. */
    static Fixture bare;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
        bare = Fixture.create(dir.resolve("bare"), """
				policy shop "Shop" { version "1" }
				category misc "Misc" { data favourite-colour "Favourite colour" }
				purpose stats "Statistics" { basis contract uses favourite-colour retention 1 days }
				""");
    }

    /** Expected concept by {@code Class.field}, from the labels; "" for a field that holds no personal data. */
    private static Map<String, String> labels(Path domain) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        try (Stream<Path> files = Files.walk(domain)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String type = file.getFileName().toString().replace(".java", "");
                for (String line : Files.readAllLines(file)) {
                    Matcher getter = GETTER.matcher(line);
                    if (getter.find()) {
                        String property = getter.group(1);
                        Matcher label = Pattern.compile("// pii: ([a-z0-9-]+)").matcher(line);
                        labels.put(
                                type + "." + Character.toLowerCase(property.charAt(0)) + property.substring(1),
                                label.find() ? label.group(1) : "");
                        continue;
                    }
                    Matcher field = FIELD.matcher(line);
                    if (!field.find() || line.contains(" class ") || line.contains("record ")) {
                        continue;
                    }
                    Matcher label = LABEL.matcher(line);
                    labels.put(type + "." + field.group(1), label.find() ? label.group(2) : "");
                }
            }
        }
        return labels;
    }

    private static Map<String, String> sources(Path domain) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(domain)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                String pkg = text.substring(text.indexOf("package ") + 8, text.indexOf(';'))
                        .replace('.', '/');
                sources.put(pkg + "/" + file.getFileName(), text);
            }
        }
        return sources;
    }

    private static Path domains() {
        try {
            return Path.of(DomainDataTest.class.getResource("/domain").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void precisionAndRecallOnRealisticDomainModels() throws IOException {
        int truePositives = 0;
        List<String> falsePositives = new ArrayList<>();
        List<String> falseNegatives = new ArrayList<>();
        int labelled = 0;
        int fields = 0;
        try (Stream<Path> list = Files.list(domains())) {
            for (Path domain : list.sorted().toList()) {
                Map<String, String> labels = labels(domain);
                fields += labels.size();
                Path classes = bare.app(sources(domain));
                ScanResult result = bare.scan(classes);
                Map<String, String> found = new TreeMap<>();
                for (ScanFinding f : result.findings()) {
                    if (f.rule() == ScanRule.UNDECLARED_DATA
                            && (f.message().startsWith("field ") || f.message().startsWith("property "))) {
                        String type =
                                f.at().className().substring(f.at().className().lastIndexOf('.') + 1);
                        found.put(type + "." + f.at().method(), f.subject());
                    }
                }
                for (Map.Entry<String, String> label : labels.entrySet()) {
                    String expected = label.getValue();
                    String actual = found.getOrDefault(label.getKey(), "");
                    if (!expected.isEmpty()) {
                        labelled++;
                    }
                    if (!expected.isEmpty() && expected.equals(actual)) {
                        truePositives++;
                    } else {
                        if (!actual.isEmpty()) {
                            falsePositives.add(label.getKey() + " = " + actual + " (labelled '" + expected + "')");
                        }
                        if (!expected.isEmpty()) {
                            falseNegatives.add(label.getKey() + " = '" + actual + "' (labelled " + expected + ")");
                        }
                    }
                }
                for (String key : found.keySet()) {
                    assertTrue(labels.containsKey(key), "the test reads every field the scan reports: " + key);
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives.size());
        double recall = truePositives / (double) labelled;
        String report = String.format(
                java.util.Locale.ROOT,
                "%d fields, %d labelled personal data: precision %.3f, recall %.3f%nfalse positives: %s%nfalse negatives: %s",
                fields,
                labelled,
                precision,
                recall,
                falsePositives,
                falseNegatives);
        System.out.println("[DomainDataTest] " + report);
        assertTrue(fields >= 200 && labelled >= 100, report);
        assertTrue(precision >= 0.97, report);
        assertTrue(recall >= 0.95, report);
    }

    @Test
    void theCatalogueHasAtLeast120ConceptsWithNamesAndTypes() {
        Catalogue catalogue = CatalogueParser.builtIn();
        assertTrue(
                catalogue.elements().size() >= 120,
                "data elements: " + catalogue.elements().size());
        catalogue.elements().values().forEach(e -> {
            assertTrue(catalogue.concepts().containsKey(e.concept()), e.concept());
            assertTrue(!e.patterns().isEmpty() || !e.annotations().isEmpty(), e.concept());
        });
    }

    @Test
    void aProjectionInterfaceHoldsItsGettersPropertiesAServiceInterfaceNothing() throws IOException {
        String summary = """
				package org.example.petclinic;

				public interface OwnerSummary {

					Integer getId();

					String getTelephone();

					String getCity();

					default String getLabel() {
						return getCity() + " " + getTelephone();
					}
				}
				""";
        String service = """
				package org.example.petclinic;

				public interface OwnerLookup {

					String getTelephone();

					OwnerSummary find(String telephone);
				}
				""";
        ScanResult result = scanWithSources(Fixture.files(
                "org/example/petclinic/OwnerSummary.java", summary, "org/example/petclinic/OwnerLookup.java", service));
        assertEquals(
                List.of(
                        "OwnerSummary.java:" + Fixture.line(summary, "String getTelephone") + ": property"
                                + " `OwnerSummary.telephone` holds phone number (`phone-number`)",
                        "OwnerSummary.java:" + Fixture.line(summary, "String getCity") + ": property"
                                + " `OwnerSummary.city` holds city or town (`city`)"),
                holdings(result));
    }

    /** Compiles the files into an app and scans it with their sources, for the findings' lines. */
    private static ScanResult scanWithSources(Map<String, String> files) {
        Path classes = fixture.app(files);
        return fixture.scan(ScanOptions.defaults().withSourceRoots(List.of(fixture.sources(fixture.apps()))), classes);
    }

    /** Each finding as {@code File.java:line: field `X.f` holds concept (`id`)}, without what follows. */
    private static List<String> holdings(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.at().file().getFileName() + ":" + f.at().line() + ": "
                        + f.message().substring(0, f.message().indexOf(", but")))
                .toList();
    }

    /** A word with digits after it is the word: {@code email2} is an email address, as {@code email} is. */
    @Test
    void aNameOfAWordWithDigitsAfterItIsThatWord() throws IOException {
        String customer = """
				package org.example.shop;

				public class Customer {

					private Long id;

					private String email2;

					private String phone2;

					private int retries2;
				}
				""";
        ScanResult result = scanWithSources(Fixture.files("org/example/shop/Customer.java", customer));
        assertEquals(
                List.of(
                        "Customer.java:" + Fixture.line(customer, "email2") + ": field `Customer.email2` holds email"
                                + " address (`email`)",
                        "Customer.java:" + Fixture.line(customer, "phone2") + ": field `Customer.phone2` holds phone"
                                + " number (`phone-number`)"),
                holdings(result));
    }

    @Test
    void aDeclaredConceptPassesAndTheFindingIsAtTheDeclaration() throws IOException {
        String owner = """
				package org.example.petclinic;

				import java.time.LocalDate;

				public class Owner {

					private Long id;

					private String address;

					private String telephone;

					private LocalDate dateOfBirth;

					public String getTelephone() {
						return telephone;
					}
				}
				""";
        ScanResult result = scanWithSources(Fixture.files("org/example/petclinic/Owner.java", owner));
        List<String> findings = result.findings().stream()
                .map(f -> f.at().method() + ":" + f.at().line() + " " + f.subject())
                .toList();
        assertEquals(
                List.of(
                        "address:" + Fixture.line(owner, "String address") + " postal-address",
                        "telephone:" + Fixture.line(owner, "String telephone") + " phone-number",
                        "dateOfBirth:" + Fixture.line(owner, "dateOfBirth;") + " date-of-birth"),
                findings);
        assertEquals(
                "field `Owner.telephone` holds phone number (`phone-number`), but no data item of policy `shop` declares"
                        + " it: declare `data phone-number \"Phone number\"` in a category of the policy (or add `source"
                        + " \"phone-number\"` to the item it is)",
                result.findings().get(1).message());

        // declared by id, or by a source naming the concept: no finding
        Fixture declared = Fixture.create(
                dir.resolve("declared"),
                Fixture.POLICY.replace(
                        "data ip-address \"IP address\"",
                        "data ip-address \"IP address\"\n\t\t\t\tdata telephone \"Telephone\" { source \"phone-number\" }\n"
                                + "\t\t\t\tdata address \"Address\" { source \"postal-address\" }\n"
                                + "\t\t\t\tdata date-of-birth \"Date of birth\""));
        ScanResult clean = declared.scan(declared.app("org/example/petclinic/Owner.java", owner));
        assertEquals(List.of(), clean.findings(), clean.findings().toString());
    }
}
