// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.DataElement;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.FieldModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * Classifies the fields of the application's own domain classes (entities, embeddables, records,
 * Kotlin data classes, DTOs) into data concepts with the catalogue's data elements: by an annotation
 * ({@code @Email}), by the field's type ({@code InetAddress}), or by its name and the names its
 * mappings give it ({@code @Column(name = "tel_no")}), in the type kinds the concept takes and, for
 * patterns that need one, in a class of the right context ({@code name} only in a person-like class).
 * Only the classes {@link DomainClasses} takes for domain classes are classified, with the fields it gives.
 */
public final class DomainData {

    /**
     * A field that holds data of a concept.
     *
     * @param because how it was recognised: {@code name}, {@code @Email}, {@code type InetAddress}
     */
    public record Classified(ClassModel type, FieldModel field, Catalogue.Concept concept, String because) {

        /** {@code Owner.telephone}, {@code Customer.Address.city} for a nested class. */
        public String simpleName() {
            String binary = type.binaryName();
            return binary.substring(binary.lastIndexOf('.') + 1).replace('$', '.') + "." + field.name;
        }

        /** The field as the data-flow facts name it: {@code com/example/Owner.telephone}. */
        public String key() {
            return type.name + "." + field.name;
        }

        /** {@code field}, or {@code property} for a projection interface's getter and a Kotlin class's property. */
        public String kind() {
            return (type.access & Opcodes.ACC_INTERFACE) != 0 || type.kotlin() ? "property" : "field";
        }
    }

    private final Catalogue catalogue;
    private final Map<String, DataElement> byAnnotation = new HashMap<>();
    private final Map<String, DataElement> byClass = new HashMap<>();
    private final Map<String, ClassModel> classes = new HashMap<>();
    private final Map<String, Set<String>> contextsOf = new HashMap<>();
    /** The name patterns of all elements, in catalogue order (elements, then their patterns): it breaks ties. */
    private final List<Candidate> patterns = new ArrayList<>();
    /**
     * The numbers of the name patterns (in {@link #patterns}) by their first token: a pattern can name a field only
     * if the field's name has that token (or it with digits after it), so a field is scored against those alone, not
     * against every pattern (a 36 MB SDK's 200,000 fields against the catalogue's patterns took 20 s).
     */
    private final Map<String, BitSet> byFirstToken = new HashMap<>();

    private static final BitSet NONE = new BitSet();

    /** A name pattern and its element. */
    private record Candidate(DataElement element, DataElement.Pattern pattern) {}

    public DomainData(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (DataElement element : catalogue.elements().values()) {
            for (DataElement.Pattern pattern : element.patterns()) {
                // the parser gives every pattern a token: a pattern without one would name every field
                byFirstToken
                        .computeIfAbsent(pattern.tokens().get(0), k -> new BitSet())
                        .set(patterns.size());
                patterns.add(new Candidate(element, pattern));
            }
            element.annotations().forEach(a -> byAnnotation.putIfAbsent("L" + a + ";", element));
            element.classes().forEach(c -> byClass.putIfAbsent(c, element));
        }
    }

    /** The classified fields of the application's domain classes, in class and field order. */
    public List<Classified> classify(List<ClassModel> models) {
        models.forEach(m -> classes.putIfAbsent(m.name, m));
        List<ClassModel> domain =
                models.stream().filter(DomainClasses::isDomainClass).toList();
        Map<String, List<FieldModel>> fieldsOf = new HashMap<>();
        domain.forEach(type -> fieldsOf.put(type.name, DomainClasses.fields(type)));
        for (ClassModel type : domain) {
            contextsOf.put(type.name, ownContexts(type));
        }
        // a value class held in one field of a class takes its holder's contexts (an Address in a Customer)
        for (ClassModel holder : domain) {
            for (FieldModel field : fieldsOf.get(holder.name)) {
                ClassModel value = valueClass(field);
                if (value != null && contextsOf.containsKey(value.name)) {
                    contextsOf.get(value.name).addAll(ownContexts(holder));
                }
            }
        }
        List<Classified> found = new ArrayList<>();
        for (ClassModel type : domain) {
            for (FieldModel field : fieldsOf.get(type.name)) {
                Classified classified = classify(type, field);
                if (classified != null) {
                    found.add(classified);
                }
            }
        }
        return found;
    }

    private Classified classify(ClassModel type, FieldModel field) {
        if (field.name.startsWith("$") || field.name.startsWith("this$") || field.name.equals("serialVersionUID")) {
            return null;
        }
        for (String annotation : field.annotations) {
            DataElement element = byAnnotation.get(annotation);
            if (element != null) {
                return classified(
                        type,
                        field,
                        element,
                        "@" + DomainClasses.simpleName(annotation.substring(1, annotation.length() - 1)));
            }
        }
        String fieldType = field.desc.startsWith("L") ? field.desc.substring(1, field.desc.length() - 1) : field.desc;
        DataElement byType = byClass.get(fieldType);
        if (byType != null) {
            return classified(type, field, byType, "type " + DomainClasses.simpleName(fieldType));
        }
        DataElement.Kind kind = kind(field.desc);
        Set<String> contexts = contextsOf.getOrDefault(type.name, Set.of());
        DataElement best = null;
        int bestScore = 0;
        List<List<String>> names = new ArrayList<>();
        names.add(tokens(field.name));
        field.mappedNames.forEach(n -> names.add(tokens(n)));
        for (Candidate candidate : candidates(names)) {
            if (!candidate.element().types().contains(kind)) {
                continue;
            }
            for (List<String> name : names) {
                int score = score(candidate.pattern(), name, contexts);
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate.element();
                }
            }
        }
        return best == null ? null : classified(type, field, best, "name");
    }

    /** The patterns whose first token is in one of the names, once each, in catalogue order (which breaks ties). */
    private List<Candidate> candidates(List<List<String>> names) {
        BitSet numbers = new BitSet();
        for (List<String> name : names) {
            for (String token : name) {
                numbers.or(byFirstToken.getOrDefault(token, NONE));
                String stem = stem(token); // address2 is named by address (matches)
                if (stem != null) {
                    numbers.or(byFirstToken.getOrDefault(stem, NONE));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(numbers.cardinality());
        numbers.stream().forEach(n -> candidates.add(patterns.get(n)));
        return candidates;
    }

    private Classified classified(ClassModel type, FieldModel field, DataElement element, String because) {
        Catalogue.Concept concept = catalogue.concepts().get(element.concept());
        return concept == null ? null : new Classified(type, field, concept, because);
    }

    /**
     * How well a pattern names a field (0: not at all): its tokens must appear together in the name (or
     * be the whole name, for {@code =name}), the class must be in the pattern's context (or the name
     * say whose data it is, {@code customerName}), and no word outside the match may make the name
     * describe the data rather than hold it ({@code emailVerified}, {@code maxAge}).
     */
    private int score(DataElement.Pattern pattern, List<String> name, Set<String> contexts) {
        List<String> tokens = pattern.tokens();
        int at = pattern.exact() ? (same(tokens, name) ? 0 : -1) : indexOf(name, tokens);
        if (at < 0) {
            return 0;
        }
        if (pattern.context() != null
                && !contexts.contains(pattern.context())
                && name.stream().noneMatch(catalogue.contexts().getOrDefault(pattern.context(), Set.of())::contains)) {
            return 0;
        }
        for (int i = 0; i < name.size(); i++) {
            if ((i < at || i >= at + tokens.size()) && catalogue.notData().contains(name.get(i))) {
                return 0;
            }
        }
        return tokens.size() * 10 + (pattern.exact() ? 5 : 0) + (pattern.context() == null ? 1 : 0);
    }

    private static boolean same(List<String> pattern, List<String> name) {
        return pattern.size() == name.size() && indexOf(name, pattern) == 0;
    }

    private static int indexOf(List<String> name, List<String> pattern) {
        outer:
        for (int i = 0; i + pattern.size() <= name.size(); i++) {
            for (int j = 0; j < pattern.size(); j++) {
                if (!matches(pattern.get(j), name.get(i + j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code address} names {@code address} and {@code address2}. */
    private static boolean matches(String patternToken, String nameToken) {
        return patternToken.equals(nameToken) || patternToken.equals(stem(nameToken));
    }

    /** A token without the digits after its word ({@code address2} → {@code address}), or null when it has none. */
    private static String stem(String token) {
        int end = token.length();
        while (end > 0 && Character.isDigit(token.charAt(end - 1))) {
            end--;
        }
        return end > 0 && end < token.length() ? token.substring(0, end) : null;
    }

    /** {@code dateOfBirth} → date, of, birth; {@code TEL_NO} → tel, no; {@code ipv4Address} → ipv4, address. */
    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(token, tokens);
                continue;
            }
            boolean boundary = token.length() > 0
                    && Character.isUpperCase(c)
                    && (Character.isLowerCase(name.charAt(i - 1))
                            || Character.isDigit(name.charAt(i - 1))
                            || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
            if (boundary) {
                flush(token, tokens);
            }
            token.append(Character.toLowerCase(c));
        }
        flush(token, tokens);
        return tokens;
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (token.length() > 0) {
            tokens.add(token.toString().toLowerCase(Locale.ROOT));
            token.setLength(0);
        }
    }

    /** The contexts a class is in by its own name or a scanned superclass's. */
    private Set<String> ownContexts(ClassModel type) {
        Set<String> found = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (ClassModel t = type; t != null && seen.add(t.name); t = classes.get(t.superName)) {
            List<String> words = tokens(DomainClasses.simpleName(t.name));
            catalogue.contexts().forEach((context, contextWords) -> {
                if (words.stream().anyMatch(contextWords::contains)) {
                    found.add(context);
                }
            });
        }
        return found;
    }

    /** The application class a field holds one of and that is a value (no id of its own), or null. */
    private ClassModel valueClass(FieldModel field) {
        if (!field.desc.startsWith("L")) {
            return null;
        }
        ClassModel value = classes.get(field.desc.substring(1, field.desc.length() - 1));
        if (value == null || value.dependency) {
            return null;
        }
        boolean embeddable = value.annotations.stream().anyMatch(a -> a.endsWith("/Embeddable;"));
        boolean entity = value.annotations.stream().anyMatch(a -> a.endsWith("/Entity;") || a.endsWith("/Document;"));
        boolean hasId = value.field("id") != null;
        return embeddable || !entity && !hasId ? value : null;
    }

    /** The kind of a field's type, from its descriptor. */
    static DataElement.Kind kind(String desc) {
        return switch (desc) {
            case "Ljava/lang/String;", "Ljava/lang/CharSequence;", "[C", "C", "Ljava/lang/Character;" ->
                DataElement.Kind.TEXT;
            case "I",
                    "J",
                    "S",
                    "B",
                    "F",
                    "D",
                    "Ljava/lang/Integer;",
                    "Ljava/lang/Long;",
                    "Ljava/lang/Short;",
                    "Ljava/lang/Byte;",
                    "Ljava/lang/Float;",
                    "Ljava/lang/Double;",
                    "Ljava/math/BigInteger;",
                    "Ljava/math/BigDecimal;" -> DataElement.Kind.NUMBER;
            case "Z", "Ljava/lang/Boolean;" -> DataElement.Kind.BOOLEAN;
            case "[B", "Ljava/sql/Blob;", "Ljava/nio/ByteBuffer;", "[Ljava/lang/Byte;" -> DataElement.Kind.BINARY;
            case "Ljava/util/Date;", "Ljava/util/Calendar;", "Ljava/sql/Date;", "Ljava/sql/Timestamp;" ->
                DataElement.Kind.DATE;
            default -> {
                if (desc.startsWith("Ljava/time/")) {
                    yield DataElement.Kind.DATE;
                }
                if (desc.startsWith("[")
                        || desc.startsWith("Ljava/util/List;")
                        || desc.startsWith("Ljava/util/Set;")
                        || desc.startsWith("Ljava/util/Collection;")
                        || desc.startsWith("Ljava/util/Map;")
                        || desc.startsWith("Ljava/util/SortedSet;")
                        || desc.startsWith("Ljava/lang/Iterable;")) {
                    yield DataElement.Kind.COLLECTION;
                }
                yield DataElement.Kind.OBJECT;
            }
        };
    }
}
