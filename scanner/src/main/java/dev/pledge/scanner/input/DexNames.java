// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.jf.dexlib2.dexbacked.DexBuffer;
import org.jf.dexlib2.dexbacked.raw.ClassDefItem;
import org.jf.dexlib2.dexbacked.raw.FieldIdItem;
import org.jf.dexlib2.dexbacked.raw.MethodIdItem;
import org.jf.dexlib2.dexbacked.reference.DexBackedMethodProtoReference;

/**
 * The names one DEX file's tables give, each decoded once, by its index: strings, types (as descriptors and as
 * the owners a class file names), method prototypes (as JVM descriptors), and so the owner, name and descriptor of
 * every method and field the file refers to. An app names the same classes, names and prototypes from thousands
 * of places; decoded per place, each would be a string of its own, and the scan's models hold on to them.
 *
 * <p>Filled lazily by the scan's threads: a race only decodes a name twice (a string is immutable, so a thread
 * sees either none or a whole one).
 */
final class DexNames {

    private final DexBackedDexFile dex;
    private final DexBuffer buffer;
    private final String[] strings;
    private final String[] types;
    private final String[] owners;
    private final String[] protos;

    DexNames(DexBackedDexFile dex) {
        this.dex = dex;
        this.buffer = dex.getBuffer();
        this.strings = new String[dex.getStringSection().size()];
        this.types = new String[dex.getTypeSection().size()];
        this.owners = new String[types.length];
        this.protos = new String[dex.getProtoSection().size()];
    }

    /** The string at this index of the string table. */
    String string(int index) {
        String string = strings[index];
        if (string == null) {
            string = dex.getStringSection().get(index);
            strings[index] = string;
        }
        return string;
    }

    /** The descriptor of the type at this index: {@code Lcom/example/App;}, {@code [I}. */
    String type(int index) {
        String type = types[index];
        if (type == null) {
            type = dex.getTypeSection().get(index);
            types[index] = type;
        }
        return type;
    }

    /**
     * The type as a class file names a member's owner: {@code com/example/App}; an array type stays a descriptor
     * ({@link DexClasses#internalName}).
     */
    String owner(int index) {
        String owner = owners[index];
        if (owner == null) {
            owner = DexClasses.internalName(type(index));
            owners[index] = owner;
        }
        return owner;
    }

    /** The JVM descriptor of the prototype at this index: {@code (Ljava/lang/String;I)V}. */
    String proto(int index) {
        String proto = protos[index];
        if (proto == null) {
            DexBackedMethodProtoReference reference = dex.getProtoSection().get(index);
            proto = DexClasses.descriptor(reference.getParameterTypes(), reference.getReturnType());
            protos[index] = proto;
        }
        return proto;
    }

    /** The owner of the method at this index of the method table, as {@link #owner}. */
    String methodOwner(int method) {
        return owner(buffer.readUshort(methodItem(method) + MethodIdItem.CLASS_OFFSET));
    }

    String methodName(int method) {
        return string(buffer.readSmallUint(methodItem(method) + MethodIdItem.NAME_OFFSET));
    }

    String methodDescriptor(int method) {
        return proto(buffer.readUshort(methodItem(method) + MethodIdItem.PROTO_OFFSET));
    }

    /** The owner of the field at this index of the field table, as {@link #owner}. */
    String fieldOwner(int field) {
        return owner(buffer.readUshort(fieldItem(field) + FieldIdItem.CLASS_OFFSET));
    }

    String fieldName(int field) {
        return string(buffer.readSmallUint(fieldItem(field) + FieldIdItem.NAME_OFFSET));
    }

    String fieldType(int field) {
        return type(buffer.readUshort(fieldItem(field) + FieldIdItem.TYPE_OFFSET));
    }

    /** The internal name of the class defined at this index of the class table. */
    String className(int classDef) {
        return owner(buffer.readSmallUint(classItem(classDef) + ClassDefItem.CLASS_OFFSET));
    }

    /** The internal name of its superclass; null for none ({@code java/lang/Object}'s). */
    String superName(int classDef) {
        int type = buffer.readOptionalUint(classItem(classDef) + ClassDefItem.SUPERCLASS_OFFSET);
        return type < 0 ? null : owner(type);
    }

    /** Its source file, {@code App.java}; null when the file names none. */
    String sourceFile(int classDef) {
        int string = buffer.readOptionalUint(classItem(classDef) + ClassDefItem.SOURCE_FILE_OFFSET);
        return string < 0 ? null : string(string);
    }

    private int classItem(int classDef) {
        return dex.getClassSection().getOffset(classDef);
    }

    private int methodItem(int method) {
        return dex.getMethodSection().getOffset(method);
    }

    private int fieldItem(int field) {
        return dex.getFieldSection().getOffset(field);
    }
}
