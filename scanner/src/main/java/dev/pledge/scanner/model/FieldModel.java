// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.List;

/** One field of a scanned class (a record component, a Kotlin property's backing field), as domain data sees it. */
public final class FieldModel {

    public final String name;
    /** The type descriptor, {@code Ljava/lang/String;}. */
    public final String desc;
    /** The generic signature, {@code Ljava/util/List<Lcom/example/Pet;>;}, or null. */
    public final String signature;

    public final int access;
    /** Descriptors of the field's annotations, {@code Ljakarta/persistence/Column;}. */
    public final List<String> annotations;
    /** The names mappings give it: {@code @Column(name)}, {@code @JsonProperty}, {@code @SerializedName}. */
    public final List<String> mappedNames;
    /** The first line that writes it in its class (a constructor or initialiser), 0 when none. */
    public int putLine;
    /** The first line that reads it in its class (typically its getter), 0 when none. */
    public int getLine;

    public FieldModel(
            String name,
            String desc,
            String signature,
            int access,
            List<String> annotations,
            List<String> mappedNames) {
        this.name = name;
        this.desc = desc;
        this.signature = signature;
        this.access = access;
        this.annotations = List.copyOf(annotations);
        this.mappedNames = List.copyOf(mappedNames);
    }

    @Override
    public String toString() {
        return name + " " + desc;
    }
}
