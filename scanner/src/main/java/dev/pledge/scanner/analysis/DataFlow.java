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
 * Kotlin property accessor or {@code componentN}), or a property of a projection interface (its
 * getter's result, {@link ProjectionGetters}). Each method gets a summary — which data its result
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

    /** What a value may carry: labels by their number ({@link #id}), and the method's parameters it may come from. */
    private record Value(BitSet labels, BitSet params) {
        static Value empty() {
            return new Value(new BitSet(), new BitSet());
        }

        void add(Value other) {
            labels.or(other.labels);
            params.or(other.params);
        }
    }

    private final Hierarchy hierarchy;
    private final Linker linker;
    private final Map<MethodModel, MethodSummary> summaries;
    /**
     * Every label met, numbered in the order met: the sets the analysis joins over and over are bit sets of these
     * numbers (a join of hash sets of records cost minutes on an SDK whose observers wrap each other).
     */
    private final List<Label> labels = new ArrayList<>();

    private final Map<Label, Integer> ids = new HashMap<>();
    private final Map<String, BitSet> fields = new HashMap<>();
    private final FieldKeys fieldKeys;
    /** The getters of projection interfaces' properties: a call of one is a read of the property. */
    private Map<MethodModel, FieldLabel> getters = Map.of();

    private final Set<Sending> sendings = new LinkedHashSet<>();
    /** What the method being visited grew. */
    private final Fixpoint.Growth grown = new Fixpoint.Growth();

    private DataFlow(Hierarchy hierarchy, Linker linker, int methods) {
        this.hierarchy = hierarchy;
        this.linker = linker;
        this.fieldKeys = new FieldKeys(hierarchy);
        this.summaries = new IdentityHashMap<>(methods);
    }

    /**
     * Runs the analysis.
     *
     * @param domain the classified fields of the application's domain classes
     * @return every piece of data that reaches an SDK call, in {@link SendingOrder}: the same whatever the order of
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
        List<MethodSummary> nodes = new ArrayList<>(methods.size());
        for (int i = 0; i < methods.size(); i++) {
            MethodSummary summary = new MethodSummary(i, methods.get(i));
            nodes.add(summary);
            flow.summaries.put(summary.method, summary);
        }
        List<FieldLabel> domainLabels = new ArrayList<>(domain.size());
        for (DomainData.Classified classified : domain) {
            FieldLabel label = new FieldLabel(classified);
            domainLabels.add(label);
            flow.fields.computeIfAbsent(classified.key(), k -> new BitSet()).set(flow.id(label));
        }
        flow.getters = ProjectionGetters.of(domainLabels);
        nodes.forEach(flow::resolve);
        if (nodes.stream().noneMatch(DataFlow::callsAnSdk)) {
            return List.of(); // data can reach no SDK: nothing to follow (a server library, a folder of jars)
        }
        Fixpoint.run(nodes, flow.fieldKeys, flow.grown, flow::visit);
        List<Sending> sendings = new ArrayList<>(flow.sendings);
        sendings.sort(SendingOrder.ORDER);
        return List.copyOf(sendings);
    }

    /** The number of a label, given when first met. */
    private int id(Label label) {
        Integer known = ids.get(label);
        if (known != null) {
            return known;
        }
        labels.add(label);
        ids.put(label, labels.size() - 1);
        return labels.size() - 1;
    }

    /** Whether a method calls an SDK, itself or through a member it inherits from an SDK class. */
    private static boolean callsAnSdk(MethodSummary summary) {
        List<Flow.FlowSite> sites = summary.method.flow.sites();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).site() instanceof Sites.SdkCall
                    || (summary.calls[i] != null && summary.calls[i].sdkCall() != null)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves a method's call sites once: what they may run, and what they reach through SDK classes. */
    private void resolve(MethodSummary summary) {
        List<Flow.FlowSite> sites = summary.method.flow.sites();
        summary.calls = new MethodSummary.Call[sites.size()];
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).site() instanceof Sites.Call call) {
                List<MethodModel> targets = hierarchy.targets(call);
                MethodSummary[] callees = new MethodSummary[targets.size()];
                for (int t = 0; t < callees.length; t++) {
                    callees[t] = summaries.get(targets.get(t));
                }
                summary.calls[i] = new MethodSummary.Call(
                        targets, callees, linker.inheritedSdkCall(call), linker.inheritedRead(call));
            }
        }
    }

    private void visit(MethodSummary summary) {
        MethodModel method = summary.method;
        Flow facts = method.flow;
        Value[] memo = new Value[facts.sites().size()];
        for (int i = 0; i < memo.length; i++) {
            Flow.FlowSite site = facts.sites().get(i);
            if (site.site() instanceof Sites.SdkCall call) {
                sink(summary, site, new Sink(method, call), memo);
            } else if (summary.calls[i] != null) {
                MethodSummary.Call call = summary.calls[i];
                if (call.sdkCall() != null) {
                    sink(summary, site, new Sink(method, call.sdkCall()), memo);
                }
                for (MethodSummary callee : call.callees()) {
                    if (callee != null) {
                        through(summary, site, callee, memo);
                    }
                }
            }
        }
        facts.writes().forEach((field, tokens) -> {
            Value value = eval(summary, tokens, memo);
            String key = fieldKeys.key(field);
            growField(key, value.labels);
            for (int p = value.params.nextSetBit(0); p >= 0; p = value.params.nextSetBit(p + 1)) {
                growField(key, summary.paramLabels(p));
            }
            changed(summary.addFieldParams(value.params));
        });
        Value returned = eval(summary, facts.returns(), memo);
        changed(summary.addReturns(returned.labels));
        changed(summary.addReturnParams(returned.params));
    }

    /** An SDK call: the data its arguments carry is sent; parameters that reach it make the method a way there. */
    private void sink(MethodSummary summary, Flow.FlowSite site, Sink sink, Value[] memo) {
        for (int position = site.instance() ? 1 : 0; position < site.args().size(); position++) {
            Value value = eval(summary, site.args().get(position), memo);
            for (int l = value.labels.nextSetBit(0); l >= 0; l = value.labels.nextSetBit(l + 1)) {
                sendings.add(new Sending(summary.method, site.site().line(), sink, labels.get(l)));
            }
            value.params.stream().forEach(p -> changed(summary.addParamSinks(p, Set.of(sink))));
        }
    }

    /**
     * A call into analysed code: what its arguments carry goes where the callee sends its parameters: into SDK calls
     * (sent from here), and into fields (through the callee's parameters, which pass it on to them).
     */
    private void through(MethodSummary summary, Flow.FlowSite site, MethodSummary callee, Value[] memo) {
        if (callee.paramSinks.isEmpty() && callee.fieldParams.isEmpty()) {
            return; // most callees pass nothing on (an interface's thousand implementations each visit)
        }
        copyIfOwn(callee.paramSinks, callee, summary).forEach((position, sinks) -> {
            if (position < site.args().size()) {
                Value value = eval(summary, site.args().get(position), memo);
                for (int l = value.labels.nextSetBit(0); l >= 0; l = value.labels.nextSetBit(l + 1)) {
                    for (Sink sink : sinks) {
                        sendings.add(new Sending(summary.method, site.site().line(), sink, labels.get(l)));
                    }
                }
                value.params.stream().forEach(p -> changed(summary.addParamSinks(p, sinks)));
            }
        });
        BitSet toFields = callee.fieldParams;
        for (int position = toFields.nextSetBit(0);
                position >= 0 && position < site.args().size();
                position = toFields.nextSetBit(position + 1)) {
            Value value = eval(summary, site.args().get(position), memo);
            passInto(callee, position, value.labels);
            for (int p = value.params.nextSetBit(0); p >= 0; p = value.params.nextSetBit(p + 1)) {
                passInto(callee, position, summary.paramLabels(p));
            }
            changed(summary.addFieldParams(value.params));
        }
    }

    /** Data passed into a parameter that reaches fields. */
    private void passInto(MethodSummary callee, int param, BitSet passed) {
        if (callee.addParamLabels(param, passed)) {
            grown.params.add(callee);
        }
    }

    /** What a value with these origins may carry, in the method. */
    private Value eval(MethodSummary summary, Set<Flow.Token> tokens, Value[] memo) {
        Value value = Value.empty();
        for (Flow.Token token : tokens) {
            switch (token.kind()) {
                case PARAM -> value.params.set(token.index());
                case FIELD -> {
                    BitSet field = fields.get(fieldKeys.key(token.field()));
                    if (field != null) {
                        value.labels.or(field);
                    }
                }
                case RESULT -> value.add(result(summary, token.index(), memo));
            }
        }
        return value;
    }

    /** What the result of a site may carry: a read's data, or what the called methods return. */
    private Value result(MethodSummary summary, int index, Value[] memo) {
        Value known = memo[index];
        if (known != null) {
            return known;
        }
        Value value = Value.empty();
        memo[index] = value; // a loop that feeds a result back into its own call adds nothing new
        Flow.FlowSite site = summary.method.flow.sites().get(index);
        MethodSummary.Call call = summary.calls[index];
        if (site.site() instanceof Sites.Read read) {
            value.labels.set(id(new ReadLabel(summary.method, read)));
        } else if (call != null) {
            if (call.read() != null) {
                value.labels.set(id(new ReadLabel(summary.method, call.read())));
            }
            boolean opaque = call.targets().isEmpty() && call.read() == null;
            for (int t = 0; t < call.callees().length; t++) {
                MethodSummary callee = call.callees()[t];
                if (callee == null) {
                    // code the analysis does not read: what goes in may come out, and what it reads itself
                    opaque = true;
                    MethodModel target = call.targets().get(t);
                    for (Sites.Read read : target.reads()) {
                        value.labels.set(id(new ReadLabel(target, read)));
                    }
                    FieldLabel property = getters.get(target);
                    if (property != null) {
                        value.labels.set(id(property));
                    }
                    continue;
                }
                value.labels.or(callee.returns);
                BitSet passed = callee.returnParams;
                for (int p = passed.nextSetBit(0); p >= 0 && p < site.args().size(); p = passed.nextSetBit(p + 1)) {
                    value.add(eval(summary, site.args().get(p), memo));
                }
            }
            if (opaque) {
                for (Set<Flow.Token> arg : site.args()) {
                    value.add(eval(summary, arg, memo));
                }
            }
        }
        return value;
    }

    private void changed(boolean grew) {
        grown.summary |= grew;
    }

    /** The callee's map, or a copy of it in a recursive call: the caller's own, which grows here. */
    private static <T> Map<Integer, Set<T>> copyIfOwn(
            Map<Integer, Set<T>> map, MethodSummary callee, MethodSummary summary) {
        return callee == summary ? Map.copyOf(map) : map;
    }

    private void growField(String key, BitSet added) {
        if (added.isEmpty()) {
            return;
        }
        if (MethodSummary.grow(fields.computeIfAbsent(key, k -> new BitSet()), added)) {
            grown.fields.add(key);
        }
    }
}
