// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the data-element lines of a catalogue file for {@link CatalogueParser}:
 *
 * <pre>
 * &#64;context person person user customer ...     (class-name words that put a class in a context)
 * &#64;not-data type verified max ...              (words that make a name describe data, not hold it)
 * &#64;element email "Email address" aliases e-mail  (a new concept; without a title, one defined above)
 * names email, e-mail, =mail                      (kebab-case token patterns; = for the whole name)
 * names-in person =name                           (patterns that apply only in a class of the context)
 * types text, object                              (text number date boolean binary object collection)
 * annotation jakarta/validation/constraints/Email (classifies a field whatever its name)
 * type java/net/InetAddress                       (a field type that classifies it whatever its name)
 * </pre>
 */
final class ElementParser {

    private static final Pattern ELEMENT =
            Pattern.compile("@element\\s+(\\S+)(?:\\s+\"([^\"]+)\"(?:\\s+aliases\\s+(\\S+))?)?");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Set<DataElement.Kind> DEFAULT_TYPES =
            EnumSet.of(DataElement.Kind.TEXT, DataElement.Kind.OBJECT);

    private final Map<String, DataElement> elements = new LinkedHashMap<>();
    private final Map<String, Set<String>> contexts = new LinkedHashMap<>();
    private final Set<String> notData = new LinkedHashSet<>();

    private String concept;
    private List<DataElement.Pattern> patterns;
    private Set<DataElement.Kind> types;
    private List<String> annotations;
    private List<String> classes;

    static boolean isDirective(String line) {
        return line.startsWith("@element") || line.startsWith("@context") || line.startsWith("@not-data");
    }

    boolean inElement() {
        return concept != null;
    }

    /** An {@code @element}, {@code @context} or {@code @not-data} line. */
    void directive(String line, String where, Map<String, Catalogue.Concept> concepts) throws CatalogueException {
        end();
        String[] words = line.split("\\s+");
        if (words[0].equals("@context")) {
            if (words.length < 3 || !CatalogueParser.isId(words[1])) {
                throw new CatalogueException(where + "malformed context: write @context <name> <word> <word>...");
            }
            contexts.computeIfAbsent(words[1], k -> new LinkedHashSet<>())
                    .addAll(Arrays.asList(words).subList(2, words.length));
        } else if (words[0].equals("@not-data")) {
            notData.addAll(Arrays.asList(words).subList(1, words.length));
        } else {
            element(line, where, concepts);
        }
    }

    private void element(String line, String where, Map<String, Catalogue.Concept> concepts) throws CatalogueException {
        Matcher m = ELEMENT.matcher(line);
        if (!m.matches() || !CatalogueParser.isId(m.group(1))) {
            throw new CatalogueException(where + "malformed element: write @element <kebab-id> \"<title>\" [aliases"
                    + " <id>,<id>], or @element <id> for a concept defined before");
        }
        String id = m.group(1);
        if (m.group(2) != null) {
            List<String> aliases =
                    m.group(3) == null ? List.of() : Arrays.asList(m.group(3).split(","));
            concepts.put(id, new Catalogue.Concept(id, m.group(2), aliases));
        } else if (!concepts.containsKey(id)) {
            throw new CatalogueException(where + "@element " + id + " names no concept defined before: give it a"
                    + " title, @element " + id + " \"<title>\"");
        }
        concept = id;
        patterns = new ArrayList<>();
        types = DEFAULT_TYPES;
        annotations = new ArrayList<>();
        classes = new ArrayList<>();
    }

    /** A line inside an {@code @element} block. */
    void line(String line, String where) throws CatalogueException {
        String keyword = line.split("\\s+", 2)[0];
        String rest = line.substring(keyword.length()).strip();
        switch (keyword) {
            case "names" -> patterns(rest, null, where);
            case "names-in" -> {
                String[] parts = rest.split("\\s+", 2);
                if (parts.length < 2 || !contexts.containsKey(parts[0])) {
                    throw new CatalogueException(where + "names-in needs a context declared with @context before it:"
                            + " write names-in <context> <pattern>, <pattern>");
                }
                patterns(parts[1], parts[0], where);
            }
            case "types" -> types = kinds(rest, where);
            case "annotation" -> annotations.add(internalName(rest, where));
            case "type" -> classes.add(internalName(rest, where));
            default ->
                throw new CatalogueException(where + "unknown line '" + keyword + "' in @element " + concept
                        + ": write names, names-in, types, annotation or type");
        }
    }

    private void patterns(String text, String context, String where) throws CatalogueException {
        for (String raw : text.split(",")) {
            String pattern = raw.strip();
            boolean exact = pattern.startsWith("=");
            List<String> tokens = Arrays.asList((exact ? pattern.substring(1) : pattern).split("-"));
            for (String token : tokens) {
                if (!TOKEN.matcher(token).matches()) {
                    throw new CatalogueException(where + "'" + pattern + "' is not a name pattern: write lower-case"
                            + " words joined by '-' (date-of-birth), with = in front for the whole name (=name)");
                }
            }
            patterns.add(new DataElement.Pattern(tokens, exact, context));
        }
    }

    private static Set<DataElement.Kind> kinds(String text, String where) throws CatalogueException {
        Set<DataElement.Kind> kinds = EnumSet.noneOf(DataElement.Kind.class);
        for (String raw : text.split(",")) {
            try {
                kinds.add(DataElement.Kind.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(where + "unknown type kind '" + raw.strip()
                        + "': write text, number, date, boolean, binary, object or collection");
            }
        }
        return kinds;
    }

    private static String internalName(String text, String where) throws CatalogueException {
        if (SourceRef.parse(text) == null || text.contains(".")) {
            throw new CatalogueException(
                    where + "'" + text + "' is not an internal class name: write it like java/net/InetAddress");
        }
        return text;
    }

    /** Ends the current @element block, if any. */
    void end() {
        if (concept != null) {
            elements.put(concept, new DataElement(concept, patterns, types, annotations, classes));
            concept = null;
        }
    }

    Map<String, DataElement> elements() {
        end();
        return elements;
    }

    Map<String, Set<String>> contexts() {
        return contexts;
    }

    Set<String> notData() {
        return notData;
    }
}
