// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.FieldModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.FieldVisitor;

/**
 * Reads a field's annotations, and the names persistence and serialisation mappings give it:
 * {@code @Column(name = "tel_no")}, {@code @JsonProperty("date_of_birth")}, {@code @SerializedName("dob")}.
 */
final class FieldReader extends FieldVisitor {

    /** Annotations whose {@code name} or {@code value} is the name the field is stored or sent under. */
    private static final Set<String> NAMING = Set.of(
            "Ljakarta/persistence/Column;",
            "Ljavax/persistence/Column;",
            "Lcom/fasterxml/jackson/annotation/JsonProperty;",
            "Lcom/fasterxml/jackson/annotation/JsonAlias;",
            "Lcom/google/gson/annotations/SerializedName;",
            "Lorg/springframework/data/mongodb/core/mapping/Field;",
            "Lorg/springframework/data/relational/core/mapping/Column;");

    private final String name;
    private final String desc;
    private final String signature;
    private final int access;
    private final Consumer<FieldModel> done;
    private final List<String> annotations = new ArrayList<>();
    private final List<String> mappedNames = new ArrayList<>();

    FieldReader(String name, String desc, String signature, int access, Consumer<FieldModel> done) {
        super(ClassParser.API);
        this.name = name;
        this.desc = desc;
        this.signature = signature;
        this.access = access;
        this.done = done;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        annotations.add(descriptor);
        if (!NAMING.contains(descriptor)) {
            return null;
        }
        return new AnnotationVisitor(ClassParser.API) {
            @Override
            public void visit(String element, Object value) {
                if (("name".equals(element) || "value".equals(element))
                        && value instanceof String text
                        && !text.isBlank()) {
                    mappedNames.add(text);
                }
            }

            @Override
            public AnnotationVisitor visitArray(String element) {
                return "value".equals(element) ? this : null;
            }
        };
    }

    @Override
    public void visitEnd() {
        done.accept(new FieldModel(name, desc, signature, access, annotations, mappedNames));
    }
}
