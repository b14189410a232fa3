// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An {@code AndroidManifest.xml} as text, as an AAR carries it; no DTDs or external entities are read. */
final class TextManifest {

    private static final String ANDROID = "http://schemas.android.com/apk/res/android";

    private TextManifest() {}

    static AndroidManifest parse(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        AndroidManifest.Builder manifest = new AndroidManifest.Builder();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        manifest.element(
                                xml.getLocalName(),
                                xml.getAttributeValue(null, "package"),
                                xml.getAttributeValue(ANDROID, "name"),
                                xml.getLocation().getLineNumber());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
        return manifest.build();
    }
}
