// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.Fixture;
import dev.pledge.scanner.RecordingLogger;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
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

        List<String> why = new ArrayList<>();

        Flow facts = LocalFlow.analyze(OWNER, method, sites, why::add);

        assertEquals(LocalFlow.unanalysed(method.access, method.desc, order(method, sites), true), facts);
        assertEquals(List.of("too complex to follow (over the budget of 20000000 units)"), why);
    }

    @Test
    void aBodyUnderTheBudgetIsFollowed() {
        Map<AbstractInsnNode, List<Sites.Site>> sites = new HashMap<>();
        MethodNode method = body(2_000, 2, sites);

        List<String> why = new ArrayList<>();

        Flow facts = LocalFlow.analyze(OWNER, method, sites, why::add);

        assertEquals(List.of(), why);
        assertNotEquals(LocalFlow.unanalysed(method.access, method.desc, order(method, sites), true), facts);
        // call 59 loads local 0, which holds the first call's result only
        assertEquals(
                List.of(Set.of(Flow.Token.result(0))), facts.sites().get(59).args());
    }

    /** {@code PLEDGE_DEBUG=1} names the bodies given up, since findings in them rest on the conservative facts. */
    @Test
    void aScanNamesTheBodiesItGaveUpOnInItsDebugLog(@TempDir Path dir) throws Exception {
        ClassNode type = new ClassNode();
        type.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC, OWNER, null, "java/lang/Object", null);
        type.methods.add(body(2_000, 400, new HashMap<>()));
        MethodNode next =
                new MethodNode(Opcodes.ACC_STATIC, "next", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        next.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        next.instructions.add(new InsnNode(Opcodes.ARETURN));
        next.maxLocals = 1;
        next.maxStack = 1;
        type.methods.add(next);
        ClassWriter writer = new ClassWriter(0);
        type.accept(writer);
        Path file = dir.resolve("classes/" + OWNER + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, writer.toByteArray());
        RecordingLogger logger = new RecordingLogger();
        Policy policy = PolicyViews.of(new PolicyLoader().load(List.of(Fixture.XIAOMI_2021)), null);

        new Scanner(logger).scan(new ScanRequest(policy, List.of(dir.resolve("classes")), ScanOptions.defaults()));

        assertEquals(
                List.of(
                        "data flow given up in 1 method body, which gets conservative facts (anything read or given"
                                + " counts as reaching each later call):",
                        "  com.example.Strings.<clinit>()V: too complex to follow (over the budget of 20000000 units)"),
                logger.debug.stream()
                        .filter(line -> line.contains("given up") || line.startsWith("  "))
                        .toList());
    }
}
