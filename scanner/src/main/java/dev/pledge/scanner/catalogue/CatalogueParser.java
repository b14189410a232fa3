// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads catalogue files. One entry a line; {@code #} starts a comment; blank lines are ignored.
 *
 * <pre>
 * &#64;concept imei "IMEI" aliases device-imei
 * android/telephony/TelephonyManager.getImei      (an API of the concept above: class.member)
 * &#64;sdk appsflyer "AppsFlyer" attribution
 * com.appsflyer                                   (a package prefix of the SDK above)
 * </pre>
 */
public final class CatalogueParser {

    /** The built-in catalogue files, as class-path resources. */
    static final List<String> BUILT_IN = List.of(
            "/dev/pledge/scanner/catalogue/platform-apis.txt",
            "/dev/pledge/scanner/catalogue/sdks.txt",
            "/dev/pledge/scanner/catalogue/data-elements.txt");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CONCEPT =
            Pattern.compile("@concept\\s+(\\S+)\\s+\"([^\"]+)\"(?:\\s+aliases\\s+(\\S+))?");

    private final Map<String, Catalogue.Concept> concepts = new LinkedHashMap<>();
    private final Map<String, String> apis = new LinkedHashMap<>();
    private final Map<String, Catalogue.Sdk> sdks = new LinkedHashMap<>();
    private final ElementParser elementLines = new ElementParser();
    private String version = "";

    private CatalogueParser() {}

    /** The built-in catalogue. */
    public static Catalogue builtIn() {
        CatalogueParser parser = new CatalogueParser();
        for (String resource : BUILT_IN) {
            try (InputStream in = CatalogueParser.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the scanner jar lacks its catalogue " + resource);
                }
                parser.parse(in, resource);
            } catch (IOException | CatalogueException e) {
                throw new IllegalStateException(
                        "the built-in catalogue " + resource + " is broken: " + e.getMessage(), e);
            }
        }
        return parser.catalogue();
    }

    /** Reads catalogue files given by the user, each on its own (entries come before their directive in the file). */
    public static Catalogue read(List<Path> files) throws CatalogueException {
        Catalogue catalogue = Catalogue.EMPTY;
        for (Path file : files) {
            CatalogueParser parser = new CatalogueParser();
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, file.toString());
            } catch (IOException e) {
                throw new CatalogueException("cannot read catalogue " + file + ": " + e.getMessage(), e);
            }
            catalogue = catalogue.plus(parser.catalogue());
        }
        return catalogue;
    }

    /** Parses text (for tests and tools); {@code name} appears in error messages. */
    static Catalogue parse(String text, String name) throws CatalogueException {
        CatalogueParser parser = new CatalogueParser();
        try {
            parser.parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new CatalogueException("cannot read catalogue " + name + ": " + e.getMessage(), e);
        }
        return parser.catalogue();
    }

    private Catalogue catalogue() {
        return new Catalogue(
                concepts,
                apis,
                sdks,
                elementLines.elements(),
                elementLines.contexts(),
                elementLines.notData(),
                version);
    }

    private void parse(InputStream in, String name) throws IOException, CatalogueException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        SdkEntries entries = new SdkEntries();
        String concept = null;
        int number = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            number++;
            String line = withoutComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + number + ": ";
            if (ElementParser.isDirective(line)) {
                entries.finish();
                elementLines.directive(line, where, concepts);
                concept = null;
            } else if (elementLines.inElement() && !line.startsWith("@")) {
                elementLines.line(line, where);
            } else if (line.startsWith("@concept")) {
                entries.finish();
                elementLines.end();
                concept = concept(line, where);
            } else if (line.startsWith("@sdk")) {
                elementLines.end();
                entries.start(line, where);
                concept = null;
            } else if (line.startsWith("@version")) {
                entries.finish();
                elementLines.end();
                concept = null;
                version(line, where);
            } else if (line.startsWith("@")) {
                throw new CatalogueException(where + "unknown directive '" + line.split("\\s+")[0]
                        + "': write @concept <id> \"<title>\", @sdk <id> \"<title>\" <kind>, @version <edition>,"
                        + " @element, @context or @not-data");
            } else if (concept != null) {
                api(line, concept, where);
            } else if (entries.inEntry()) {
                entries.line(line, where);
            } else {
                throw new CatalogueException(
                        where + "'" + line + "' comes before any @concept or @sdk line: put it below one");
            }
        }
        sdks.putAll(entries.prefixes());
    }

    /** {@code #} starts a comment at the start of a line or after a space (an address may hold one: {@code /privacy/#data}). */
    private static String withoutComment(String raw) {
        for (int i = raw.indexOf('#'); i >= 0; i = raw.indexOf('#', i + 1)) {
            if (i == 0 || Character.isWhitespace(raw.charAt(i - 1))) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }

    private void version(String line, String where) throws CatalogueException {
        String[] parts = line.split("\\s+");
        if (parts.length != 2) {
            throw new CatalogueException(where + "write @version <edition>, e.g. @version 2026-12-06");
        }
        if (!version.isEmpty()) {
            throw new CatalogueException(where + "a second @version: keep one");
        }
        version = parts[1];
    }

    static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    private String concept(String line, String where) throws CatalogueException {
        Matcher m = CONCEPT.matcher(line);
        if (!m.matches() || !ID.matcher(m.group(1)).matches()) {
            throw new CatalogueException(
                    where + "malformed concept: write @concept <kebab-id> \"<title>\" [aliases <id>,<id>]");
        }
        List<String> aliases =
                m.group(3) == null ? List.of() : Arrays.asList(m.group(3).split(","));
        concepts.put(m.group(1), new Catalogue.Concept(m.group(1), m.group(2), aliases));
        return m.group(1);
    }

    private void api(String line, String concept, String where) throws CatalogueException {
        SourceRef ref = SourceRef.parse(line);
        if (ref == null || ref.member() == null) {
            throw new CatalogueException(
                    where + "'" + line + "' is not an API reference: write the internal class name,"
                            + " a dot and the member, e.g. android/telephony/TelephonyManager.getImei");
        }
        apis.put(line, concept);
    }
}
