// SPDX-License-Identifier: Apache-2.0
// Writes probe/Probe.class: one method per artifact of artifacts.txt, each calling the first public
// method of the artifact's entry class, on a line of its own (line 100 + the artifact's number), as
// an app would call the SDK. Also writes calls.tsv (line, coordinates, call, vendor) for run.sh.
// Run with ASM on the class path: java -cp asm.jar Probe.java ARTIFACTS_TXT ARTIFACT_DIR OUT_DIR
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

public class Probe {

    public static void main(String[] args) throws IOException {
        Path artifacts = Path.of(args[1]);
        Path out = Path.of(args[2]);
        ClassWriter probe = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        probe.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "probe/Probe", null, "java/lang/Object", null);
        probe.visitSource("Probe.java", null);
        List<String> calls = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            n++;
            String[] parts = line.trim().split("\\s+");
            String[] gav = parts[0].split(":");
            Path file = artifacts.resolve(gav[1] + "-" + gav[2] + "." + gav[3]);
            byte[] entry = find(Files.readAllBytes(file), parts[1] + ".class", gav[3].equals("aar"));
            if (entry == null) {
                throw new IllegalStateException(file + " has no " + parts[1]);
            }
            String[] target;
            try {
                target = firstPublicMethod(entry);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(parts[1] + ": " + e.getMessage(), e);
            }
            MethodVisitor mv = probe.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "call" + n, "()V", null, null);
            mv.visitCode();
            Label label = new Label();
            mv.visitLabel(label);
            mv.visitLineNumber(100 + n, label);
            boolean isStatic = target[2].equals("static");
            if (target[0].equals("<init>")) {
                mv.visitTypeInsn(Opcodes.NEW, parts[1]);
                mv.visitInsn(Opcodes.DUP);
            } else if (!isStatic) {
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
            for (org.objectweb.asm.Type argument : org.objectweb.asm.Type.getArgumentTypes(target[1])) {
                mv.visitInsn(switch (argument.getSort()) {
                    case org.objectweb.asm.Type.LONG -> Opcodes.LCONST_0;
                    case org.objectweb.asm.Type.FLOAT -> Opcodes.FCONST_0;
                    case org.objectweb.asm.Type.DOUBLE -> Opcodes.DCONST_0;
                    case org.objectweb.asm.Type.OBJECT, org.objectweb.asm.Type.ARRAY -> Opcodes.ACONST_NULL;
                    default -> Opcodes.ICONST_0;
                });
            }
            int opcode = target[0].equals("<init>")
                    ? Opcodes.INVOKESPECIAL
                    : isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKEVIRTUAL;
            mv.visitMethodInsn(opcode, parts[1], target[0], target[1], false);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            calls.add((100 + n) + "\t" + parts[0] + "\t" + parts[1] + "." + target[0] + "\t" + parts[2]);
        }
        probe.visitEnd();
        Files.createDirectories(out.resolve("classes/probe"));
        Files.write(out.resolve("classes/probe/Probe.class"), probe.toByteArray());
        Files.write(out.resolve("calls.tsv"), calls);
    }

    /** The entry's bytes: in the jar, or in the classes.jar (or libs/*.jar) of an .aar. */
    static byte[] find(byte[] archive, String name, boolean aar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
                if (aar && e.getName().endsWith(".jar")) {
                    byte[] inner = find(zip.readAllBytes(), name, false);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    /** {name, descriptor, "static" or "virtual"} of the first public, non-synthetic method, else of the first public constructor. */
    static String[] firstPublicMethod(byte[] bytes) {
        String[][] found = new String[2][];
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                if (found[0] == null
                        && (access & Opcodes.ACC_PUBLIC) != 0
                        && (access & Opcodes.ACC_SYNTHETIC) == 0
                        && !name.startsWith("<")) {
                    found[0] = new String[] {name, desc, (access & Opcodes.ACC_STATIC) != 0 ? "static" : "virtual"};
                } else if (found[1] == null && (access & Opcodes.ACC_PUBLIC) != 0 && name.equals("<init>")) {
                    found[1] = new String[] {name, desc, "constructor"};
                }
                return null;
            }
        }, ClassReader.SKIP_CODE);
        if (found[0] == null && found[1] == null) {
            throw new IllegalStateException("no public method or constructor");
        }
        return found[0] != null ? found[0] : found[1];
    }

}
