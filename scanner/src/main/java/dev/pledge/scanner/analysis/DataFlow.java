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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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

    private static final Comparator<MethodModel> METHOD = Comparator.comparing((MethodModel m) -> m.owner.name)
            .thenComparing(m -> m.name)
            .thenComparing(m -> m.desc);

    private static final Comparator<ReadLabel> READ = Comparator.comparing(ReadLabel::reader, METHOD)
            .thenComparingInt(r -> r.read().line())
            .thenComparing(r -> r.read().match().api());

    /**
     * The order of the sendings: by the method where the data is known (class, name, descriptor), the line
     * there, the SDK call (its method, line and API), then the data: reads (by method, line and API) before
     * fields (by class and name). A finding made once for several sendings names the first.
     */
    public static final Comparator<Sending> ORDER = Comparator.comparing(Sending::at, METHOD)
            .thenComparingInt(Sending::line)
            .thenComparing(s -> s.sink().method(), METHOD)
            .thenComparingInt(s -> s.sink().call().line())
            .thenComparing(s -> s.sink().call().api())
            .thenComparing(Sending::label, DataFlow::compare);

    private static int compare(Label a, Label b) {
        if (a instanceof ReadLabel x && b instanceof ReadLabel y) {
            return READ.compare(x, y);
        }
        if (a instanceof FieldLabel x && b instanceof FieldLabel y) {
            return fieldName(x).compareTo(fieldName(y));
        }
        return a instanceof ReadLabel ? -1 : 1;
    }

    private static String fieldName(FieldLabel label) {
        return label.field().type().name + "." + label.field().field().name;
    }

    private record Value(Set<Label> labels, BitSet params) {
        static Value empty() {
            return new Value(new LinkedHashSet<>(), new BitSet());
        }

        void add(Value other) {
            labels.addAll(other.labels);
            params.or(other.params);
        }
    }

    /**
     * What a method passes on. Most methods pass nothing on: their summary holds shared empty collections
     * until it grows (a 50,000-class app has 200,000 of them).
     */
    private static final class Summary {
        /** The method's number in the list the analysis visits. */
        final int index;

        Set<Label> returns = Set.of();
        BitSet returnParams = NO_PARAMS;
        Map<Integer, Set<Sink>> paramSinks = Map.of();
        Map<Integer, Set<String>> paramFields = Map.of();

        Summary(int index) {
            this.index = index;
        }

        boolean addReturns(Set<Label> labels) {
            if (labels.isEmpty() || returns.containsAll(labels)) {
                return false;
            }
            if (returns.isEmpty()) {
                returns = new LinkedHashSet<>();
            }
            return returns.addAll(labels);
        }

        boolean addReturnParams(BitSet params) {
            BitSet grown = (BitSet) params.clone();
            grown.andNot(returnParams);
            if (grown.isEmpty()) {
                return false;
            }
            grown.or(returnParams);
            returnParams = grown;
            return true;
        }

        boolean addParamSinks(int param, Set<Sink> sinks) {
            if (paramSinks.isEmpty()) {
                paramSinks = new HashMap<>(4);
            }
            return paramSinks.computeIfAbsent(param, k -> new LinkedHashSet<>()).addAll(sinks);
        }

        boolean addParamFields(int param, Set<String> keys) {
            if (paramFields.isEmpty()) {
                paramFields = new HashMap<>(4);
            }
            return paramFields
                    .computeIfAbsent(param, k -> new LinkedHashSet<>())
                    .addAll(keys);
        }
    }

    private static final BitSet NO_PARAMS = new BitSet();

    private final Hierarchy hierarchy;
    private final Linker linker;
    private final Map<MethodModel, Summary> summaries;
    private final Map<Sites.Call, List<MethodModel>> targets;
    private final Map<String, Set<Label>> fields = new HashMap<>();
    private final Map<String, String> fieldKeys = new HashMap<>();
    private final Set<Sending> sendings = new LinkedHashSet<>();
    /** Whether the method being visited grew its own summary. */
    private boolean summaryChanged;
    /** The fields the method being visited grew. */
    private final Set<String> grownFields = new HashSet<>();

    private DataFlow(Hierarchy hierarchy, Linker linker, int methods) {
        this.hierarchy = hierarchy;
        this.linker = linker;
        this.summaries = new IdentityHashMap<>(methods);
        this.targets = new IdentityHashMap<>(methods * 2);
    }

    /**
     * Runs the analysis.
     *
     * @param domain the classified fields of the application's domain classes
     * @return every piece of data that reaches an SDK call, in {@link #ORDER}: the same whatever the order of
     *     the classes
     */
    public static List<Sending> run(
            List<ClassModel> classes, Hierarchy hierarchy, Linker linker, List<DomainData.Classified> domain) {
        List<MethodModel> methods = new ArrayList<>();
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                if (method.flow != null) {
                    methods.add(method);
                }
            }
        }
        DataFlow flow = new DataFlow(hierarchy, linker, methods.size());
        for (int i = 0; i < methods.size(); i++) {
            flow.summaries.put(methods.get(i), new Summary(i));
        }
        for (DomainData.Classified classified : domain) {
            flow.fields
                    .computeIfAbsent(classified.type().name + "." + classified.field().name, k -> new LinkedHashSet<>())
                    .add(new FieldLabel(classified));
        }
        flow.fixpoint(methods);
        List<Sending> sendings = new ArrayList<>(flow.sendings);
        sendings.sort(ORDER);
        return List.copyOf(sendings);
    }

    /**
     * Visits the methods callees first ({@link CallOrder}), so that each is summarised after the methods it
     * calls; inside a strongly connected component (recursion) until no summary of it grows. A method is
     * visited again only when its inputs grew since its last visit: a callee's summary (a later method of
     * its own component), or a field it reads (written by a method visited later). The result does not
     * depend on the order (the analysis is monotone: it computes the least fixpoint), only the work does.
     */
    private void fixpoint(List<MethodModel> methods) {
        int[][] callees = new int[methods.size()][];
        for (int i = 0; i < methods.size(); i++) {
            IntStream.Builder called = IntStream.builder();
            for (Flow.FlowSite site : methods.get(i).flow.sites()) {
                if (site.site() instanceof Sites.Call call) {
                    for (MethodModel target : targets(call)) {
                        Summary callee = summaries.get(target);
                        if (callee != null) {
                            called.add(callee.index);
                        }
                    }
                }
            }
            callees[i] = called.build().sorted().distinct().toArray();
        }
        CallOrder order = CallOrder.of(callees);
        int[] position = new int[methods.size()];
        for (int p = 0; p < order.nodes.length; p++) {
            position[order.nodes[p]] = p;
        }
        List<List<Integer>> callers = new ArrayList<>(methods.size());
        for (int p = 0; p < methods.size(); p++) {
            callers.add(new ArrayList<>(0));
        }
        Map<String, BitSet> readers = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            for (int callee : callees[i]) {
                callers.get(position[callee]).add(position[i]);
            }
            for (String key : fieldsRead(methods.get(i).flow)) {
                readers.computeIfAbsent(key, k -> new BitSet()).set(position[i]);
            }
        }
        BitSet dirty = new BitSet();
        dirty.set(0, methods.size());
        for (int p = dirty.nextSetBit(0); p >= 0; ) {
            int component = order.component[order.nodes[p]];
            int start = order.starts[component];
            int end = order.starts[component + 1];
            for (int q = p; q >= 0; ) {
                dirty.clear(q);
                summaryChanged = false;
                grownFields.clear();
                visit(methods.get(order.nodes[q]));
                if (summaryChanged) {
                    callers.get(q).forEach(dirty::set);
                }
                for (String key : grownFields) {
                    BitSet reading = readers.get(key);
                    if (reading != null) {
                        dirty.or(reading);
                    }
                }
                q = dirty.nextSetBit(q + 1);
                if (q < 0 || q >= end) {
                    q = dirty.nextSetBit(start);
                    q = q >= end ? -1 : q;
                }
            }
            p = dirty.nextSetBit(end);
            if (p < 0) {
                p = dirty.nextSetBit(0); // a field read by a method visited earlier grew
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

    /** The fields a body reads, by {@link #fieldKey}. */
    private Set<String> fieldsRead(Flow facts) {
        Set<Set<Flow.Token>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Set<Flow.Token>> values = new ArrayList<>();
        facts.sites().forEach(site -> values.addAll(site.args()));
        values.add(facts.returns());
        values.addAll(facts.writes().values());
        Set<String> keys = new LinkedHashSet<>();
        for (Set<Flow.Token> tokens : values) {
            if (seen.add(tokens)) {
                for (Flow.Token token : tokens) {
                    if (token.kind() == Flow.Token.Kind.FIELD) {
                        keys.add(fieldKey(token.field()));
                    }
                }
            }
        }
        return keys;
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
            value.params.stream().forEach(p -> changed(summary.addParamFields(p, Set.of(key))));
        });
        Value returned = eval(method, facts.returns(), memo);
        changed(summary.addReturns(returned.labels));
        changed(summary.addReturnParams(returned.params));
    }

    /** An SDK call: the data its arguments carry is sent; parameters that reach it make the method a way there. */
    private void sink(MethodModel method, Flow.FlowSite site, Sink sink, Summary summary, Map<Integer, Value> memo) {
        for (int position = site.instance() ? 1 : 0; position < site.args().size(); position++) {
            Value value = eval(method, site.args().get(position), memo);
            for (Label label : value.labels) {
                sendings.add(new Sending(method, site.site().line(), sink, label));
            }
            value.params.stream().forEach(p -> changed(summary.addParamSinks(p, Set.of(sink))));
        }
    }

    /**
     * A call into analysed code: what its arguments carry goes where the callee sends its parameters.
     */
    private void through(
            MethodModel method, Flow.FlowSite site, Summary callee, Summary summary, Map<Integer, Value> memo) {
        copyIfOwn(callee.paramSinks, callee, summary).forEach((position, sinks) -> {
            if (position < site.args().size()) {
                Value value = eval(method, site.args().get(position), memo);
                for (Label label : value.labels) {
                    for (Sink sink : sinks) {
                        sendings.add(new Sending(method, site.site().line(), sink, label));
                    }
                }
                value.params.stream().forEach(p -> changed(summary.addParamSinks(p, sinks)));
            }
        });
        copyIfOwn(callee.paramFields, callee, summary).forEach((position, keys) -> {
            if (position < site.args().size()) {
                Value value = eval(method, site.args().get(position), memo);
                for (String key : keys) {
                    growField(key, value.labels);
                }
                value.params.stream().forEach(p -> changed(summary.addParamFields(p, keys)));
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

    private void changed(boolean grew) {
        summaryChanged |= grew;
    }

    /** The callee's map, or a copy of it in a recursive call: the caller's own, which grows here. */
    private static <T> Map<Integer, Set<T>> copyIfOwn(Map<Integer, Set<T>> map, Summary callee, Summary summary) {
        return callee == summary ? Map.copyOf(map) : map;
    }

    private void growField(String key, Set<Label> labels) {
        if (fields.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(labels)) {
            grownFields.add(key);
        }
    }
}
