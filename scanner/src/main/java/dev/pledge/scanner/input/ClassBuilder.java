// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.FieldModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Builds the {@link ClassModel} of one class from its visits (a class file's, or a DEX class's replayed): its
 * header, annotations and instance fields, and a {@link MethodBuilder} per method.
 */
final class ClassBuilder extends ClassVisitor {
    private final ClassParser parser;
    private final String origin;
    private String name;
    private String superName;
    private List<String> interfaces;
    private String sourceFile;
    private String sourceDebug;
    private String enclosingMethod;
    private boolean anonymous;
    private final MarkerAnnotations markers;
    private final boolean dependency;
    /** Whether the visits are a DEX class's replayed: bodies that are not runnable code. */
    private final boolean replayed;

    private int access;
    private final List<String> annotations = new ArrayList<>();
    private final Map<String, List<String>> annotationClasses = new HashMap<>();
    private final List<FieldModel> fields = new ArrayList<>();
    ClassModel model;

    ClassBuilder(ClassParser parser, String origin, boolean dependency, boolean replayed) {
        super(ClassParser.API);
        this.parser = parser;
        this.markers = new MarkerAnnotations(parser.context);
        this.origin = origin;
        this.dependency = dependency;
        this.replayed = replayed;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = parser.intern(name);
        this.access = access;
        this.superName = parser.intern(superName);
        this.interfaces = interfaces == null
                ? List.of()
                : Arrays.stream(interfaces).map(parser::intern).toList();
    }

    @Override
    public void visitSource(String source, String debug) {
        this.sourceFile = parser.intern(source);
        this.sourceDebug = debug;
    }

    @Override
    public void visitOuterClass(String owner, String method, String descriptor) {
        if (method != null) {
            enclosingMethod = owner + "." + method + descriptor;
        }
    }

    @Override
    public void visitInnerClass(String inner, String outerName, String innerName, int access) {
        if (inner.equals(name) && innerName == null) {
            anonymous = true;
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        annotations.add(parser.intern(descriptor));
        AnnotationVisitor marker = markers.visit(descriptor);
        return marker != null ? marker : new ClassValues(descriptor, annotationClasses);
    }

    private ClassModel model() {
        if (model == null) {
            model = new ClassModel(
                    name,
                    superName,
                    interfaces,
                    sourceFile,
                    origin,
                    parser.context.sdks().match(name),
                    markers.personalData(),
                    markers.suppression(),
                    access,
                    annotations,
                    fields,
                    dependency);
            if (!annotationClasses.isEmpty()) {
                model.annotationClasses = annotationClasses;
            }
            model.sourceDebug = sourceDebug;
            model.enclosingMethod = anonymous ? enclosingMethod : null;
        }
        return model;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        if (dependency || (access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC)) != 0) {
            return null;
        }
        return new FieldReader(name, descriptor, signature, access, fields::add);
    }

    @Override
    public MethodVisitor visitMethod(
            int access, String methodName, String descriptor, String signature, String[] exceptions) {
        parser.methodCount++;
        // the application's own code is also read whole, for the data-flow facts; dependencies only as sites
        boolean flow = !dependency && (access & Opcodes.ACC_ABSTRACT) == 0;
        MethodNode node = flow && !replayed
                ? new MethodNode(ClassParser.API, access, methodName, descriptor, signature, exceptions)
                : null;
        return new MethodBuilder(
                parser,
                model(),
                access,
                parser.intern(methodName),
                parser.intern(descriptor),
                node,
                flow && replayed ? new ArrayList<>() : null,
                null);
    }

    @Override
    public void visitEnd() {
        model();
    }

    /** Collects the classes an annotation names as values ({@code @Import({A.class, B.class})}), arrays included. */
    private static final class ClassValues extends AnnotationVisitor {
        private final String descriptor;
        private final Map<String, List<String>> into;

        ClassValues(String descriptor, Map<String, List<String>> into) {
            super(ClassParser.API);
            this.descriptor = descriptor;
            this.into = into;
        }

        @Override
        public void visit(String name, Object value) {
            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                into.computeIfAbsent(descriptor, k -> new ArrayList<>(1)).add(type.getInternalName());
            }
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return this;
        }
    }
}
