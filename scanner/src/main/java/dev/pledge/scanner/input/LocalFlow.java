// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * The intra-procedural half of the data-flow analysis: runs ASM's {@link Analyzer} over one method with
 * an interpreter whose values are sets of origins ({@link Flow.Token}), and reads off, at each site,
 * where its arguments may come from. A call that is none of the scan's sites (into the JDK or a library
 * that is not scanned) passes its arguments' origins on to its result, and to the object it is called on
 * ({@code builder.append(imei)} taints {@code builder}); so does a constructor; storing into an array
 * taints the array. Conditions are not tracked (a value tested and not passed on carries nothing).
 */
final class LocalFlow {

    private LocalFlow() {}

    /**
     * The method's flow facts; for a body ASM cannot analyse, the conservative ones of
     * {@link #everythingEverywhere}; null for an empty body.
     *
     * @param sites what the scan made of each instruction: a read, an SDK call, calls to scanned code
     * @param givenUp told why, when the body gets the conservative facts: it was over the {@link Origins#BUDGET},
     *     or ASM could not analyse it
     */
    static Flow analyze(
            String owner, MethodNode method, Map<AbstractInsnNode, List<Sites.Site>> sites, Consumer<String> givenUp) {
        if (method.instructions.size() == 0) {
            return null;
        }
        Map<Sites.Site, Integer> index = new IdentityHashMap<>();
        List<Sites.Site> order = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            for (Sites.Site site : sites.getOrDefault(insn, List.of())) {
                index.put(site, order.size());
                order.add(site);
            }
        }
        Origins origins = new Origins(method, sites, index);
        Analyzer<V> analyzer = new Analyzer<>(origins) {
            @Override
            protected Frame<V> newFrame(int locals, int stack) {
                return new TaintFrame(locals, stack, sites, origins);
            }

            @Override
            protected Frame<V> newFrame(Frame<? extends V> frame) {
                TaintFrame copy = new TaintFrame(frame.getLocals(), frame.getMaxStackSize(), sites, origins);
                copy.init(frame);
                return copy;
            }
        };
        Frame<V>[] frames;
        try {
            frames = analyzer.analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            givenUp.accept(why(e));
            return everythingEverywhere(method.access, method.desc, order);
        }
        List<Flow.FlowSite> flowSites = new ArrayList<>(order.size());
        for (Sites.Site site : order) {
            flowSites.add(null);
        }
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            List<Sites.Site> here = sites.get(insn);
            if (here == null) {
                continue;
            }
            Frame<V> frame = frames[i];
            int count = argumentCount(insn);
            boolean instance = insn.getOpcode() != Opcodes.INVOKESTATIC && insn instanceof MethodInsnNode;
            List<Set<Flow.Token>> args = new ArrayList<>(count);
            for (int a = 0; a < count; a++) {
                args.add(frame == null ? Set.of() : frame.getStack(frame.getStackSize() - count + a).tokens);
            }
            for (Sites.Site site : here) {
                flowSites.set(index.get(site), new Flow.FlowSite(site, args, instance));
            }
        }
        return new Flow(flowSites, origins.returns, origins.writes);
    }

    /**
     * The facts of a body that is not runnable code (a DEX method, replayed with only its calls and
     * reads): its sites in order, and whether any instruction moves a value (anything but a static call
     * without arguments or result, and the final {@code return}). A static method without parameters or
     * result whose instructions move no values passes nothing anywhere; any other body gets the facts of
     * {@link #everythingEverywhere}. These are the facts {@link #analyze} gives such a body written as a
     * class file.
     */
    static Flow unanalysed(int access, String desc, List<Sites.Site> order, boolean movesValues) {
        if (movesValues || (access & Opcodes.ACC_STATIC) == 0 || !desc.equals("()V")) {
            return everythingEverywhere(access, desc, order);
        }
        List<Flow.FlowSite> flowSites = new ArrayList<>(order.size());
        for (Sites.Site site : order) {
            flowSites.add(new Flow.FlowSite(site, List.of(), false));
        }
        return new Flow(flowSites, Set.of(), Map.of());
    }

    /**
     * The facts of a body ASM cannot analyse (a DEX method, whose converted body keeps only its calls and
     * reads): whatever the method is given, reads or gets from its calls may go into each call after it
     * and into its result — data read in the method counts as sent by each SDK call after the read.
     */
    private static Flow everythingEverywhere(int access, String desc, List<Sites.Site> order) {
        int params = Type.getArgumentCount(desc) + ((access & Opcodes.ACC_STATIC) == 0 ? 1 : 0);
        Flow.Token[] all = new Flow.Token[params + order.size()];
        int known = 0;
        for (int p = 0; p < params; p++) {
            all[known++] = Flow.Token.param(p);
        }
        // one set for the sites between two results (an SDK call has none), made when a site needs it
        Set<Flow.Token> reaching = null;
        List<Flow.FlowSite> flowSites = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Sites.Site site = order.get(i);
            int count = site instanceof Sites.Call call ? Type.getArgumentCount(call.desc()) + 1 : 1;
            if (reaching == null) {
                reaching = Set.of(Arrays.copyOf(all, known));
            }
            flowSites.add(new Flow.FlowSite(site, Collections.nCopies(count, reaching), false));
            if (!(site instanceof Sites.SdkCall)) {
                all[known++] = Flow.Token.result(i);
                reaching = null;
            }
        }
        return new Flow(flowSites, Set.of(Arrays.copyOf(all, known)), Map.of());
    }

    /** Why a body's analysis failed: over the budget (ASM wraps the interpreter's exception), or what ASM said. */
    private static String why(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Origins.TooComplex) {
                return "too complex to follow (over the budget of " + Origins.BUDGET + " units)";
            }
        }
        return "not analysable (" + e.getMessage() + ")";
    }

    /** How many stack values an instruction takes as its arguments (receiver included). */
    private static int argumentCount(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call) {
            return Type.getArgumentCount(call.desc) + (call.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
        }
        if (insn instanceof InvokeDynamicInsnNode indy) {
            return Type.getArgumentCount(indy.desc);
        }
        if (insn.getOpcode() == Opcodes.GETFIELD) {
            return 1;
        }
        return 0;
    }

    /** A value: its size in slots, and where it may come from. */
    static final class V implements Value {
        final int size;
        final Set<Flow.Token> tokens;

        V(int size, Set<Flow.Token> tokens) {
            this.size = size;
            this.tokens = tokens;
        }

        @Override
        public int getSize() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            // ASM compares each merged value with the one before, most often the same object
            return o == this || o instanceof V v && v.size == size && (v.tokens == tokens || v.tokens.equals(tokens));
        }

        @Override
        public int hashCode() {
            return Objects.hash(size, tokens);
        }
    }

    /** Both sets of origins, without copying when one holds the other. */
    static Set<Flow.Token> union(Set<Flow.Token> a, Set<Flow.Token> b) {
        if (a == b || b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<Flow.Token> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** A frame in which a library call, a constructor or an array store taints the object it changes. */
    private static final class TaintFrame extends Frame<V> {
        private final Map<AbstractInsnNode, List<Sites.Site>> sites;
        private final Origins origins;

        TaintFrame(int locals, int stack, Map<AbstractInsnNode, List<Sites.Site>> sites, Origins origins) {
            super(locals, stack);
            this.sites = sites;
            this.origins = origins;
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<V> interpreter) throws AnalyzerException {
            V changed = null;
            Set<Flow.Token> added = Set.of();
            if (insn instanceof MethodInsnNode call && call.getOpcode() != Opcodes.INVOKESTATIC && mutates(call)) {
                int count = Type.getArgumentCount(call.desc);
                changed = getStack(getStackSize() - count - 1);
                for (int a = 0; a < count; a++) {
                    added = origins.union(added, getStack(getStackSize() - count + a).tokens);
                }
            } else if (insn.getOpcode() == Opcodes.AASTORE) {
                changed = getStack(getStackSize() - 3);
                added = getStack(getStackSize() - 1).tokens;
            }
            super.execute(insn, interpreter);
            if (changed != null && !changed.tokens.containsAll(added)) {
                V tainted = new V(changed.size, origins.union(changed.tokens, added));
                for (int i = 0; i < getLocals(); i++) {
                    if (getLocal(i) == changed) {
                        setLocal(i, tainted);
                    }
                }
                for (int i = 0; i < getStackSize(); i++) {
                    if (getStack(i) == changed) {
                        setStack(i, tainted);
                    }
                }
            }
        }

        /** A library call, or a constructor: what goes in stays in the object. SDK calls and reads change nothing of ours. */
        private boolean mutates(MethodInsnNode call) {
            List<Sites.Site> here = sites.get(call);
            if (here == null) {
                return true;
            }
            return call.name.equals("<init>") && here.stream().allMatch(s -> s instanceof Sites.Call);
        }
    }
}
