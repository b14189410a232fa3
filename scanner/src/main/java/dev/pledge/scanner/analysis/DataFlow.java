// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which data reaches which SDK call: an inter-procedural data-flow analysis over the application's own
 * methods, on the facts {@link Flow} gives for each body. Data is a {@link Label}: a read of a data
 * source, or a field of a domain class that holds personal data (read directly, through its getter, a
 * Kotlin property accessor or {@code componentN}). Each method gets a summary — which data its result
 * may carry, which parameters flow into its result, into SDK calls and into fields — and summaries are
 * joined at call sites until nothing changes (a fixpoint: recursion and loops are fine). Fields are one
 * place each, whatever the object (flow-insensitive). Calls into code the analysis does not read
 * (dependencies, the JDK) pass their arguments on to their result, and a dependency method that reads
 * a source itself returns that data.
 *
 * <p>Not followed: reflection, values passed through collections a library keeps (a queue read
 * elsewhere), callbacks a library makes with data of its own, and flows inside dependency code.
 */
public final class DataFlow {

    /** Data a value may carry. */
    public sealed interface Label permits ReadLabel, FieldLabel {
        /** The policy items it is (one of them); empty when no item declares it. */
        List<String> items(SourceIndex sources);
    }

    /** Data read from a source by {@code reader}. */
    public record ReadLabel(MethodModel reader, Sites.Read read) implements Label {
        @Override
        public List<String> items(SourceIndex sources) {
            return read.match().items();
        }
    }

    /** Data held in a field of a domain class. */
    public record FieldLabel(DomainData.Classified field) implements Label {
        @Override
        public List<String> items(SourceIndex sources) {
            return sources.itemsCovering(field.concept().id());
        }
    }

    /** An SDK call, in the method that makes it. */
    public record Sink(MethodModel method, Sites.SdkCall call) {}

    /**
     * Data that reaches an SDK call.
     *
     * @param at the method where the data is known: it reads the data, or gets it from a method it calls
     *        or a field, and passes it on towards the sink (or calls the SDK itself)
     * @param line the line in {@code at}: of the SDK call, or of the call that leads to it
     */
    public record Sending(MethodModel at, int line, Sink sink, Label label) {}

    private record Value(Set<Label> labels, BitSet params) {
        static Value empty() {
            return new Value(new LinkedHashSet<>(), new BitSet());
        }

        void add(Value other) {
            labels.addAll(other.labels);
            params.or(other.params);
        }
    }

    private static final class Summary {
        final Set<Label> returns = new LinkedHashSet<>();
        final BitSet returnParams = new BitSet();
        final Map<Integer, Set<Sink>> paramSinks = new HashMap<>();
        final Map<Integer, Set<String>> paramFields = new HashMap<>();
    }

    private final Hierarchy hierarchy;
    private final Linker linker;
    private final Map<MethodModel, Summary> summaries = new IdentityHashMap<>();
    private final Map<Sites.Call, List<MethodModel>> targets = new IdentityHashMap<>();
    private final Map<String, Set<Label>> fields = new HashMap<>();
    private final Map<String, String> fieldKeys = new HashMap<>();
    private final Set<Sending> sendings = new LinkedHashSet<>();
    /** Whether the method being visited grew its own summary, or grew a field. */
    private boolean summaryChanged;

    private boolean fieldsChanged;

    private DataFlow(Hierarchy hierarchy, Linker linker) {
        this.hierarchy = hierarchy;
        this.linker = linker;
    }

    /**
     * Runs the analysis.
     *
     * @param domain the classified fields of the application's domain classes
     * @return every piece of data that reaches an SDK call, in the order found
     */
    public static List<Sending> run(
            List<ClassModel> classes, Hierarchy hierarchy, Linker linker, List<DomainData.Classified> domain) {
        DataFlow flow = new DataFlow(hierarchy, linker);
        for (DomainData.Classified classified : domain) {
            flow.fields
                    .computeIfAbsent(classified.type().name + "." + classified.field().name, k -> new LinkedHashSet<>())
                    .add(new FieldLabel(classified));
        }
        List<MethodModel> methods = new ArrayList<>();
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                if (method.flow != null) {
                    methods.add(method);
                    flow.summaries.put(method, new Summary());
                }
            }
        }
        flow.fixpoint(methods);
        return List.copyOf(flow.sendings);
    }

    /**
     * Visits the methods in order, round after round, until no summary or field grows. A round visits only
     * the methods whose inputs grew since their last visit (a callee's summary, or a field, for the methods
     * that read fields): visiting any other adds nothing, so the result, and the order of the sendings,
     * are those of visiting every method each round.
     */
    private void fixpoint(List<MethodModel> methods) {
        Map<MethodModel, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            index.put(methods.get(i), i);
        }
        List<List<Integer>> callers = new ArrayList<>(methods.size());
        BitSet fieldReaders = new BitSet();
        for (int i = 0; i < methods.size(); i++) {
            callers.add(new ArrayList<>(0));
        }
        for (int i = 0; i < methods.size(); i++) {
            Flow facts = methods.get(i).flow;
            for (Flow.FlowSite site : facts.sites()) {
                if (site.site() instanceof Sites.Call call) {
                    for (MethodModel target : targets(call)) {
                        Integer callee = index.get(target);
                        if (callee != null) {
                            callers.get(callee).add(i);
                        }
                    }
                }
            }
            if (readsFields(facts)) {
                fieldReaders.set(i);
            }
        }
        BitSet dirty = new BitSet();
        dirty.set(0, methods.size());
        while (!dirty.isEmpty()) {
            for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) {
                dirty.clear(i);
                summaryChanged = false;
                fieldsChanged = false;
                visit(methods.get(i));
                if (summaryChanged) {
                    callers.get(i).forEach(dirty::set);
                }
                if (fieldsChanged) {
                    dirty.or(fieldReaders);
                }
            }
        }
    }

    /** The methods a call may run, by the call itself: cheaper than resolving its key at each visit. */
    private List<MethodModel> targets(Sites.Call call) {
        List<MethodModel> known = targets.get(call);
        if (known == null) {
            known = hierarchy.targets(call);
            targets.put(call, known);
        }
        return known;
    }

    private static boolean readsFields(Flow facts) {
        Set<Set<Flow.Token>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Set<Flow.Token>> values = new ArrayList<>();
        facts.sites().forEach(site -> values.addAll(site.args()));
        values.add(facts.returns());
        values.addAll(facts.writes().values());
        for (Set<Flow.Token> tokens : values) {
            if (seen.add(tokens)) {
                for (Flow.Token token : tokens) {
                    if (token.kind() == Flow.Token.Kind.FIELD) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void visit(MethodModel method) {
        Flow facts = method.flow;
        Summary summary = summaries.get(method);
        Map<Integer, Value> memo = new HashMap<>();
        for (Flow.FlowSite site : facts.sites()) {
            if (site.site() instanceof Sites.SdkCall call) {
                sink(method, site, new Sink(method, call), summary, memo);
            } else if (site.site() instanceof Sites.Call call) {
                Sites.SdkCall inherited = linker.inheritedSdkCall(call);
                if (inherited != null) {
                    sink(method, site, new Sink(method, inherited), summary, memo);
                }
                for (MethodModel target : targets(call)) {
                    Summary callee = summaries.get(target);
                    if (callee != null) {
                        through(method, site, callee, summary, memo);
                    }
                }
            }
        }
        facts.writes().forEach((field, tokens) -> {
            Value value = eval(method, tokens, memo);
            String key = fieldKey(field);
            growField(key, value.labels);
            value.params.stream()
                    .forEach(
                            p -> grow(summary.paramFields.computeIfAbsent(p, k -> new LinkedHashSet<>()), Set.of(key)));
        });
        Value returned = eval(method, facts.returns(), memo);
        grow(summary.returns, returned.labels);
        if (!bitsContain(summary.returnParams, returned.params)) {
            summary.returnParams.or(returned.params);
            summaryChanged = true;
        }
    }

    /** An SDK call: the data its arguments carry is sent; parameters that reach it make the method a way there. */
    private void sink(MethodModel method, Flow.FlowSite site, Sink sink, Summary summary, Map<Integer, Value> memo) {
        for (int position = site.instance() ? 1 : 0; position < site.args().size(); position++) {
            Value value = eval(method, site.args().get(position), memo);
            for (Label label : value.labels) {
                sendings.add(new Sending(method, site.site().line(), sink, label));
            }
            value.params.stream()
                    .forEach(
                            p -> grow(summary.paramSinks.computeIfAbsent(p, k -> new LinkedHashSet<>()), Set.of(sink)));
        }
    }

    /**
     * A call into analysed code: what its arguments carry goes where the callee sends its parameters.
     * The callee's summary is read from a copy: in a recursive call it is the caller's, which grows here.
     */
    private void through(
            MethodModel method, Flow.FlowSite site, Summary callee, Summary summary, Map<Integer, Value> memo) {
        Map.copyOf(callee.paramSinks).forEach((position, sinks) -> {
            if (position < site.args().size()) {
                Value value = eval(method, site.args().get(position), memo);
                for (Label label : value.labels) {
                    for (Sink sink : sinks) {
                        sendings.add(new Sending(method, site.site().line(), sink, label));
                    }
                }
                value.params.stream()
                        .forEach(p -> grow(summary.paramSinks.computeIfAbsent(p, k -> new LinkedHashSet<>()), sinks));
            }
        });
        Map.copyOf(callee.paramFields).forEach((position, keys) -> {
            if (position < site.args().size()) {
                Value value = eval(method, site.args().get(position), memo);
                for (String key : keys) {
                    growField(key, value.labels);
                }
                value.params.stream()
                        .forEach(p -> grow(summary.paramFields.computeIfAbsent(p, k -> new LinkedHashSet<>()), keys));
            }
        });
    }

    /** What a value with these origins may carry, in {@code method}. */
    private Value eval(MethodModel method, Set<Flow.Token> tokens, Map<Integer, Value> memo) {
        Value value = Value.empty();
        for (Flow.Token token : tokens) {
            switch (token.kind()) {
                case PARAM -> value.params.set(token.index());
                case FIELD -> value.labels.addAll(fields.getOrDefault(fieldKey(token.field()), Set.of()));
                case RESULT -> value.add(result(method, token.index(), memo));
            }
        }
        return value;
    }

    /** What the result of a site may carry: a read's data, or what the called methods return. */
    private Value result(MethodModel method, int index, Map<Integer, Value> memo) {
        Value known = memo.get(index);
        if (known != null) {
            return known;
        }
        Value value = Value.empty();
        memo.put(index, value); // a loop that feeds a result back into its own call adds nothing new
        Flow.FlowSite site = method.flow.sites().get(index);
        if (site.site() instanceof Sites.Read read) {
            value.labels.add(new ReadLabel(method, read));
        } else if (site.site() instanceof Sites.Call call) {
            Sites.Read inherited = linker.inheritedRead(call);
            if (inherited != null) {
                value.labels.add(new ReadLabel(method, inherited));
            }
            List<MethodModel> targets = targets(call);
            boolean opaque = targets.isEmpty() && inherited == null;
            for (MethodModel target : targets) {
                Summary callee = summaries.get(target);
                if (callee == null) {
                    // code the analysis does not read: what goes in may come out, and what it reads itself
                    opaque = true;
                    for (Sites.Read read : target.reads()) {
                        value.labels.add(new ReadLabel(target, read));
                    }
                    continue;
                }
                value.labels.addAll(callee.returns);
                callee.returnParams.stream().forEach(p -> {
                    if (p < site.args().size()) {
                        value.add(eval(method, site.args().get(p), memo));
                    }
                });
            }
            if (opaque) {
                for (Set<Flow.Token> arg : site.args()) {
                    value.add(eval(method, arg, memo));
                }
            }
        }
        return value;
    }

    /** A field by the class that declares it: {@code Owner.telephone} read through a subclass is still one field. */
    private String fieldKey(String field) {
        return fieldKeys.computeIfAbsent(field, f -> {
            int dot = f.lastIndexOf('.');
            String name = f.substring(dot + 1);
            Set<String> seen = new java.util.HashSet<>();
            for (ClassModel type = hierarchy.get(f.substring(0, dot));
                    type != null && seen.add(type.name);
                    type = type.superName == null ? null : hierarchy.get(type.superName)) {
                if (type.field(name) != null) {
                    return type.name + "." + name;
                }
            }
            return f;
        });
    }

    /** Grows a set of the visited method's own summary. */
    private <T> void grow(Set<T> set, Set<T> more) {
        if (set.addAll(more)) {
            summaryChanged = true;
        }
    }

    private void growField(String key, Set<Label> labels) {
        if (fields.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(labels)) {
            fieldsChanged = true;
        }
    }

    private static boolean bitsContain(BitSet bits, BitSet more) {
        BitSet copy = (BitSet) more.clone();
        copy.andNot(bits);
        return copy.isEmpty();
    }
}
