// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.FieldModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.PlatformTypes;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reads one class file in a single ASM pass (frames skipped) into a {@link ClassModel}: the
 * hierarchy, the {@code @PersonalData} and suppressing annotations, and per method the source reads,
 * SDK calls and calls to other scanned classes, with line numbers. Calls to classes that are neither
 * scanned, nor sources, nor SDKs are not kept. Not thread-safe: one parser per thread (it caches
 * what it learns about each called class).
 */
final class ClassParser {

    static final int API = Opcodes.ASM9;

    private record Owner(boolean scanned, boolean sources, SdkIndex.Match sdk) {}

    private final ScanContext context;
    private final Map<String, Owner> owners = new HashMap<>();
    /** One instance of each name and descriptor the models keep: a scan keeps millions, mostly repeated. */
    private final Map<String, String> strings = new HashMap<>();

    int methodCount;

    /** Whether dependency bodies are read through ASM's visits rather than {@link BodyReader}: to compare the two. */
    private final boolean asmBodies;

    ClassParser(ScanContext context) {
        this(context, false);
    }

    ClassParser(ScanContext context, boolean asmBodies) {
        this.context = context;
        this.asmBodies = asmBodies;
    }

    /**
     * Parses a class file.
     *
     * @throws RuntimeException (ASM's, e.g. {@link ArrayIndexOutOfBoundsException} or
     *         {@link IllegalArgumentException}) when the bytes are not a class file ASM can read
     */
    ClassModel parse(byte[] bytes, String origin, boolean dependency) {
        return parse(reader(bytes), origin, dependency, true);
    }

    /** A reader of a class file, its constant pool read. */
    static ClassReader reader(byte[] bytes) {
        if (bytes.length < 10
                || (bytes[0] & 0xFF) != 0xCA
                || (bytes[1] & 0xFF) != 0xFE
                || (bytes[2] & 0xFF) != 0xBA
                || (bytes[3] & 0xFF) != 0xBE) {
            throw new IllegalArgumentException("no class file header (0xCAFEBABE)");
        }
        return new ClassReader(bytes);
    }

    /**
     * Parses a class file, with its method bodies or (when {@code code} is false) without: its methods then
     * have their names, access and annotations, and {@link #readCode} adds what their bodies do.
     */
    ClassModel parse(ClassReader reader, String origin, boolean dependency, boolean code) {
        boolean bodies = code && dependency && !asmBodies;
        ClassBuilder builder = new ClassBuilder(origin, dependency, false);
        reader.accept(
                builder, code && !bodies ? ClassReader.SKIP_FRAMES : ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        if (builder.model == null) {
            throw new IllegalArgumentException("no class header");
        }
        if (bodies && !BodyReader.read(this, builder.model, reader, List.copyOf(builder.model.methods.values()))) {
            // two methods of one name and descriptor: ASM's visits decide which one the class keeps
            builder = new ClassBuilder(origin, dependency, false);
            reader.accept(builder, ClassReader.SKIP_FRAMES);
        }
        return builder.model;
    }

    /**
     * Parses a class that is not a class file (a DEX class) from its replayed visits. Its bodies are not
     * runnable code, so data flow in them is not analysed but taken from the order of their sites
     * ({@link LocalFlow#unanalysed}).
     *
     * @throws RuntimeException when the class cannot be read
     */
    ClassModel parse(ClassEntry.Replay replay, String origin, boolean dependency) {
        ClassBuilder builder = new ClassBuilder(origin, dependency, true);
        replay.replay(builder);
        if (builder.model == null) {
            throw new IllegalArgumentException("no class header");
        }
        return builder.model;
    }

    /** Reads the method bodies of a class parsed without them into its methods. */
    void readCode(ClassModel type, byte[] bytes) {
        reader(bytes)
                .accept(
                        new ClassVisitor(API) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                MethodModel method = type.method(name, descriptor);
                                return method == null
                                        ? null
                                        : new MethodBuilder(type, access, name, descriptor, null, null, method);
                            }
                        },
                        ClassReader.SKIP_FRAMES);
    }

    /**
     * Whether a dependency's code that uses a member (a field or method of {@code className}, in class
     * {@code user}) may read a data source or call an SDK, as {@link MethodBuilder} sees it: a member of a
     * source's class, of an SDK's class (of another SDK than the user's), or one that an unscanned class
     * inherits from a source's JDK class. Calls into other scanned classes can only do so through what
     * those inherit (see {@code Linker}).
     */
    boolean mayRead(String user, String className, Supplier<String> member) {
        if (className.charAt(0) == '[') {
            return false;
        }
        Owner info = owner(className);
        if (info.sources) {
            return true;
        }
        if (info.sdk != null) {
            SdkIndex.Match own = owner(user).sdk;
            return own == null || !own.id().equals(info.sdk.id());
        }
        if (info.scanned) {
            return false;
        }
        String name = member.get();
        return context.sources().hasMember(name) && inherited(className, name) != null;
    }

    /** Whether the class is one of the scan's. */
    boolean isScanned(String className) {
        return owner(className).scanned;
    }

    private String intern(String value) {
        if (value == null) {
            return null;
        }
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private Owner owner(String name) {
        Owner owner = owners.get(name);
        if (owner == null) {
            owner = new Owner(
                    context.scannedNames().contains(name),
                    context.sources().hasOwner(name),
                    context.sdks().match(name));
            owners.put(name, owner);
        }
        return owner;
    }

    /** A source the platform class inherits from a JDK supertype: {@code SSLSocket.getInetAddress} is {@code Socket}'s. */
    private SourceIndex.Match inherited(String className, String member) {
        for (String ancestor : PlatformTypes.JDK.ancestors(className)) {
            if (context.sources().hasOwner(ancestor)) {
                SourceIndex.Match match = context.sources().match(ancestor, member);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /**
     * What a member is to the scan when code of class {@code user} uses it: the data source it reads, the SDK it
     * calls, the scanned method it calls; the same at every instruction of the class that names it.
     *
     * @param api {@code className.member}, for an SDK call
     * @param owner, name, desc the member, for a call into scanned code (else null)
     */
    record Use(SourceIndex.Match read, SdkIndex.Match sdk, String api, String owner, String name, String desc) {}

    /**
     * What the member is to the scan when code of {@code user} uses it (read as a field when {@code field}); null
     * when nothing: not a source, an SDK or scanned code.
     */
    Use use(ClassModel user, boolean field, String className, String member, String desc) {
        if (className.charAt(0) == '[') {
            return null;
        }
        Owner info = owner(className);
        SourceIndex.Match read = null;
        if (info.sources) {
            read = context.sources().match(className, member);
        } else if (!info.scanned && info.sdk == null && context.sources().hasMember(member)) {
            read = inherited(className, member);
        }
        // reading data from an SDK (FirebaseInstallations.getId) is a read, not a send
        boolean sdkCall = info.sdk != null
                && read == null
                && !field
                && (user.sdk == null || !user.sdk.id().equals(info.sdk.id()));
        // a call into a scanned SDK is a call too: reachability follows it (data flow does not, see Reach:
        // for data flow the instruction is the SDK call)
        boolean call = info.scanned && (!field || context.sources().hasMember(member));
        if (read == null && !sdkCall && !call) {
            return null;
        }
        return new Use(
                read,
                sdkCall ? info.sdk : null,
                sdkCall ? className + "." + member : null,
                call ? intern(className) : null,
                call ? intern(member) : null,
                call ? intern(desc) : null);
    }

    /** How a field read or call instruction dispatches. */
    static Sites.Dispatch dispatch(int opcode) {
        return switch (opcode) {
            case Opcodes.GETSTATIC, Opcodes.GETFIELD -> Sites.Dispatch.FIELD;
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE -> Sites.Dispatch.VIRTUAL;
            default -> Sites.Dispatch.EXACT;
        };
    }

    /** How a method handle of this kind ({@code Opcodes.H_*}) dispatches; null for one that uses no member. */
    static Sites.Dispatch handleDispatch(int tag) {
        return switch (tag) {
            case Opcodes.H_GETFIELD, Opcodes.H_GETSTATIC -> Sites.Dispatch.FIELD;
            case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> Sites.Dispatch.VIRTUAL;
            case Opcodes.H_INVOKESTATIC, Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Sites.Dispatch.EXACT;
            default -> null;
        };
    }

    /** Records the sites of an instruction that uses a member. */
    void record(Use use, Sites.Dispatch dispatch, int line, MethodModel m) {
        record(use, dispatch, line, m, null);
    }

    /** Records the sites of an instruction that uses a member, and gives them to {@code sites} (when not null). */
    private void record(Use use, Sites.Dispatch dispatch, int line, MethodModel m, MethodBuilder sites) {
        if (use.read != null) {
            Sites.Read read = new Sites.Read(use.read, line);
            m.add(read);
            if (sites != null) {
                sites.site(read);
            }
        }
        if (use.sdk != null) {
            Sites.SdkCall call = new Sites.SdkCall(use.sdk, use.api, line);
            m.add(call);
            if (sites != null) {
                sites.site(call);
            }
        }
        if (use.owner != null) {
            Sites.Call call = new Sites.Call(dispatch, use.owner, use.name, use.desc, line);
            m.add(call);
            if (use.sdk == null && sites != null) {
                sites.site(call);
            }
        }
    }

    /** Records a class the body creates ({@code new X}) or names ({@code X.class}), when it is scanned. */
    void created(String type, MethodModel m) {
        if (owner(type).scanned) {
            m.instantiates(intern(type));
        }
    }

    private static boolean isPersonalData(String descriptor) {
        return descriptor.endsWith("/PersonalData;") || descriptor.equals("LPersonalData;");
    }

    private final class ClassBuilder extends ClassVisitor {
        private final String origin;
        private String name;
        private String superName;
        private List<String> interfaces;
        private String sourceFile;
        private String sourceDebug;
        private String enclosingMethod;
        private boolean anonymous;
        private PersonalDataReader personalData;
        private String suppression;
        private final boolean dependency;
        /** Whether the visits are a DEX class's replayed: bodies that are not runnable code. */
        private final boolean replayed;

        private int access;
        private final List<String> annotations = new ArrayList<>();
        private final Map<String, List<String>> annotationClasses = new HashMap<>();
        private final List<FieldModel> fields = new ArrayList<>();
        ClassModel model;

        ClassBuilder(String origin, boolean dependency, boolean replayed) {
            super(API);
            this.origin = origin;
            this.dependency = dependency;
            this.replayed = replayed;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = intern(name);
            this.access = access;
            this.superName = intern(superName);
            this.interfaces = interfaces == null
                    ? List.of()
                    : Arrays.stream(interfaces).map(ClassParser.this::intern).toList();
        }

        @Override
        public void visitSource(String source, String debug) {
            this.sourceFile = source;
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
            annotations.add(intern(descriptor));
            if (context.suppressions().suppresses(descriptor)) {
                suppression = "";
                return new ReasonReader(reason -> suppression = reason);
            }
            if (isPersonalData(descriptor)) {
                personalData = new PersonalDataReader(descriptor);
                return personalData;
            }
            return new ClassValues(descriptor, annotationClasses);
        }

        private ClassModel model() {
            if (model == null) {
                int slash = name.lastIndexOf('/');
                String sourcePath =
                        sourceFile == null ? null : (slash < 0 ? "" : name.substring(0, slash + 1)) + sourceFile;
                model = new ClassModel(
                        name,
                        superName,
                        interfaces,
                        sourcePath,
                        origin,
                        context.sdks().match(name),
                        personalData == null ? null : personalData.values(),
                        suppression,
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
            methodCount++;
            // the application's own code is also read whole, for the data-flow facts; dependencies only as sites
            boolean flow = !dependency && (access & Opcodes.ACC_ABSTRACT) == 0;
            MethodNode node = flow && !replayed
                    ? new MethodNode(API, access, methodName, descriptor, signature, exceptions)
                    : null;
            return new MethodBuilder(
                    model(),
                    access,
                    intern(methodName),
                    intern(descriptor),
                    node,
                    flow && replayed ? new ArrayList<>() : null,
                    null);
        }

        @Override
        public void visitEnd() {
            model();
        }
    }

    private final class MethodBuilder extends MethodVisitor {
        private final MethodNode node;
        private final Map<AbstractInsnNode, List<Sites.Site>> sites;
        private final ClassModel owner;
        private final String name;
        private final String descriptor;
        private PersonalDataReader personalData;
        private String suppression;
        private List<String> annotations = List.of();
        private MethodModel model;
        private int line;

        private final int access;
        /** A replayed body's sites in order, for its flow facts; null for a class file's. */
        private final List<Sites.Site> replayedSites;
        /** Whether a replayed body has code, and whether any instruction of it moves a value. */
        private boolean code;

        private boolean movesValues;

        /**
         * @param replayedSites receives a replayed body's sites, null for a class file's
         * @param method the method when its body is read after the class ({@link #readCode}), else null
         */
        MethodBuilder(
                ClassModel owner,
                int access,
                String name,
                String descriptor,
                MethodNode node,
                List<Sites.Site> replayedSites,
                MethodModel method) {
            super(API, node);
            this.model = method;
            this.node = node;
            this.replayedSites = replayedSites;
            this.sites = node == null ? null : new IdentityHashMap<>();
            this.access = access;
            this.owner = owner;
            this.name = name;
            this.descriptor = descriptor;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
            if (model != null) {
                return null; // its annotations were read with the class
            }
            if (annotations.isEmpty()) {
                annotations = new ArrayList<>(1);
            }
            annotations.add(intern(desc));
            if (context.suppressions().suppresses(desc)) {
                suppression = "";
                return new ReasonReader(reason -> suppression = reason);
            }
            if (isPersonalData(desc)) {
                personalData = new PersonalDataReader(desc);
                return personalData;
            }
            return null;
        }

        /** Annotations come before the code: the model is made when the first instruction or the end arrives. */
        private MethodModel model() {
            if (model == null) {
                model = new MethodModel(
                        owner, name, descriptor, personalData == null ? null : personalData.values(), suppression);
                model.access = access;
                model.annotations = annotations;
                owner.methods.put(intern(name.concat(descriptor)), model);
            }
            return model;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            model();
            code = true;
        }

        @Override
        public void visitInsn(int opcode) {
            super.visitInsn(opcode);
            movesValues |= opcode != Opcodes.RETURN;
        }

        @Override
        public void visitLineNumber(int number, Label start) {
            super.visitLineNumber(number, start);
            line = number;
            MethodModel m = model();
            m.line(number);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
            super.visitMethodInsn(opcode, owner, name, desc, isInterface);
            movesValues |= opcode != Opcodes.INVOKESTATIC || !desc.equals("()V");
            member(dispatch(opcode), owner, name, desc);
        }

        /** Remembers what the instruction just visited is to the scan, for the data-flow facts. */
        private void site(Sites.Site site) {
            if (site != null && node != null) {
                sites.computeIfAbsent(node.instructions.getLast(), k -> new ArrayList<>(1))
                        .add(site);
            } else if (site != null && replayedSites != null) {
                replayedSites.add(site);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            super.visitFieldInsn(opcode, owner, name, desc);
            movesValues = true;
            if (owner.equals(this.owner.name) && !this.owner.dependency) {
                FieldModel field = this.owner.field(name);
                if (field != null && opcode == Opcodes.PUTFIELD && field.putLine == 0) {
                    field.putLine = line;
                } else if (field != null && opcode == Opcodes.GETFIELD && field.getLine == 0) {
                    field.getLine = line;
                }
            }
            if (opcode == Opcodes.GETSTATIC || opcode == Opcodes.GETFIELD) {
                member(Sites.Dispatch.FIELD, owner, name, desc);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... arguments) {
            super.visitInvokeDynamicInsn(name, desc, bootstrap, arguments);
            movesValues |= !desc.equals("()V");
            for (Object argument : arguments) {
                if (argument instanceof Handle handle) {
                    handle(handle);
                }
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(value);
            movesValues = true;
            if (value instanceof Handle handle) {
                handle(handle);
            } else if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                created(type.getInternalName(), model());
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            super.visitTypeInsn(opcode, type);
            movesValues = true;
            if (opcode == Opcodes.NEW) {
                created(type, model());
            }
        }

        /** A lambda body or method reference: as if the method called it here. */
        private void handle(Handle handle) {
            Sites.Dispatch dispatch = handleDispatch(handle.getTag());
            if (dispatch != null) {
                member(dispatch, handle.getOwner(), handle.getName(), handle.getDesc());
            }
        }

        /** Records a member the instruction just visited uses, as a read, an SDK call or a call into scanned code. */
        private void member(Sites.Dispatch dispatch, String className, String member, String desc) {
            Use use = use(owner, dispatch == Sites.Dispatch.FIELD, className, member, desc);
            MethodModel m = model();
            if (use != null) {
                record(use, dispatch, line, m, this);
            }
        }

        @Override
        public void visitEnd() {
            super.visitEnd();
            MethodModel m = model();
            if (node != null) {
                m.flow = LocalFlow.analyze(owner.name, node, sites);
            } else if (replayedSites != null && code) {
                m.flow = LocalFlow.unanalysed(access, descriptor, replayedSites, movesValues);
            }
        }
    }

    /** Collects the classes an annotation names as values ({@code @Import({A.class, B.class})}), arrays included. */
    private static final class ClassValues extends AnnotationVisitor {
        private final String descriptor;
        private final Map<String, List<String>> into;

        ClassValues(String descriptor, Map<String, List<String>> into) {
            super(API);
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
