// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedClassDef;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.objectweb.asm.ClassVisitor;

/**
 * Reads a DEX file ({@code classes.dex} of an APK, AAB or AAR) into the scanner's unit of input: one
 * {@link ClassEntry} per class, which {@link DexClassWriter} replays into the class parser as the
 * visits of a JVM class file. So every rule, catalogue and report applies to DEX bytecode unchanged.
 *
 * <p>The DEX file is parsed once (dexlib2 reads lazily from the byte array); each class is
 * read when the scan reads it, on the scan's threads.
 */
public final class DexClasses {

    /**
     * With this system property {@code true}, each DEX class is written as a class file and parsed like
     * any other (the scanner's first DEX path, several times slower) instead of being replayed straight
     * into the parser: to check the two give the same findings ({@code DexPathsTest}) and to time them.
     */
    public static final String CLASS_FILES = "pledge.dex.classFiles";

    private DexClasses() {}

    /**
     * Lists the classes of one DEX file.
     *
     * @param bytes the DEX file
     * @param origin where it is, for messages: {@code app.apk!/classes2.dex}
     * @param entries receives one entry per class
     * @throws IllegalArgumentException when the bytes are not a DEX file dexlib2 can read
     */
    public static void read(byte[] bytes, String origin, Consumer<ClassEntry> entries) {
        if (!isDex(bytes)) {
            throw new IllegalArgumentException("no DEX header ('dex\\n0NN')");
        }
        DexBackedDexFile dex;
        try {
            dex = new DexBackedDexFile(Opcodes.forDexVersion(version(bytes)), bytes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a DEX file dexlib2 can read: " + e.getMessage(), e);
        }
        DexClassWriter writer = new DexClassWriter(dex);
        boolean classFiles = Boolean.getBoolean(CLASS_FILES);
        List<DexBackedClassDef> classes = dex.getClassSection();
        for (int i = 0; i < classes.size(); i++) {
            int index = i;
            DexBackedClassDef def = classes.get(index);
            String name = writer.className(index);
            ClassEntry.Content content = classFiles
                    ? () -> writer.write(def, index)
                    : new ClassEntry.Replay() {
                        @Override
                        public byte[] read() {
                            return writer.write(def, index);
                        }

                        @Override
                        public void replay(ClassVisitor visitor) {
                            writer.replay(def, index, visitor);
                        }
                    };
            entries.accept(new ClassEntry(name, origin + "!/" + name, content));
        }
    }

    /** The classes' internal names, in the file's order (for tests and the inventory). */
    static List<String> names(byte[] bytes) {
        List<String> names = new ArrayList<>();
        read(bytes, "dex", entry -> names.add(entry.className()));
        return names;
    }

    /** DEX files start with {@code dex\n} and a three-digit version. */
    public static boolean isDex(byte[] bytes) {
        return bytes.length >= 0x70
                && bytes[0] == 'd'
                && bytes[1] == 'e'
                && bytes[2] == 'x'
                && bytes[3] == '\n'
                && Character.isDigit(bytes[4])
                && Character.isDigit(bytes[5])
                && Character.isDigit(bytes[6]);
    }

    private static int version(byte[] bytes) {
        return (bytes[4] - '0') * 100 + (bytes[5] - '0') * 10 + (bytes[6] - '0');
    }

    /**
     * {@code Lcom/example/App;} → {@code com/example/App}; any other descriptor stays as it is: an array type
     * ({@code [Ljava/lang/String;}) is named by its descriptor in class files too.
     */
    static String internalName(String descriptor) {
        return descriptor.startsWith("L") && descriptor.endsWith(";")
                ? descriptor.substring(1, descriptor.length() - 1)
                : descriptor;
    }

    /** A method's JVM descriptor from its DEX parameter and return types. */
    static String descriptor(List<? extends CharSequence> parameters, String returnType) {
        StringBuilder desc = new StringBuilder("(");
        parameters.forEach(desc::append);
        return desc.append(')').append(returnType).toString();
    }
}
