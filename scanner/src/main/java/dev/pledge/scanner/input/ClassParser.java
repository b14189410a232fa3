// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.PlatformTypes;
import dev.pledge.scanner.model.Sites;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads one class file in a single ASM pass (frames skipped) into a {@link ClassModel}: the
 * hierarchy, the {@code @PersonalData} and suppressing annotations, and per method the source reads,
 * SDK calls and calls to other scanned classes, with line numbers ({@link ClassBuilder} and
 * {@link MethodBuilder} build the models; this class decides what each member they meet is to the
 * scan). Calls to classes that are neither scanned, nor sources, nor SDKs are not kept. Not
 * thread-safe: one parser per thread (it caches what it learns about each called class).
 */
final class ClassParser {

    static final int API = Opcodes.ASM9;

    private record Owner(boolean scanned, boolean sources, SdkIndex.Match sdk) {}

    final ScanContext context;
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
        ClassBuilder builder = new ClassBuilder(this, origin, dependency, false);
        reader.accept(
                builder, code && !bodies ? ClassReader.SKIP_FRAMES : ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        if (builder.model == null) {
            throw new IllegalArgumentException("no class header");
        }
        if (bodies && !BodyReader.read(this, builder.model, reader, List.copyOf(builder.model.methods.values()))) {
            // two methods of one name and descriptor: ASM's visits decide which one the class keeps
            builder = new ClassBuilder(this, origin, dependency, false);
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
        ClassBuilder builder = new ClassBuilder(this, origin, dependency, true);
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
                                        : new MethodBuilder(
                                                ClassParser.this, type, access, name, descriptor, null, null, method);
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

    String intern(String value) {
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
    void record(Use use, Sites.Dispatch dispatch, int line, MethodModel m, MethodBuilder sites) {
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
}
