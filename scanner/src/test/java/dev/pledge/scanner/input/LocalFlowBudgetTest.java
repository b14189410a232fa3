// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A body whose analysis would cost more than {@link Origins#BUDGET} (the shape of an obfuscated static initialiser:
 * thousands of calls under hundreds of exception handlers, dozens of locals) gets the conservative facts a body that
 * cannot be analysed gets, instead of taking seconds and gigabytes; a body of the same shape with few handlers is
 * followed precisely.
 */
class LocalFlowBudgetTest {

    private static final String OWNER = "com/example/Strings";

    /** {@code calls} calls {@code local[i % 60] = Strings.next(local[(i + 1) % 60])}, all under {@code handlers} handlers. */
    private static MethodNode body(int calls, int handlers, Map<AbstractInsnNode, List<Sites.Site>> sites) {
        MethodNode method = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        method.maxLocals = 60;
        method.maxStack = 2;
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        method.instructions.add(new InsnNode(Opcodes.ACONST_NULL));
        for (int l = 0; l < 60; l++) {
            method.instructions.add(new InsnNode(Opcodes.DUP));
            method.instructions.add(new VarInsnNode(Opcodes.ASTORE, l));
        }
        method.instructions.add(new InsnNode(Opcodes.POP));
        method.instructions.add(start);
        for (int i = 0; i < calls; i++) {
            method.instructions.add(new VarInsnNode(Opcodes.ALOAD, (i + 1) % 60));
            MethodInsnNode call = new MethodInsnNode(
                    Opcodes.INVOKESTATIC, OWNER, "next", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            method.instructions.add(call);
            sites.put(call, List.of(new Sites.Call(Sites.Dispatch.EXACT, OWNER, "next", call.desc, i + 1)));
            method.instructions.add(new VarInsnNode(Opcodes.ASTORE, i % 60));
        }
        method.instructions.add(end);
        method.instructions.add(new InsnNode(Opcodes.RETURN));
        method.instructions.add(handler);
        method.instructions.add(new InsnNode(Opcodes.POP));
        method.instructions.add(new InsnNode(Opcodes.RETURN));
        for (int h = 0; h < handlers; h++) {
            method.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, "java/lang/Throwable"));
        }
        return method;
    }

    private static List<Sites.Site> order(MethodNode method, Map<AbstractInsnNode, List<Sites.Site>> sites) {
        List<Sites.Site> order = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            order.addAll(sites.getOrDefault(insn, List.of()));
        }
        return order;
    }

    @Test
    void aBodyOverTheBudgetGetsTheConservativeFacts() {
        Map<AbstractInsnNode, List<Sites.Site>> sites = new HashMap<>();
        MethodNode method = body(2_000, 400, sites);

        Flow facts = LocalFlow.analyze(OWNER, method, sites);

        assertEquals(LocalFlow.unanalysed(method.access, method.desc, order(method, sites), true), facts);
    }

    @Test
    void aBodyUnderTheBudgetIsFollowed() {
        Map<AbstractInsnNode, List<Sites.Site>> sites = new HashMap<>();
        MethodNode method = body(2_000, 2, sites);

        Flow facts = LocalFlow.analyze(OWNER, method, sites);

        assertNotEquals(LocalFlow.unanalysed(method.access, method.desc, order(method, sites), true), facts);
        // call 59 loads local 0, which holds the first call's result only
        assertEquals(
                List.of(Set.of(Flow.Token.result(0))), facts.sites().get(59).args());
    }
}
