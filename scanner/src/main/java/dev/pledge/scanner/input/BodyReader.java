// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Reads the method bodies of a dependency class straight from its class file, for what the scan keeps of
 * them: the members its calls, field reads, method handles and lambdas use, the classes it creates or names
 * ({@code new X}, {@code X.class}), and its line numbers. Everything else is stepped over by the length of
 * each instruction, without decoding it. This gives the same sites, in the same order and on the same lines,
 * as ASM's visits of the body ({@link ClassParser}'s {@code MethodBuilder}), which decode every instruction
 * and build a label for each jump; what a member is to the scan is worked out once per constant-pool entry
 * of the class, not at every instruction that names it. {@code BodyReaderTest} reads real jars both ways and
 * compares every method.
 */
final class BodyReader {

    /** The length of each instruction of fixed length (0: variable or not an instruction). */
    private static final byte[] LENGTH = new byte[256];

    static {
        java.util.Arrays.fill(LENGTH, 0, 16, (byte) 1); // nop .. dconst_1
        LENGTH[Opcodes.BIPUSH] = 2;
        LENGTH[Opcodes.SIPUSH] = 3;
        LENGTH[Opcodes.LDC] = 2;
        LENGTH[19] = 3; // ldc_w
        LENGTH[20] = 3; // ldc2_w
        java.util.Arrays.fill(LENGTH, 21, 26, (byte) 2); // iload .. aload
        java.util.Arrays.fill(LENGTH, 26, 54, (byte) 1); // iload_0 .. saload
        java.util.Arrays.fill(LENGTH, 54, 59, (byte) 2); // istore .. astore
        java.util.Arrays.fill(LENGTH, 59, 132, (byte) 1); // istore_0 .. lxor
        LENGTH[Opcodes.IINC] = 3;
        java.util.Arrays.fill(LENGTH, 133, 153, (byte) 1); // i2l .. dcmpg
        java.util.Arrays.fill(LENGTH, 153, 169, (byte) 3); // ifeq .. jsr
        LENGTH[Opcodes.RET] = 2;
        java.util.Arrays.fill(LENGTH, 172, 178, (byte) 1); // ireturn .. return
        java.util.Arrays.fill(LENGTH, 178, 185, (byte) 3); // getstatic .. invokestatic
        LENGTH[Opcodes.INVOKEINTERFACE] = 5;
        LENGTH[Opcodes.INVOKEDYNAMIC] = 5;
        LENGTH[Opcodes.NEW] = 3;
        LENGTH[Opcodes.NEWARRAY] = 2;
        LENGTH[Opcodes.ANEWARRAY] = 3;
        LENGTH[Opcodes.ARRAYLENGTH] = 1;
        LENGTH[Opcodes.ATHROW] = 1;
        LENGTH[Opcodes.CHECKCAST] = 3;
        LENGTH[Opcodes.INSTANCEOF] = 3;
        LENGTH[Opcodes.MONITORENTER] = 1;
        LENGTH[Opcodes.MONITOREXIT] = 1;
        LENGTH[Opcodes.MULTIANEWARRAY] = 4;
        LENGTH[Opcodes.IFNULL] = 3;
        LENGTH[Opcodes.IFNONNULL] = 3;
        LENGTH[200] = 5; // goto_w
        LENGTH[201] = 5; // jsr_w
        // the jumps ASM writes for its own use when it resizes code (ASM_IFEQ .. ASM_IFNONNULL, ASM_GOTO_W): ASM
        // reads them, so they are stepped over here too
        java.util.Arrays.fill(LENGTH, 202, 220, (byte) 3);
        LENGTH[220] = 5;
    }

    private static final int WIDE = 196;
    private static final int TAG_CLASS = 7;
    private static final int TAG_METHOD_HANDLE = 15;
    private static final Object NOTHING = new Object();

    private final ClassParser parser;
    private final ClassModel user;
    private final ClassReader reader;
    private final byte[] b;
    private final char[] chars;
    /** What each constant-pool entry is as a member used by a call (or handle), and as one read as a field. */
    private final Object[] calls;

    private final Object[] fieldReads;
    /** Where the class's BootstrapMethods attribute starts (its data), once looked for; -1 before. */
    private int bootstrapMethods = -1;

    private int classAttributes;
    /** A body's line-number entries (start offset, line) in the table's order, and that order sorted by offset. */
    private int[] linePcs = new int[16];

    private int[] lineNumbers = new int[16];
    private int[] lineOrder = new int[16];

    private BodyReader(ClassParser parser, ClassModel user, ClassReader reader) {
        this.parser = parser;
        this.user = user;
        this.reader = reader;
        this.b = reader.b;
        this.chars = new char[reader.getMaxStringLength()];
        this.calls = new Object[reader.getItemCount()];
        this.fieldReads = new Object[reader.getItemCount()];
    }

    /**
     * Reads the bodies of a class's methods into them.
     *
     * @param methods the class's methods in the order of its class file
     * @return false, having read nothing, when the class file has more methods than {@code methods} (two methods
     *         of the same name and descriptor)
     */
    static boolean read(ClassParser parser, ClassModel user, ClassReader reader, List<MethodModel> methods) {
        return new BodyReader(parser, user, reader).read(methods);
    }

    private boolean read(List<MethodModel> methods) {
        int u = reader.header + 6;
        u += 2 + 2 * reader.readUnsignedShort(u); // interfaces
        int fieldCount = reader.readUnsignedShort(u);
        u += 2;
        for (int i = 0; i < fieldCount; i++) {
            u = skipAttributes(u + 6);
        }
        int methodCount = reader.readUnsignedShort(u);
        u += 2;
        if (methodCount != methods.size()) {
            return false;
        }
        int[] code = new int[methodCount];
        for (int i = 0; i < methodCount; i++) {
            int attributes = reader.readUnsignedShort(u + 6);
            u += 8;
            for (int a = 0; a < attributes; a++) {
                if (reader.readUTF8(u, chars).equals("Code")) {
                    code[i] = u + 6;
                }
                u += 6 + reader.readInt(u + 2);
            }
        }
        classAttributes = u;
        for (int i = 0; i < methodCount; i++) {
            if (code[i] != 0) {
                body(code[i], methods.get(i));
                methods.get(i).bodyRead();
            }
        }
        return true;
    }

    private int skipAttributes(int u) {
        int attributes = reader.readUnsignedShort(u);
        u += 2;
        for (int a = 0; a < attributes; a++) {
            u += 6 + reader.readInt(u + 2);
        }
        return u;
    }

    /** Reads one Code attribute (its data starts at {@code u}) into the method. */
    private void body(int u, MethodModel method) {
        int length = reader.readInt(u + 4);
        int start = u + 8;
        int lines = lineTable(start + length, length);
        int next = 0;
        int line = 0;
        for (int pc = 0; pc < length; ) {
            while (next < lines && linePcs[lineOrder[next]] < pc) {
                next++; // an entry inside an instruction: ASM never visits it
            }
            for (; next < lines && linePcs[lineOrder[next]] == pc; next++) {
                line = lineNumbers[lineOrder[next]];
                method.line(line);
            }
            int at = start + pc;
            int opcode = b[at] & 0xFF;
            switch (opcode) {
                case Opcodes.LDC -> {
                    constant(b[at + 1] & 0xFF, method, line);
                    pc += 2;
                }
                case 19 -> { // ldc_w
                    constant(reader.readUnsignedShort(at + 1), method, line);
                    pc += 3;
                }
                case Opcodes.GETSTATIC,
                        Opcodes.GETFIELD,
                        Opcodes.INVOKEVIRTUAL,
                        Opcodes.INVOKESPECIAL,
                        Opcodes.INVOKESTATIC,
                        Opcodes.INVOKEINTERFACE -> {
                    use(reader.readUnsignedShort(at + 1), ClassParser.dispatch(opcode), method, line);
                    pc += LENGTH[opcode];
                }
                case Opcodes.INVOKEDYNAMIC -> {
                    invokeDynamic(reader.readUnsignedShort(at + 1), method, line);
                    pc += 5;
                }
                case Opcodes.NEW -> {
                    parser.created(reader.readClass(at + 1, chars), method);
                    pc += 3;
                }
                case Opcodes.TABLESWITCH -> {
                    int p = pc + 4 - (pc & 3);
                    int low = reader.readInt(start + p + 4);
                    int high = reader.readInt(start + p + 8);
                    pc = p + 12 + 4 * (high - low + 1);
                }
                case Opcodes.LOOKUPSWITCH -> {
                    int p = pc + 4 - (pc & 3);
                    pc = p + 8 + 8 * reader.readInt(start + p + 4);
                }
                case WIDE -> pc += (b[at + 1] & 0xFF) == Opcodes.IINC ? 6 : 4;
                default -> {
                    int size = LENGTH[opcode];
                    if (size == 0) {
                        throw new IllegalArgumentException("unknown instruction " + opcode + " at " + pc);
                    }
                    pc += size;
                }
            }
        }
    }

    /**
     * Collects the body's line-number entries (from the attributes after its code, which ends at {@code u}) and
     * sorts them by offset, keeping the table's order within an offset.
     *
     * @return how many there are
     */
    private int lineTable(int u, int codeLength) {
        u += 2 + 8 * reader.readUnsignedShort(u); // exception table
        int attributes = reader.readUnsignedShort(u);
        u += 2;
        int count = 0;
        for (int a = 0; a < attributes; a++) {
            int size = reader.readInt(u + 2);
            if (reader.readUTF8(u, chars).equals("LineNumberTable")) {
                int entries = reader.readUnsignedShort(u + 6);
                for (int e = 0, v = u + 8; e < entries; e++, v += 4) {
                    int pc = reader.readUnsignedShort(v);
                    if (pc > codeLength) {
                        throw new ArrayIndexOutOfBoundsException("line number entry at " + pc + " past the code");
                    }
                    if (count == linePcs.length) {
                        linePcs = java.util.Arrays.copyOf(linePcs, count * 2);
                        lineNumbers = java.util.Arrays.copyOf(lineNumbers, count * 2);
                        lineOrder = new int[count * 2];
                    }
                    linePcs[count] = pc;
                    lineNumbers[count] = reader.readUnsignedShort(v + 2);
                    count++;
                }
            }
            u += 6 + size;
        }
        for (int i = 0; i < count; i++) { // insertion sort, stable: tables are nearly always in order already
            int j = i;
            while (j > 0 && linePcs[lineOrder[j - 1]] > linePcs[i]) {
                lineOrder[j] = lineOrder[j - 1];
                j--;
            }
            lineOrder[j] = i;
        }
        return count;
    }

    /** An instruction that uses the member a Fieldref, Methodref or InterfaceMethodref entry names. */
    private void use(int index, Sites.Dispatch dispatch, MethodModel method, int line) {
        boolean field = dispatch == Sites.Dispatch.FIELD;
        Object[] cache = field ? fieldReads : calls;
        Object use = cache[index];
        if (use == null) {
            int item = reader.getItem(index);
            String owner = reader.readClass(item, chars);
            int nameAndType = reader.getItem(reader.readUnsignedShort(item + 2));
            use = parser.use(
                    user, field, owner, reader.readUTF8(nameAndType, chars), reader.readUTF8(nameAndType + 2, chars));
            if (use == null) {
                use = NOTHING;
            }
            cache[index] = use;
        }
        if (use != NOTHING) {
            parser.record((ClassParser.Use) use, dispatch, line, method);
        }
    }

    /** An {@code ldc} of a class ({@code X.class}) or of a method handle. */
    private void constant(int index, MethodModel method, int line) {
        int item = reader.getItem(index);
        int tag = b[item - 1];
        if (tag == TAG_CLASS) {
            String name = reader.readUTF8(item, chars);
            if (name.charAt(0) != '[') {
                parser.created(name, method);
            }
        } else if (tag == TAG_METHOD_HANDLE) {
            handle(index, method, line);
        }
    }

    /** A method handle entry: as if the method called (or read) what it names. */
    private void handle(int index, MethodModel method, int line) {
        int item = reader.getItem(index);
        Sites.Dispatch dispatch = ClassParser.handleDispatch(b[item] & 0xFF);
        if (dispatch != null) {
            use(reader.readUnsignedShort(item + 1), dispatch, method, line);
        }
    }

    /** An {@code invokedynamic}: the method handles among its bootstrap arguments (a lambda's body, a reference). */
    private void invokeDynamic(int index, MethodModel method, int line) {
        int bootstrap = reader.readUnsignedShort(reader.getItem(index));
        int u = bootstrapMethods();
        for (int i = 0; i < bootstrap; i++) {
            u += 4 + 2 * reader.readUnsignedShort(u + 2);
        }
        int arguments = reader.readUnsignedShort(u + 2);
        for (int a = 0; a < arguments; a++) {
            int argument = reader.readUnsignedShort(u + 4 + 2 * a);
            if (b[reader.getItem(argument) - 1] == TAG_METHOD_HANDLE) {
                handle(argument, method, line);
            }
        }
    }

    /** Where the entries of the class's BootstrapMethods attribute start. */
    private int bootstrapMethods() {
        if (bootstrapMethods < 0) {
            int u = classAttributes;
            int attributes = reader.readUnsignedShort(u);
            u += 2;
            for (int a = 0; a < attributes; a++) {
                if (reader.readUTF8(u, chars).equals("BootstrapMethods")) {
                    bootstrapMethods = u + 8;
                }
                u += 6 + reader.readInt(u + 2);
            }
            if (bootstrapMethods < 0) {
                throw new IllegalArgumentException("invokedynamic without a BootstrapMethods attribute");
            }
        }
        return bootstrapMethods;
    }
}
