// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.input.LocalFlow.V;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Sites;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * {@link LocalFlow}'s interpreter for ASM's analyzer: its values ({@link LocalFlow.V}) are sets of origins — a
 * parameter, a site's result, a field — and it records where the method's return value and its field writes come
 * from.
 */
final class Origins extends Interpreter<V> {
    private static final Set<Flow.Token> NONE = Set.of();

    /**
     * How much joining of origin sets a body may take before it is given up as too complex ({@link TooComplex}; its
     * facts are then {@link LocalFlow}'s conservative ones): counted in set elements copied or compared. Of the 3.1
     * million methods of the catalogue's 271 SDK artifacts, five go over: two obfuscated static initialisers of
     * AppsFlyer's SDK (7,000 instructions in 840 exception handlers, 77 locals; 15 s each before), two generated
     * JSON mappers of Datadog's (4,150 instructions building one object; 2.6 s and a gigabyte) and one method of
     * Google's ads SDK. The costliest below it (Datadog's other mappers, 19 million) take about 0.4 s.
     */
    static final long BUDGET = 20_000_000;

    /** A body whose analysis would take more than the {@link #BUDGET}. */
    static final class TooComplex extends RuntimeException {
        TooComplex() {
            super("too complex to follow", null, false, false);
        }
    }

    private final Map<AbstractInsnNode, List<Sites.Site>> sites;
    private final Map<Sites.Site, Integer> index;
    private final Map<Integer, Integer> positionOfLocal = new HashMap<>();
    final Set<Flow.Token> returns = new HashSet<>();
    final Map<String, Set<Flow.Token>> writes = new LinkedHashMap<>();
    /** The work done so far, against the {@link #BUDGET}. */
    private long work;

    Origins(MethodNode method, Map<AbstractInsnNode, List<Sites.Site>> sites, Map<Sites.Site, Integer> index) {
        super(ClassParser.API);
        this.sites = sites;
        this.index = index;
        int local = 0;
        int position = 0;
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            positionOfLocal.put(local++, position++);
        }
        for (Type type : Type.getArgumentTypes(method.desc)) {
            positionOfLocal.put(local, position++);
            local += type.getSize();
        }
    }

    private static V value(int size, Set<Flow.Token> tokens) {
        return new V(size, tokens);
    }

    /** The tokens for the results of the sites at an instruction that give data (reads, calls into scanned code). */
    private Set<Flow.Token> results(AbstractInsnNode insn) {
        List<Sites.Site> here = sites.get(insn);
        if (here == null) {
            return NONE;
        }
        Set<Flow.Token> tokens = new HashSet<>();
        for (Sites.Site site : here) {
            if (!(site instanceof Sites.SdkCall)) {
                tokens.add(Flow.Token.result(index.get(site)));
            }
        }
        return Set.copyOf(tokens);
    }

    @Override
    public V newValue(Type type) {
        if (type == Type.VOID_TYPE) {
            return null;
        }
        return value(type == null ? 1 : type.getSize(), NONE);
    }

    @Override
    public V newParameterValue(boolean isInstanceMethod, int local, Type type) {
        Integer position = positionOfLocal.get(local);
        return value(type.getSize(), position == null ? NONE : Set.of(Flow.Token.param(position)));
    }

    @Override
    public V newOperation(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 -> value(2, NONE);
            case Opcodes.LDC -> {
                Object constant = ((LdcInsnNode) insn).cst;
                yield value(constant instanceof Long || constant instanceof Double ? 2 : 1, results(insn));
            }
            case Opcodes.GETSTATIC -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                yield value(
                        Type.getType(field.desc).getSize(),
                        union(results(insn), Set.of(Flow.Token.field(field.owner, field.name))));
            }
            default -> value(1, NONE);
        };
    }

    @Override
    public V copyOperation(AbstractInsnNode insn, V value) {
        return value;
    }

    @Override
    public V unaryOperation(AbstractInsnNode insn, V value) {
        return switch (insn.getOpcode()) {
            case Opcodes.LNEG,
                    Opcodes.DNEG,
                    Opcodes.I2L,
                    Opcodes.I2D,
                    Opcodes.L2D,
                    Opcodes.F2L,
                    Opcodes.F2D,
                    Opcodes.D2L -> value(2, value.tokens);
            case Opcodes.GETFIELD -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                yield value(
                        Type.getType(field.desc).getSize(),
                        union(results(insn), Set.of(Flow.Token.field(field.owner, field.name))));
            }
            case Opcodes.PUTSTATIC -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                write(field, value);
                yield null;
            }
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.INSTANCEOF, Opcodes.ARRAYLENGTH -> value(1, NONE);
            case Opcodes.CHECKCAST,
                    Opcodes.INEG,
                    Opcodes.FNEG,
                    Opcodes.IINC,
                    Opcodes.L2I,
                    Opcodes.L2F,
                    Opcodes.F2I,
                    Opcodes.I2F,
                    Opcodes.I2B,
                    Opcodes.I2C,
                    Opcodes.I2S,
                    Opcodes.D2I,
                    Opcodes.D2F -> value(1, value.tokens);
            default -> null;
        };
    }

    private void write(FieldInsnNode field, V value) {
        if (!value.tokens.isEmpty()) {
            writes.merge(field.owner + "." + field.name, value.tokens, LocalFlow::union);
        }
    }

    @Override
    public V binaryOperation(AbstractInsnNode insn, V value1, V value2) {
        return switch (insn.getOpcode()) {
            case Opcodes.LALOAD,
                    Opcodes.DALOAD,
                    Opcodes.LADD,
                    Opcodes.DADD,
                    Opcodes.LSUB,
                    Opcodes.DSUB,
                    Opcodes.LMUL,
                    Opcodes.DMUL,
                    Opcodes.LDIV,
                    Opcodes.DDIV,
                    Opcodes.LREM,
                    Opcodes.DREM,
                    Opcodes.LSHL,
                    Opcodes.LSHR,
                    Opcodes.LUSHR,
                    Opcodes.LAND,
                    Opcodes.LOR,
                    Opcodes.LXOR -> value(2, union(value1.tokens, value2.tokens));
            case Opcodes.PUTFIELD -> {
                write((FieldInsnNode) insn, value2);
                yield null;
            }
            case Opcodes.IF_ICMPEQ,
                    Opcodes.IF_ICMPNE,
                    Opcodes.IF_ICMPLT,
                    Opcodes.IF_ICMPGE,
                    Opcodes.IF_ICMPGT,
                    Opcodes.IF_ICMPLE,
                    Opcodes.IF_ACMPEQ,
                    Opcodes.IF_ACMPNE -> null;
            case Opcodes.LCMP, Opcodes.FCMPL, Opcodes.FCMPG, Opcodes.DCMPL, Opcodes.DCMPG -> value(1, NONE);
            default -> value(1, union(value1.tokens, value2.tokens));
        };
    }

    @Override
    public V ternaryOperation(AbstractInsnNode insn, V value1, V value2, V value3) {
        return null;
    }

    @Override
    public V naryOperation(AbstractInsnNode insn, List<? extends V> values) {
        if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
            return value(1, NONE);
        }
        Set<Flow.Token> tokens = results(insn);
        int size = 1;
        if (insn instanceof MethodInsnNode call) {
            size = Math.max(1, Type.getReturnType(call.desc).getSize());
            List<Sites.Site> here = sites.get(insn);
            if (here == null) {
                // a library call: what goes in may come out
                for (V value : values) {
                    tokens = union(tokens, value.tokens);
                }
            }
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            size = Math.max(1, Type.getReturnType(indy.desc).getSize());
            // a lambda carries what it captures; a string concatenation what it joins
            for (V value : values) {
                tokens = union(tokens, value.tokens);
            }
        }
        return value(size, tokens);
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, V value, V expected) {
        returns.addAll(value.tokens);
    }

    /** {@link LocalFlow#union}, counting the work against the {@link #BUDGET}. */
    Set<Flow.Token> union(Set<Flow.Token> a, Set<Flow.Token> b) {
        Set<Flow.Token> both = LocalFlow.union(a, b);
        spend(1 + b.size() + (both == a || both == b ? 0 : both.size()));
        return both;
    }

    private void spend(long amount) {
        work += amount;
        if (work > BUDGET) {
            throw new TooComplex();
        }
    }

    @Override
    public V merge(V value1, V value2) {
        spend(1 + value2.tokens.size());
        if (value1.size == value2.size
                && (value1.tokens == value2.tokens || value1.tokens.containsAll(value2.tokens))) {
            return value1;
        }
        return value(Math.min(value1.size, value2.size), union(value1.tokens, value2.tokens));
    }
}
