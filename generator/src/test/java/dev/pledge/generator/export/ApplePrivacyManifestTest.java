// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The manifest read back with the JDK's XML parser and turned into maps, lists, strings and booleans. */
class ApplePrivacyManifestTest {

    private static ExportFile shop;
    private static Map<String, Object> root;

    @BeforeAll
    static void parse() throws Exception {
        shop = ApplePrivacyManifest.export(ExportTestPolicies.shop(), Mappings.builtIn());
        root = plist(shop.content());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plist(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element plist = document.getDocumentElement();
        assertEquals("plist", plist.getTagName());
        assertEquals("1.0", plist.getAttribute("version"));
        assertEquals("plist", document.getDoctype().getName());
        List<Element> children = elements(plist);
        assertEquals(1, children.size(), "a plist holds one root value");
        assertEquals("dict", children.get(0).getTagName(), "the root is a dictionary");
        return (Map<String, Object>) value(children.get(0));
    }

    private static Object value(Element element) {
        switch (element.getTagName()) {
            case "true":
                return true;
            case "false":
                return false;
            case "string":
                return element.getTextContent();
            case "array": {
                List<Object> list = new ArrayList<>();
                elements(element).forEach(e -> list.add(value(e)));
                return list;
            }
            case "dict": {
                Map<String, Object> map = new LinkedHashMap<>();
                List<Element> children = elements(element);
                for (int i = 0; i < children.size(); i += 2) {
                    assertEquals("key", children.get(i).getTagName());
                    map.put(children.get(i).getTextContent(), value(children.get(i + 1)));
                }
                return map;
            }
            default:
                throw new AssertionError("unexpected plist element " + element.getTagName());
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> collected(String type) {
        return ((List<Map<String, Object>>) root.get("NSPrivacyCollectedDataTypes"))
                .stream()
                        .filter(d -> d.get("NSPrivacyCollectedDataType").equals("NSPrivacyCollectedDataType" + type))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + type + " in " + root));
    }

    @Test
    void rootKeysAndTypes() {
        assertEquals(
                List.of(
                        "NSPrivacyTracking",
                        "NSPrivacyTrackingDomains",
                        "NSPrivacyCollectedDataTypes",
                        "NSPrivacyAccessedAPITypes"),
                List.copyOf(root.keySet()));
        assertEquals(true, root.get("NSPrivacyTracking"), "email goes to an attribution partner");
        assertEquals(List.of(), root.get("NSPrivacyTrackingDomains"));
        assertTrue(root.get("NSPrivacyCollectedDataTypes") instanceof List<?>);
        assertEquals(List.of(), root.get("NSPrivacyAccessedAPITypes"));
        assertEquals("PrivacyInfo.xcprivacy", shop.name());
    }

    @Test
    void emailIsLinkedTrackingDataForThirdPartyAdvertising() {
        Map<String, Object> email = collected("EmailAddress");
        assertEquals(
                List.of(
                        "NSPrivacyCollectedDataType",
                        "NSPrivacyCollectedDataTypeLinked",
                        "NSPrivacyCollectedDataTypeTracking",
                        "NSPrivacyCollectedDataTypePurposes"),
                List.copyOf(email.keySet()));
        assertEquals(true, email.get("NSPrivacyCollectedDataTypeLinked"));
        assertEquals(true, email.get("NSPrivacyCollectedDataTypeTracking"));
        assertEquals(
                List.of("NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising"),
                email.get("NSPrivacyCollectedDataTypePurposes"));
    }

    @Test
    void nameIsNotTracking() {
        assertEquals(false, collected("Name").get("NSPrivacyCollectedDataTypeTracking"));
        assertEquals(true, collected("PreciseLocation").get("NSPrivacyCollectedDataTypeLinked"));
    }

    @Test
    void warnings() {
        List<String> warnings = shop.warnings();
        assertTrue(
                warnings.contains(
                        "apple: data item `shoe-size` has no Apple data type: add a row for it to data-types.tsv"
                                + " (pledge export --mappings DIR)"),
                warnings.toString());
        assertTrue(warnings.stream()
                .anyMatch(w -> w.startsWith("apple: NSPrivacyTracking is true but NSPrivacyTrackingDomains")));
    }

    @Test
    void xiaomiManifestParsesAndTracks() throws Exception {
        ExportFile xiaomi = ApplePrivacyManifest.export(ExportTestPolicies.xiaomi(), Mappings.builtIn());
        Map<String, Object> manifest = plist(xiaomi.content());
        assertEquals(true, manifest.get("NSPrivacyTracking"));
        assertTrue(xiaomi.content().contains("<string>NSPrivacyCollectedDataTypeDeviceID</string>"));
        assertEquals(
                xiaomi.content(),
                ApplePrivacyManifest.export(ExportTestPolicies.xiaomi(), Mappings.builtIn())
                        .content());
    }

    @Test
    void plistTextIsEscapedAndParsesBack() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("a<b>&\"c'", "x & y < z > \"q\" 'a' 中");
        tree.put("flag", false);
        assertEquals(tree, plist(Plist.write(tree)));
        assertThrows(IllegalArgumentException.class, () -> Plist.escape("bell\u0007"));
    }
}
