// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jf.dexlib2.AnnotationVisibility;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.iface.Annotation;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.debug.DebugItem;
import org.jf.dexlib2.iface.instruction.Instruction;
import org.jf.dexlib2.iface.value.EncodedValue;
import org.jf.dexlib2.immutable.ImmutableAnnotation;
import org.jf.dexlib2.immutable.ImmutableAnnotationElement;
import org.jf.dexlib2.immutable.ImmutableClassDef;
import org.jf.dexlib2.immutable.ImmutableMethod;
import org.jf.dexlib2.immutable.ImmutableMethodImplementation;
import org.jf.dexlib2.immutable.ImmutableMethodParameter;
import org.jf.dexlib2.immutable.debug.ImmutableLineNumber;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction10x;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction21c;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction22c;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction3rc;
import org.jf.dexlib2.immutable.reference.ImmutableFieldReference;
import org.jf.dexlib2.immutable.reference.ImmutableMethodReference;
import org.jf.dexlib2.immutable.value.ImmutableArrayEncodedValue;
import org.jf.dexlib2.immutable.value.ImmutableEnumEncodedValue;
import org.jf.dexlib2.immutable.value.ImmutableStringEncodedValue;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.dexlib2.writer.pool.DexPool;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Test inputs in DEX form: turns javac's class files into a DEX file with dexlib2's writer, keeping
 * what a scan reads (hierarchy, source file, annotations, calls, field reads, method handles of
 * line numbers; lambdas become synthetic classes, as d8 makes them). Not a compiler: the bodies hold
 * only those instructions. Annotations of
 * class retention are kept (d8 drops them), so the same fixtures serve JVM and DEX scans.
 */
public final class MiniDex {

    private MiniDex() {}

    /** One DEX file holding every class file of a folder. */
    public static byte[] of(Path classes) {
        List<byte[]> files = new ArrayList<>();
        Jars.entries(classes).forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                files.add(bytes);
            }
        });
        return of(files);
    }

    public static byte[] of(Collection<byte[]> classFiles) {
        List<ClassDef> defs = new ArrayList<>();
        for (byte[] bytes : classFiles) {
            Builder builder = new Builder();
            new ClassReader(bytes).accept(builder, ClassReader.SKIP_FRAMES);
            defs.add(builder.def());
            defs.addAll(builder.synthetic);
        }
        return write(defs);
    }

    static byte[] write(Collection<? extends ClassDef> defs) {
        try {
            DexPool pool = new DexPool(Opcodes.forApi(28));
            defs.forEach(pool::internClass);
            MemoryDataStore store = new MemoryDataStore();
            pool.writeTo(store);
            return store.getData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An APK-like archive: the DEX files as classes.dex, classes2.dex, ... and any other entries. */
    public static Path apk(Path file, List<byte[]> dexFiles, Map<String, byte[]> others) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(others);
        for (int i = 0; i < dexFiles.size(); i++) {
            entries.put(i == 0 ? "classes.dex" : "classes" + (i + 1) + ".dex", dexFiles.get(i));
        }
        try {
            return Files.write(file, Jars.bytes(entries, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(String internalName) {
        return internalName.startsWith("[") ? internalName : "L" + internalName + ";";
    }

    private static final class Builder extends ClassVisitor {
        private String name;
        private int access;
        private String superName;
        private List<String> interfaces;
        private String source;
        private final Set<Annotation> annotations = new LinkedHashSet<>();
        private final List<ImmutableMethod> methods = new ArrayList<>();
        /** The classes d8 would make of this class's lambdas. */
        final List<ClassDef> synthetic = new ArrayList<>();

        Builder() {
            super(org.objectweb.asm.Opcodes.ASM9);
        }

        ClassDef def() {
            return new ImmutableClassDef(
                    type(name),
                    access,
                    superName == null ? null : type(superName),
                    interfaces,
                    source,
                    annotations,
                    List.of(),
                    methods);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            this.access = access;
            this.superName = superName;
            this.interfaces = interfaces == null
                    ? List.of()
                    : java.util.Arrays.stream(interfaces).map(MiniDex::type).toList();
        }

        @Override
        public void visitSource(String source, String debug) {
            this.source = source;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return new AnnotationBuilder(descriptor, visible, annotations::add);
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String method, String desc, String signature, String[] exceptions) {
            return new MethodBuilder(access, method, desc, name);
        }

        private final class MethodBuilder extends MethodVisitor {
            private final int access;
            private final String method;
            private final String desc;
            private final Set<Annotation> methodAnnotations = new LinkedHashSet<>();
            private final List<Instruction> code = new ArrayList<>();
            private final List<DebugItem> lines = new ArrayList<>();
            private int address;
            private boolean hasCode;

            private final String owner;
            ImmutableMethod result;

            MethodBuilder(int access, String method, String desc, String owner) {
                super(org.objectweb.asm.Opcodes.ASM9);
                this.access = access;
                this.method = method;
                this.desc = desc;
                this.owner = owner;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return new AnnotationBuilder(descriptor, visible, methodAnnotations::add);
            }

            @Override
            public void visitCode() {
                hasCode = true;
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                lines.add(new ImmutableLineNumber(address, line));
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
                Opcode op = switch (opcode) {
                    case org.objectweb.asm.Opcodes.INVOKESTATIC -> Opcode.INVOKE_STATIC_RANGE;
                    case org.objectweb.asm.Opcodes.INVOKESPECIAL -> Opcode.INVOKE_DIRECT_RANGE;
                    case org.objectweb.asm.Opcodes.INVOKEINTERFACE -> Opcode.INVOKE_INTERFACE_RANGE;
                    default -> Opcode.INVOKE_VIRTUAL_RANGE;
                };
                int words = Type.getArgumentsAndReturnSizes(desc) >> 2;
                if (opcode == org.objectweb.asm.Opcodes.INVOKESTATIC) {
                    words--;
                }
                add(new ImmutableInstruction3rc(op, 0, words, methodRef(owner, name, desc)), 3);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                ImmutableFieldReference field = new ImmutableFieldReference(type(owner), name, desc);
                if (opcode == org.objectweb.asm.Opcodes.GETSTATIC) {
                    add(new ImmutableInstruction21c(Opcode.SGET_OBJECT, 0, field), 2);
                } else if (opcode == org.objectweb.asm.Opcodes.GETFIELD) {
                    add(new ImmutableInstruction22c(Opcode.IGET_OBJECT, 0, 1, field), 2);
                }
            }

            /** As d8 does: a lambda becomes a synthetic class implementing the interface and calling its body. */
            @Override
            public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
                if (!bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                        || !(arguments[1] instanceof Handle body)) {
                    return;
                }
                String lambda = Builder.this.name + "$$ExternalSyntheticLambda" + synthetic.size();
                Type site = Type.getMethodType(desc);
                String sam = ((Type) arguments[0]).getDescriptor();
                int call = switch (body.getTag()) {
                    case org.objectweb.asm.Opcodes.H_INVOKESTATIC -> org.objectweb.asm.Opcodes.INVOKESTATIC;
                    case org.objectweb.asm.Opcodes.H_INVOKESPECIAL, org.objectweb.asm.Opcodes.H_NEWINVOKESPECIAL ->
                        org.objectweb.asm.Opcodes.INVOKESPECIAL;
                    case org.objectweb.asm.Opcodes.H_INVOKEINTERFACE -> org.objectweb.asm.Opcodes.INVOKEINTERFACE;
                    default -> org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
                };
                MethodBuilder init = new MethodBuilder(
                        org.objectweb.asm.Opcodes.ACC_PUBLIC,
                        "<init>",
                        Type.getMethodDescriptor(Type.VOID_TYPE, site.getArgumentTypes()),
                        lambda);
                init.visitCode();
                init.visitMethodInsn(
                        org.objectweb.asm.Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                init.visitEnd();
                MethodBuilder method = new MethodBuilder(org.objectweb.asm.Opcodes.ACC_PUBLIC, name, sam, lambda);
                method.visitCode();
                method.visitMethodInsn(call, body.getOwner(), body.getName(), body.getDesc(), body.isInterface());
                method.visitEnd();
                synthetic.add(new ImmutableClassDef(
                        type(lambda),
                        org.objectweb.asm.Opcodes.ACC_FINAL | 0x1000,
                        "Ljava/lang/Object;",
                        List.of(site.getReturnType().getDescriptor()),
                        null,
                        Set.of(),
                        List.of(),
                        List.of(init.result, method.result)));
                visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESPECIAL, lambda, "<init>", init.desc, false);
            }

            private void add(Instruction instruction, int units) {
                code.add(instruction);
                address += units;
            }

            @Override
            public void visitEnd() {
                Type type = Type.getMethodType(desc);
                List<ImmutableMethodParameter> parameters = new ArrayList<>();
                for (Type argument : type.getArgumentTypes()) {
                    parameters.add(new ImmutableMethodParameter(argument.getDescriptor(), null, null));
                }
                ImmutableMethodImplementation body = null;
                if (hasCode) {
                    code.add(new ImmutableInstruction10x(Opcode.RETURN_VOID));
                    body = new ImmutableMethodImplementation(255, code, List.of(), lines);
                }
                result = new ImmutableMethod(
                        type(owner),
                        method,
                        parameters,
                        type.getReturnType().getDescriptor(),
                        access & 0xFFFF,
                        methodAnnotations,
                        null,
                        body);
                if (owner.equals(name)) {
                    methods.add(result);
                }
            }
        }
    }

    private static ImmutableMethodReference methodRef(String owner, String name, String desc) {
        Type type = Type.getMethodType(desc);
        List<String> parameters = java.util.Arrays.stream(type.getArgumentTypes())
                .map(Type::getDescriptor)
                .toList();
        return new ImmutableMethodReference(
                type(owner), name, parameters, type.getReturnType().getDescriptor());
    }

    /** Copies enum, string and array values; other values are not read by the scanner. */
    private static final class AnnotationBuilder extends AnnotationVisitor {
        private final String descriptor;
        private final boolean visible;
        private final java.util.function.Consumer<Annotation> done;
        private final List<ImmutableAnnotationElement> elements = new ArrayList<>();

        AnnotationBuilder(String descriptor, boolean visible, java.util.function.Consumer<Annotation> done) {
            super(org.objectweb.asm.Opcodes.ASM9);
            this.descriptor = descriptor;
            this.visible = visible;
            this.done = done;
        }

        @Override
        public void visitEnum(String name, String desc, String value) {
            elements.add(new ImmutableAnnotationElement(name, enumValue(desc, value)));
        }

        @Override
        public void visit(String name, Object value) {
            if (value instanceof String s) {
                elements.add(new ImmutableAnnotationElement(name, new ImmutableStringEncodedValue(s)));
            }
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            List<EncodedValue> values = new ArrayList<>();
            return new AnnotationVisitor(org.objectweb.asm.Opcodes.ASM9) {
                @Override
                public void visitEnum(String ignored, String desc, String value) {
                    values.add(enumValue(desc, value));
                }

                @Override
                public void visit(String ignored, Object value) {
                    if (value instanceof String s) {
                        values.add(new ImmutableStringEncodedValue(s));
                    }
                }

                @Override
                public void visitEnd() {
                    elements.add(new ImmutableAnnotationElement(name, new ImmutableArrayEncodedValue(values)));
                }
            };
        }

        private static ImmutableEnumEncodedValue enumValue(String desc, String value) {
            return new ImmutableEnumEncodedValue(new ImmutableFieldReference(desc, value, desc));
        }

        @Override
        public void visitEnd() {
            done.accept(new ImmutableAnnotation(
                    visible ? AnnotationVisibility.RUNTIME : AnnotationVisibility.BUILD, descriptor, elements));
        }
    }
}
