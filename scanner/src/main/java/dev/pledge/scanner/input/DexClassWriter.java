// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jf.dexlib2.AnnotationVisibility;
import org.jf.dexlib2.MethodHandleType;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.ReferenceType;
import org.jf.dexlib2.dexbacked.DexBackedClassDef;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.jf.dexlib2.dexbacked.DexBackedMethod;
import org.jf.dexlib2.dexbacked.instruction.DexBackedInstruction;
import org.jf.dexlib2.iface.Annotation;
import org.jf.dexlib2.iface.AnnotationElement;
import org.jf.dexlib2.iface.MethodImplementation;
import org.jf.dexlib2.iface.debug.DebugItem;
import org.jf.dexlib2.iface.debug.LineNumber;
import org.jf.dexlib2.iface.instruction.Instruction;
import org.jf.dexlib2.iface.instruction.ReferenceInstruction;
import org.jf.dexlib2.iface.reference.CallSiteReference;
import org.jf.dexlib2.iface.reference.FieldReference;
import org.jf.dexlib2.iface.reference.MethodHandleReference;
import org.jf.dexlib2.iface.reference.MethodReference;
import org.jf.dexlib2.iface.reference.Reference;
import org.jf.dexlib2.iface.value.ArrayEncodedValue;
import org.jf.dexlib2.iface.value.EncodedValue;
import org.jf.dexlib2.iface.value.EnumEncodedValue;
import org.jf.dexlib2.iface.value.MethodHandleEncodedValue;
import org.jf.dexlib2.iface.value.StringEncodedValue;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Replays a DEX class as the ASM visits of a JVM class file that holds what the scanner reads, and
 * only that: the class's place in the hierarchy, its source file, its annotations, and per method the
 * calls, field reads, method handles and source lines of its body, in order. The bodies are not
 * runnable (no stack or local bookkeeping). The scan replays classes straight into {@link ClassParser}
 * ({@link #replay}); {@link #write} makes the class file (the path the scan took before, kept to check
 * the direct one against: {@link DexClasses#CLASS_FILES}).
 */
final class DexClassWriter {

    private static final int JAVA_8 = org.objectweb.asm.Opcodes.V1_8;
    /** Access flags a class file may carry (DEX adds constructor and synchronized markers above). */
    private static final int JVM_ACCESS = 0xFFFF;

    /** The file's names, each decoded once. */
    private final DexNames names;

    DexClassWriter(DexBackedDexFile dex) {
        names = new DexNames(dex);
    }

    /** The internal name of the class defined at this index of the file's class table. */
    String className(int classDef) {
        return names.className(classDef);
    }

    /** The class as a class file that ASM reads back into the same visits. */
    byte[] write(DexBackedClassDef def, int index) {
        ClassWriter out = new ClassWriter(0);
        replay(def, index, out);
        return out.toByteArray();
    }

    /** Visits the class (at this index of the class table) as {@link org.objectweb.asm.ClassReader} would its class file. */
    void replay(DexBackedClassDef def, int index, ClassVisitor out) {
        List<String> interfaces = new ArrayList<>();
        def.getInterfaces().forEach(i -> interfaces.add(DexClasses.internalName(i)));
        out.visit(
                JAVA_8,
                def.getAccessFlags() & JVM_ACCESS,
                names.className(index),
                null,
                names.superName(index),
                interfaces.toArray(String[]::new));
        String sourceFile = names.sourceFile(index);
        if (sourceFile != null) {
            out.visitSource(sourceFile, null);
        }
        annotations(def.getAnnotations(), (desc, visible) -> out.visitAnnotation(desc, visible));
        for (DexBackedMethod method : def.getMethods()) {
            method(out, method);
        }
        out.visitEnd();
    }

    private void method(ClassVisitor out, DexBackedMethod method) {
        MethodVisitor mv = out.visitMethod(
                method.getAccessFlags() & JVM_ACCESS,
                names.methodName(method.methodIndex),
                names.methodDescriptor(method.methodIndex),
                null,
                null);
        if (mv == null) {
            return;
        }
        annotations(method.getAnnotations(), mv::visitAnnotation);
        MethodImplementation body = method.getImplementation();
        if (body != null) {
            mv.visitCode();
            body(mv, body);
            mv.visitInsn(org.objectweb.asm.Opcodes.RETURN);
            mv.visitMaxs(0, 0);
        }
        mv.visitEnd();
    }

    /** The body's references in order, each after the source line (from the debug info) it is on. */
    private void body(MethodVisitor mv, MethodImplementation body) {
        List<LineNumber> lines = new ArrayList<>();
        for (DebugItem item : body.getDebugItems()) {
            if (item instanceof LineNumber line) {
                lines.add(line);
            }
        }
        int next = 0;
        int address = 0;
        int line = -1;
        for (Instruction instruction : body.getInstructions()) {
            int current = line;
            while (next < lines.size() && lines.get(next).getCodeAddress() <= address) {
                current = lines.get(next++).getLineNumber();
            }
            if (current != line && current > 0) {
                Label label = new Label();
                mv.visitLabel(label);
                mv.visitLineNumber(current, label);
            }
            line = current;
            int type = instruction.getOpcode().referenceType;
            if (instruction instanceof DexBackedInstruction indexed
                    && (type == ReferenceType.METHOD || type == ReferenceType.FIELD)) {
                member(mv, indexed, type);
            } else if (instruction instanceof ReferenceInstruction ref) {
                reference(mv, instruction, ref.getReference());
            }
            address += instruction.getCodeUnits();
        }
    }

    /** A call or field read, its names decoded once per DEX file. */
    private void member(MethodVisitor mv, DexBackedInstruction instruction, int type) {
        // formats 35c, 3rc, 21c, 22c, 45cc, 4rcc: the member's index is the second code unit
        int index = instruction.dexFile.getDataBuffer().readUshort(instruction.instructionStart + 2);
        int opcode = ASM_OPCODES[instruction.opcode.ordinal()];
        if (type == ReferenceType.METHOD) {
            mv.visitMethodInsn(
                    opcode,
                    names.methodOwner(index),
                    names.methodName(index),
                    names.methodDescriptor(index),
                    opcode == org.objectweb.asm.Opcodes.INVOKEINTERFACE);
        } else if (opcode != 0) {
            mv.visitFieldInsn(opcode, names.fieldOwner(index), names.fieldName(index), names.fieldType(index));
        }
    }

    private static void reference(MethodVisitor mv, Instruction instruction, Reference reference) {
        int type = instruction.getOpcode().referenceType;
        int opcode = ASM_OPCODES[instruction.getOpcode().ordinal()];
        if (type == ReferenceType.METHOD && reference instanceof MethodReference m) {
            mv.visitMethodInsn(
                    opcode,
                    DexClasses.internalName(m.getDefiningClass()),
                    m.getName(),
                    DexClasses.descriptor(m.getParameterTypes(), m.getReturnType()),
                    opcode == org.objectweb.asm.Opcodes.INVOKEINTERFACE);
        } else if (type == ReferenceType.FIELD && reference instanceof FieldReference f) {
            if (opcode != 0) {
                mv.visitFieldInsn(opcode, DexClasses.internalName(f.getDefiningClass()), f.getName(), f.getType());
            }
        } else if (reference instanceof MethodHandleReference handle) {
            Handle asm = handle(handle);
            if (asm != null) {
                mv.visitLdcInsn(asm);
            }
        } else if (reference instanceof CallSiteReference site) {
            List<Object> handles = new ArrayList<>();
            for (EncodedValue argument : site.getExtraArguments()) {
                if (argument instanceof MethodHandleEncodedValue value) {
                    Handle asm = handle(value.getValue());
                    if (asm != null) {
                        handles.add(asm);
                    }
                }
            }
            Handle bootstrap = handle(site.getMethodHandle());
            if (bootstrap != null) {
                mv.visitInvokeDynamicInsn(site.getMethodName(), "()V", bootstrap, handles.toArray());
            }
        }
    }

    /**
     * The JVM opcode the replay visits for each DEX opcode, by its ordinal: the call's kind for a call, GETSTATIC
     * or GETFIELD for a field read; 0 for the others (field writes visit nothing). Decided once from the opcodes'
     * names, not per instruction.
     */
    private static final int[] ASM_OPCODES = asmOpcodes();

    private static int[] asmOpcodes() {
        Opcode[] all = Opcode.values();
        int[] asm = new int[all.length];
        for (Opcode opcode : all) {
            String name = opcode.name;
            asm[opcode.ordinal()] = opcode.referenceType == ReferenceType.METHOD
                    ? invokeOpcode(name)
                    : name.startsWith("sget")
                            ? org.objectweb.asm.Opcodes.GETSTATIC
                            : name.startsWith("iget") ? org.objectweb.asm.Opcodes.GETFIELD : 0;
        }
        return asm;
    }

    private static int invokeOpcode(String name) {
        if (name.startsWith("invoke-static")) {
            return org.objectweb.asm.Opcodes.INVOKESTATIC;
        } else if (name.startsWith("invoke-direct") || name.startsWith("invoke-super")) {
            return org.objectweb.asm.Opcodes.INVOKESPECIAL;
        } else if (name.startsWith("invoke-interface")) {
            return org.objectweb.asm.Opcodes.INVOKEINTERFACE;
        }
        return org.objectweb.asm.Opcodes.INVOKEVIRTUAL; // virtual, polymorphic
    }

    private static Handle handle(MethodHandleReference handle) {
        Reference member = handle.getMemberReference();
        int tag = switch (handle.getMethodHandleType()) {
            case MethodHandleType.STATIC_GET -> org.objectweb.asm.Opcodes.H_GETSTATIC;
            case MethodHandleType.INSTANCE_GET -> org.objectweb.asm.Opcodes.H_GETFIELD;
            case MethodHandleType.INVOKE_STATIC -> org.objectweb.asm.Opcodes.H_INVOKESTATIC;
            case MethodHandleType.INVOKE_INSTANCE -> org.objectweb.asm.Opcodes.H_INVOKEVIRTUAL;
            case MethodHandleType.INVOKE_CONSTRUCTOR -> org.objectweb.asm.Opcodes.H_NEWINVOKESPECIAL;
            case MethodHandleType.INVOKE_DIRECT -> org.objectweb.asm.Opcodes.H_INVOKESPECIAL;
            case MethodHandleType.INVOKE_INTERFACE -> org.objectweb.asm.Opcodes.H_INVOKEINTERFACE;
            default -> 0;
        };
        if (tag == 0) {
            return null;
        }
        if (member instanceof MethodReference m) {
            return new Handle(
                    tag,
                    DexClasses.internalName(m.getDefiningClass()),
                    m.getName(),
                    DexClasses.descriptor(m.getParameterTypes(), m.getReturnType()),
                    tag == org.objectweb.asm.Opcodes.H_INVOKEINTERFACE);
        }
        if (member instanceof FieldReference f) {
            return new Handle(tag, DexClasses.internalName(f.getDefiningClass()), f.getName(), f.getType(), false);
        }
        return null;
    }

    @FunctionalInterface
    private interface AnnotationTarget {
        AnnotationVisitor visit(String descriptor, boolean visible);
    }

    /**
     * Build- and runtime-visible annotations with their enum, string and array values, the runtime-visible
     * ones first (as a class file holds them); DEX system annotations are not copied.
     */
    private static void annotations(Collection<? extends Annotation> annotations, AnnotationTarget target) {
        annotations(annotations, AnnotationVisibility.RUNTIME, target);
        annotations(annotations, AnnotationVisibility.BUILD, target);
    }

    private static void annotations(
            Collection<? extends Annotation> annotations, int visibility, AnnotationTarget target) {
        for (Annotation annotation : annotations) {
            if (annotation.getVisibility() != visibility) {
                continue;
            }
            AnnotationVisitor av =
                    target.visit(annotation.getType(), annotation.getVisibility() == AnnotationVisibility.RUNTIME);
            if (av == null) {
                continue;
            }
            for (AnnotationElement element : annotation.getElements()) {
                value(av, element.getName(), element.getValue());
            }
            av.visitEnd();
        }
    }

    private static void value(AnnotationVisitor av, String name, EncodedValue value) {
        if (value instanceof EnumEncodedValue e) {
            av.visitEnum(name, e.getValue().getType(), e.getValue().getName());
        } else if (value instanceof StringEncodedValue s) {
            av.visit(name, s.getValue());
        } else if (value instanceof ArrayEncodedValue array) {
            AnnotationVisitor items = av.visitArray(name);
            if (items == null) {
                return; // as ClassReader does: a visitor that returns none skips the array
            }
            for (EncodedValue item : array.getValue()) {
                value(items, null, item);
            }
            items.visitEnd();
        }
    }
}
