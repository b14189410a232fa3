// SPDX-License-Identifier: Apache-2.0
// Writes an APK of N classes (default 50,000) for the scanner's speed goal (docs/scanner.md, "Speed
// on Android packages"): an app-like call graph in DEX bytecode, split into classes.dex,
// classes2.dex, ... as d8 splits apps (at most 65,536 methods per file). Each class has three
// methods with line numbers; each calls methods of up to two later classes of its package; one class in 100 reads the
// IMEI, one in 100 calls AppsFlyer, one in 200 calls Adjust. Written with dexlib2, as the scanner reads it.
// Run with dexlib2 and Guava on the class path: java -cp dexlib2.jar:guava.jar GenerateApk.java OUT.apk [N]
import com.google.common.collect.ImmutableList;
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
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction10x;
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

    static ClassDef type(int i, int start, int size) {
        List<ImmutableMethod> methods = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<Instruction> code = new ArrayList<>();
            List<DebugItem> lines = new ArrayList<>();
            int address = 0;
            int line = 10 + m * 10;
            // layered, like an app's code: a class calls the next classes of its package (500 a package),
            // so the graph has no cycles and each method reaches a bounded part of it
            int packageEnd = Math.min(start + size, (i / 500 + 1) * 500);
            for (int callee : new int[] {i + 1 + m, i + 4 + m}) {
                if (callee >= packageEnd) {
                    continue;
                }
                lines.add(new ImmutableLineNumber(address, line++));
                code.add(call(Opcode.INVOKE_STATIC, name(callee), "m" + ((callee + m) % 3), "V"));
                address += 3;
            }
            if (m == 0 && i % 100 == 0) {
                lines.add(new ImmutableLineNumber(address, line++));
                code.add(call(Opcode.INVOKE_VIRTUAL, "Landroid/telephony/TelephonyManager;", "getImei", "Ljava/lang/String;"));
                address += 3;
            }
            if (m == 1 && i % 100 == 50) {
                lines.add(new ImmutableLineNumber(address, line++));
                code.add(call(Opcode.INVOKE_STATIC, "Lcom/appsflyer/AppsFlyerLib;", "getInstance", "Lcom/appsflyer/AppsFlyerLib;"));
                address += 3;
            }
            if (m == 2 && i % 200 == 0) {
                lines.add(new ImmutableLineNumber(address, line++));
                code.add(call(Opcode.INVOKE_STATIC, "Lcom/adjust/sdk/Adjust;", "onResume", "V"));
                address += 3;
            }
            code.add(new ImmutableInstruction10x(Opcode.RETURN_VOID));
            methods.add(new ImmutableMethod(name(i), "m" + m, ImmutableList.of(), "V",
                    AccessFlags.PUBLIC.getValue() | AccessFlags.STATIC.getValue(), null, null,
                    new ImmutableMethodImplementation(1, code, null, lines)));
        }
        return new ImmutableClassDef(name(i), AccessFlags.PUBLIC.getValue(), "Ljava/lang/Object;", null,
                "C" + i + ".java", null, null, methods);
    }

    static Instruction call(Opcode opcode, String owner, String method, String returnType) {
        int registers = opcode == Opcode.INVOKE_STATIC ? 0 : 1;
        return new ImmutableInstruction35c(opcode, registers, 0, 0, 0, 0, 0,
                new ImmutableMethodReference(owner, method, ImmutableList.of(), returnType));
    }

    static byte[] dex(List<ClassDef> classes) throws IOException {
        DexPool pool = new DexPool(Opcodes.forApi(26));
        classes.forEach(pool::internClass);
        MemoryDataStore store = new MemoryDataStore();
        pool.writeTo(store);
        return store.getData();
    }
}
