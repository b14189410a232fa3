// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scanner's built-in catalogue as a forbidden-apis signatures list, so both tools look for the
 * same things: each API {@code a/b/C.member} becomes {@code a.b.C#member(**)} (any overload; an
 * upper-case member is a field, {@code a.b.C#FIELD}), each SDK prefix {@code com.vendor} becomes
 * the class glob {@code com.vendor.**}. Exclusions ({@code !prefix}) have no forbidden-apis form
 * and are left out.
 */
final class CatalogueSignatures {

    static final List<String> RESOURCES =
            List.of("/dev/pledge/scanner/catalogue/platform-apis.txt", "/dev/pledge/scanner/catalogue/sdks.txt");

    private CatalogueSignatures() {}

    static String signatures() throws IOException {
        StringBuilder signatures =
                new StringBuilder("@defaultMessage reads personal data or calls a third-party SDK\n");
        for (String resource : RESOURCES) {
            for (String line : entries(resource)) {
                if (!line.startsWith("!")) {
                    signatures.append(signature(line)).append('\n');
                }
            }
        }
        return signatures.toString();
    }

    /** The catalogue's API entries ({@code a/b/C.member}). */
    static Set<String> apis() throws IOException {
        return new HashSet<>(entries(RESOURCES.get(0)));
    }

    /** The entry lines of a catalogue file: no comments, blank lines or directives. */
    private static List<String> entries(String resource) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = CatalogueSignatures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the scanner jar lacks " + resource);
            }
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (!line.isEmpty() && !line.startsWith("@")) {
                    entries.add(line);
                }
            }
        }
        return entries;
    }

    static String signature(String line) {
        if (line.indexOf('/') < 0) {
            return line + ".**";
        }
        int dot = line.lastIndexOf('.');
        String owner = line.substring(0, dot).replace('/', '.');
        String member = line.substring(dot + 1);
        boolean field = member.equals(member.toUpperCase(java.util.Locale.ROOT));
        return owner + "#" + member + (field ? "" : "(**)");
    }
}
