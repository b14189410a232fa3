// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one method of the application passes on, for {@link DataFlow}: which data its result may carry,
 * which parameters flow into its result, into SDK calls and into fields, and what data its callers pass
 * into the parameters that reach fields. It also holds its call sites
 * resolved once, so that a visit looks nothing up. Most methods pass nothing on: their summary holds shared
 * empty collections until it grows (a 50,000-class app has 200,000 of them). Not thread-safe.
 */
final class MethodSummary {

    private static final BitSet NO_PARAMS = new BitSet();

    /**
     * A call site, resolved.
     *
     * @param targets the methods it may run
     * @param callees the summary of each target, null for a target the analysis does not read
     * @param sdkCall the SDK call it makes through a member inherited from an SDK class, or null
     * @param read the source it reads through such a member, or null
     */
    record Call(List<MethodModel> targets, MethodSummary[] callees, Sites.SdkCall sdkCall, Sites.Read read) {}

    /** The method's number in the list the analysis visits. */
    final int index;

    final MethodModel method;
    /** The method's sites, by their index in its {@link dev.pledge.scanner.model.Flow}: null for a site that is no call. */
    Call[] calls;

    /** The labels its result may carry, by number (never changed in place: a recursive call may be reading it). */
    BitSet returns = NO_PARAMS;

    BitSet returnParams = NO_PARAMS;
    Map<Integer, Set<DataFlow.Sink>> paramSinks = Map.of();
    /** The parameters whose value reaches a field, here or in a method it calls. */
    BitSet fieldParams = NO_PARAMS;
    /**
     * The data callers pass into each of the {@link #fieldParams}: whatever the caller, it ends up in the same fields
     * (fields are one place each), so it is gathered here, not carried back to every caller as the fields' names.
     */
    Map<Integer, BitSet> paramLabels = Map.of();

    MethodSummary(int index, MethodModel method) {
        this.index = index;
        this.method = method;
    }

    boolean addReturns(BitSet labels) {
        BitSet grown = union(returns, labels);
        if (grown == null) {
            return false;
        }
        returns = grown;
        return true;
    }

    /** Replaces the set rather than growing it: a recursive call may be reading it. */
    boolean addReturnParams(BitSet params) {
        BitSet grown = union(returnParams, params);
        if (grown == null) {
            return false;
        }
        returnParams = grown;
        return true;
    }

    /** Replaces the set rather than growing it, as {@link #addReturnParams}. */
    boolean addFieldParams(BitSet params) {
        BitSet grown = union(fieldParams, params);
        if (grown == null) {
            return false;
        }
        fieldParams = grown;
        return true;
    }

    /** {@code known} with {@code more}, or null when {@code more} adds nothing. */
    private static BitSet union(BitSet known, BitSet more) {
        if (more.isEmpty()) {
            return null; // the common case: a copy for it was most of the analysis's garbage
        }
        BitSet grown = (BitSet) more.clone();
        grown.andNot(known);
        if (grown.isEmpty()) {
            return null;
        }
        grown.or(known);
        return grown;
    }

    boolean addParamLabels(int param, BitSet labels) {
        if (labels.isEmpty()) {
            return false;
        }
        if (paramLabels.isEmpty()) {
            paramLabels = new HashMap<>(4);
        }
        return grow(paramLabels.computeIfAbsent(param, k -> new BitSet()), labels);
    }

    /** Adds {@code added} to {@code into}, in place; whether that grew it. */
    static boolean grow(BitSet into, BitSet added) {
        int before = into.cardinality();
        into.or(added);
        return into.cardinality() != before;
    }

    /** The labels callers pass into a parameter: never to be changed by the caller. */
    BitSet paramLabels(int param) {
        return paramLabels.getOrDefault(param, NO_PARAMS);
    }

    boolean addParamSinks(int param, Set<DataFlow.Sink> sinks) {
        if (paramSinks.isEmpty()) {
            paramSinks = new HashMap<>(4);
        }
        return paramSinks.computeIfAbsent(param, k -> new LinkedHashSet<>()).addAll(sinks);
    }
}
