// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.FieldModel;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Builds the {@link MethodModel} of one method from its visits: its annotations, and per instruction the source
 * reads, SDK calls and calls into scanned code it makes ({@link ClassParser#use}), with line numbers; for the
 * application's own code also the data-flow facts ({@link LocalFlow}).
 */
final class MethodBuilder extends MethodVisitor {
    private final ClassParser parser;
    private final MethodNode node;
    private final Map<AbstractInsnNode, List<Sites.Site>> sites;
    private final ClassModel owner;
    private final String name;
    private final String descriptor;
    /** Made at the method's first annotation: most methods have none, and this runs for every method scanned. */
    private MarkerAnnotations markers;

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
     * @param method the method when its body is read after the class ({@link ClassParser#readCode}), else null
     */
    MethodBuilder(
            ClassParser parser,
            ClassModel owner,
            int access,
            String name,
            String descriptor,
            MethodNode node,
            List<Sites.Site> replayedSites,
            MethodModel method) {
        super(ClassParser.API, node);
        this.parser = parser;
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
        annotations.add(parser.intern(desc));
        if (markers == null) {
            markers = new MarkerAnnotations(parser.context);
        }
        return markers.visit(desc);
    }

    /** Annotations come before the code: the model is made when the first instruction or the end arrives. */
    private MethodModel model() {
        if (model == null) {
            model = markers == null
                    ? new MethodModel(owner, name, descriptor, null, null)
                    : new MethodModel(owner, name, descriptor, markers.personalData(), markers.suppression());
            model.access = access;
            model.annotations = annotations;
            owner.methods.put(parser.intern(name.concat(descriptor)), model);
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
        member(ClassParser.dispatch(opcode), owner, name, desc);
    }

    /** Remembers what the instruction just visited is to the scan, for the data-flow facts. */
    void site(Sites.Site site) {
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
            parser.created(type.getInternalName(), model());
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        movesValues = true;
        if (opcode == Opcodes.NEW) {
            parser.created(type, model());
        }
    }

    /** A lambda body or method reference: as if the method called it here. */
    private void handle(Handle handle) {
        Sites.Dispatch dispatch = ClassParser.handleDispatch(handle.getTag());
        if (dispatch != null) {
            member(dispatch, handle.getOwner(), handle.getName(), handle.getDesc());
        }
    }

    /** Records a member the instruction just visited uses, as a read, an SDK call or a call into scanned code. */
    private void member(Sites.Dispatch dispatch, String className, String member, String desc) {
        ClassParser.Use use = parser.use(owner, dispatch == Sites.Dispatch.FIELD, className, member, desc);
        MethodModel m = model();
        if (use != null) {
            parser.record(use, dispatch, line, m, this);
        }
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        MethodModel m = model();
        m.bodyRead();
        if (node != null) {
            m.flow = LocalFlow.analyze(owner.name, node, sites, why -> m.flowGivenUp = why);
        } else if (replayedSites != null && code) {
            m.flow = LocalFlow.unanalysed(access, descriptor, replayedSites, movesValues);
        }
    }
}
