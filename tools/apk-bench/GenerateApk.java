// SPDX-License-Identifier: Apache-2.0
// Writes an APK of N classes (default 50,000) for the scanner's speed goal (docs/scanner.md, "Speed
// on Android packages"): an app-like call graph in DEX bytecode, split into classes.dex,
// classes2.dex, ... as d8 splits apps (at most 65,536 methods per file). Each class has a constructor,
// a field and three methods with line numbers (static without parameters, an instance method that reads
// the field and passes a string on, static with a parameter); each calls the same method of up to two
// later classes of its package; one class in 100 reads the IMEI (one in 300 passes it on to its m2, whose
// calls may reach Adjust), one in 100 calls AppsFlyer, one in 200 calls Adjust. Written with dexlib2, as
// the scanner reads it.
// Run with dexlib2 and Guava on the class path: java -cp dexlib2.jar:guava.jar GenerateApk.java OUT.apk [N]
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.debug.DebugItem;
import org.jf.dexlib2.iface.instruction.Instruction;
import org.jf.dexlib2.immutable.ImmutableClassDef;
import org.jf.dexlib2.immutable.ImmutableMethod;
import org.jf.dexlib2.immutable.ImmutableMethodImplementation;
import org.jf.dexlib2.immutable.debug.ImmutableLineNumber;
import org.jf.dexlib2.immutable.ImmutableField;
import org.jf.dexlib2.immutable.ImmutableMethodParameter;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction10x;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction11x;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction22c;
import org.jf.dexlib2.immutable.reference.ImmutableFieldReference;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction35c;
import org.jf.dexlib2.immutable.reference.ImmutableMethodReference;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.dexlib2.writer.pool.DexPool;

public class GenerateApk {

    static final int PER_DEX = 15_000; // 3 methods a class plus references: well under 65,536 per file

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (int start = 0, file = 1; start < n; start += PER_DEX, file++) {
                List<ClassDef> classes = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + PER_DEX); i++) {
                    classes.add(type(i, start, Math.min(n, start + PER_DEX) - start));
                }
                zip.putNextEntry(new ZipEntry(file == 1 ? "classes.dex" : "classes" + file + ".dex"));
                zip.write(dex(classes));
                zip.closeEntry();
            }
        }
    }

    static String name(int i) {
        return "Lcom/example/big/p" + (i / 500) + "/C" + i + ";";
    }

    static final String STRING = "Ljava/lang/String;";

    /**
     * Class i: a constructor, a static method without parameters ({@code m0}), an instance method that
     * reads a field and passes a string on ({@code m1(String): String}) and a static one with a parameter
     * ({@code m2(String)}), each calling the same method of two later classes of its package.
     */
    static ClassDef type(int i, int start, int size) {
        List<ImmutableMethod> methods = new ArrayList<>();
        methods.add(constructor(i));
        for (int m = 0; m < 3; m++) {
            Body body = new Body(10 + m * 10);
            // layered, like an app's code: a class calls the next classes of its package (500 a package),
            // so the graph has no cycles and each method reaches a bounded part of it
            int packageEnd = Math.min(start + size, (i / 500 + 1) * 500);
            if (m == 1) {
                body.add(new ImmutableInstruction22c(Opcode.IGET_OBJECT, 0, 1,
                        new ImmutableFieldReference(name(i), "name", STRING)));
            }
            for (int callee : new int[] {i + 1 + m, i + 4 + m}) {
                if (callee >= packageEnd) {
                    continue;
                }
                switch (m) {
                    case 0 -> body.add(call(Opcode.INVOKE_STATIC, 0, name(callee), "m0", List.of(), "V"));
                    case 1 -> {
                        body.add(call(Opcode.INVOKE_VIRTUAL, 2, name(callee), "m1", List.of(STRING), STRING));
                        body.add(new ImmutableInstruction11x(Opcode.MOVE_RESULT_OBJECT, 0));
                    }
                    default -> body.add(call(Opcode.INVOKE_STATIC, 1, name(callee), "m2", List.of(STRING), "V"));
                }
            }
            if (m == 0 && i % 100 == 0) {
                body.add(call(Opcode.INVOKE_VIRTUAL, 1, "Landroid/telephony/TelephonyManager;", "getImei", List.of(), STRING));
                if (i % 300 == 0) {
                    // the IMEI goes on to this class's m2, whose calls may reach Adjust: data flow to find
                    body.add(new ImmutableInstruction11x(Opcode.MOVE_RESULT_OBJECT, 2));
                    body.add(new ImmutableInstruction35c(Opcode.INVOKE_STATIC, 1, 2, 0, 0, 0, 0,
                            new ImmutableMethodReference(name(i), "m2", List.of(STRING), "V")));
                }
            }
            if (m == 1 && i % 100 == 50) {
                body.add(call(Opcode.INVOKE_STATIC, 0, "Lcom/appsflyer/AppsFlyerLib;", "getInstance", List.of(),
                        "Lcom/appsflyer/AppsFlyerLib;"));
            }
            if (m == 2 && i % 200 == 0) {
                body.add(call(Opcode.INVOKE_STATIC, 1, "Lcom/adjust/sdk/Adjust;", "trackEvent", List.of(STRING), "V"));
            }
            if (m == 1) {
                body.code.add(new ImmutableInstruction11x(Opcode.RETURN_OBJECT, 0));
                methods.add(new ImmutableMethod(name(i), "m1", List.of(new ImmutableMethodParameter(STRING, null, "text")),
                        STRING, AccessFlags.PUBLIC.getValue(), null, null, body.implementation()));
            } else {
                body.code.add(new ImmutableInstruction10x(Opcode.RETURN_VOID));
                List<ImmutableMethodParameter> parameters =
                        m == 0 ? List.of() : List.of(new ImmutableMethodParameter(STRING, null, "text"));
                methods.add(new ImmutableMethod(name(i), "m" + m, parameters, "V",
                        AccessFlags.PUBLIC.getValue() | AccessFlags.STATIC.getValue(), null, null, body.implementation()));
            }
        }
        ImmutableField field = new ImmutableField(name(i), "name", STRING, AccessFlags.PRIVATE.getValue(), null, null, null);
        return new ImmutableClassDef(name(i), AccessFlags.PUBLIC.getValue(), "Ljava/lang/Object;", null,
                "C" + i + ".java", null, List.of(field), methods);
    }

    static ImmutableMethod constructor(int i) {
        Body body = new Body(5);
        body.add(call(Opcode.INVOKE_DIRECT, 1, "Ljava/lang/Object;", "<init>", List.of(), "V"));
        body.code.add(new ImmutableInstruction10x(Opcode.RETURN_VOID));
        return new ImmutableMethod(name(i), "<init>", List.of(), "V",
                AccessFlags.PUBLIC.getValue() | AccessFlags.CONSTRUCTOR.getValue(), null, null, body.implementation());
    }

    /** A method body: instructions, each reference on a line of its own. Registers: v0, then this and the parameter. */
    static final class Body {
        final List<Instruction> code = new ArrayList<>();
        final List<DebugItem> lines = new ArrayList<>();
        int address;
        int line;

        Body(int firstLine) {
            line = firstLine;
        }

        void add(Instruction instruction) {
            lines.add(new ImmutableLineNumber(address, line++));
            code.add(instruction);
            address += instruction.getCodeUnits();
        }

        ImmutableMethodImplementation implementation() {
            return new ImmutableMethodImplementation(3, code, null, lines);
        }
    }

    /** An invoke of {@code registers} registers: v1 (this, or the parameter) and v2. */
    static Instruction call(Opcode opcode, int registers, String owner, String method, List<String> parameters,
            String returnType) {
        return new ImmutableInstruction35c(opcode, registers, 1, 2, 0, 0, 0,
                new ImmutableMethodReference(owner, method, parameters, returnType));
    }

    static byte[] dex(List<ClassDef> classes) throws IOException {
        DexPool pool = new DexPool(Opcodes.forApi(26));
        classes.forEach(pool::internClass);
        MemoryDataStore store = new MemoryDataStore();
        pool.writeTo(store);
        return store.getData();
    }
}
