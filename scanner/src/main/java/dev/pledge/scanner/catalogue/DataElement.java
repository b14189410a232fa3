// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.util.List;
import java.util.Set;

/**
 * How application code names one data concept: name patterns for fields, properties and persistence
 * mappings, the field types it takes, and annotations and types that classify a field whatever its
 * name. Read from {@code @element} blocks of the catalogue (docs/scanner.md, "Domain data").
 *
 * @param concept the concept's id
 * @param patterns name patterns, in the order written
 * @param types the kinds of field type the concept takes
 * @param annotations internal names of annotations that classify a field as this concept
 *        ({@code jakarta/validation/constraints/Email})
 * @param classes internal names of field types that classify a field as this concept
 *        ({@code java/net/InetAddress})
 */
public record DataElement(
        String concept, List<Pattern> patterns, Set<Kind> types, List<String> annotations, List<String> classes) {

    public DataElement {
        patterns = List.copyOf(patterns);
        types = Set.copyOf(types);
        annotations = List.copyOf(annotations);
        classes = List.copyOf(classes);
    }

    /** The kind of a field's type, as far as naming data goes. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        BINARY,
        OBJECT,
        COLLECTION
    }

    /**
     * A name pattern.
     *
     * @param tokens lower-case tokens ({@code date of birth})
     * @param exact whether the whole name must be these tokens ({@code =name}), not just contain them
     * @param context the context a class must be in for the pattern to apply, or null for any class
     */
    public record Pattern(List<String> tokens, boolean exact, String context) {

        public Pattern {
            tokens = List.copyOf(tokens);
        }
    }
}
