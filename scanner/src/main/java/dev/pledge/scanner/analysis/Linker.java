// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Flow;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * Completes each method's reads and SDK calls with those it makes through members that scanned
 * classes only inherit: {@code myTelephony.getImei()} on a scanned subclass of
 * {@code TelephonyManager} reads the IMEI; {@code banner.loadAd()} on a scanned subclass of an SDK's
 * view calls the SDK. And a property is one source whichever accessor reads it: when a policy source
 * names one accessor of a field of the application's classes ({@code Customer.getPhone}), a call of
 * another that returns the same field reads it too (Kotlin's {@code component2()} when a data class is
 * destructured, {@code val (_, phone) = customer}; a record's {@code phone()}).
 */
public final class Linker {

    /**
     * What calls of one key read or call through inheritance, and the source a call of an accessor reads as
     * another accessor of the same field ({@link #property}; looked for only when nothing is inherited).
     */
    private record Inherited(Sites.Read read, SdkIndex.Match sdk, String sdkApi, SourceIndex.Match property) {

        Inherited withProperty(SourceIndex.Match property) {
            return property == null ? this : new Inherited(read, sdk, sdkApi, property);
        }
    }

    private static final Inherited NOTHING = new Inherited(null, null, null, null);

    private final Hierarchy hierarchy;
    private final SourceIndex sources;
    private final SdkIndex sdks;
    private final Map<Sites.Key, Inherited> memo = new HashMap<>();
    private final Map<Sites.Call, Sites.Read> reads = new IdentityHashMap<>();
    private final Map<Sites.Call, Sites.SdkCall> sdkCalls = new IdentityHashMap<>();

    public Linker(Hierarchy hierarchy, SourceIndex sources, SdkIndex sdks) {
        this.hierarchy = hierarchy;
        this.sources = sources;
        this.sdks = sdks;
    }

    /** Links the classes whose method bodies are read; the others are linked when they are read ({@link #link(ClassModel)}). */
    public void link(List<ClassModel> classes) {
        for (ClassModel type : classes) {
            if (type.hasCode()) {
                link(type);
            }
        }
    }

    /** Links one class whose method bodies were just read. */
    public void link(ClassModel type) {
        for (MethodModel method : type.methods.values()) {
            for (Sites.Call call : method.calls()) {
                Sites.Key key = call.key();
                Inherited inherited = memo.get(key);
                if (inherited == null) {
                    Inherited found = inherited(call);
                    inherited = found.read != null ? found : found.withProperty(property(call));
                    memo.put(key, inherited);
                }
                SourceIndex.Match property = inherited.property;
                if (inherited.read != null || property != null) {
                    Sites.Read read = new Sites.Read(property != null ? property : inherited.read.match(), call.line());
                    method.add(read);
                    reads.put(call, read);
                }
                // a call naming an SDK's class is an SDK call already (ClassParser); one naming a scanned
                // subclass of an SDK's class is one through inheritance
                if (inherited.sdk != null
                        && !isSdkClass(call.owner())
                        && (type.sdk == null || !type.sdk.id().equals(inherited.sdk.id()))) {
                    Sites.SdkCall sdkCall = new Sites.SdkCall(inherited.sdk, inherited.sdkApi, call.line());
                    method.add(sdkCall);
                    sdkCalls.put(call, sdkCall);
                }
            }
        }
    }

    /** The read a call makes through a member its scanned owner inherits from a source's class, or null. */
    public Sites.Read inheritedRead(Sites.Call call) {
        return reads.get(call);
    }

    /** The SDK call a call makes through a member its scanned owner inherits from an SDK class, or null. */
    public Sites.SdkCall inheritedSdkCall(Sites.Call call) {
        return sdkCalls.get(call);
    }

    /**
     * The source a call of an accessor reads when the policy names another accessor of the same field;
     * null when it names none, or the accessor itself (the call is a read already), or the field (the
     * accessor's own body reads it).
     */
    private SourceIndex.Match property(Sites.Call call) {
        if (call.dispatch() == Sites.Dispatch.FIELD) {
            return null;
        }
        MethodModel target = hierarchy.declared(call.owner(), call.name(), call.desc());
        if (target == null || !target.reads().isEmpty() || !sources.hasOwner(target.owner.name)) {
            return null;
        }
        String field = accessed(target);
        if (field == null || sources.match(target.owner.name, target.name) != null) {
            return null;
        }
        for (MethodModel sibling : target.owner.methods.values()) {
            if (sibling != target && field.equals(accessed(sibling))) {
                SourceIndex.Match match = sources.match(target.owner.name, sibling.name);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /**
     * The field of its own class an application method only returns, taking no parameter (a getter,
     * Kotlin's property getter and {@code componentN}, a record accessor); else null.
     */
    private static String accessed(MethodModel method) {
        Flow flow = method.flow;
        if (flow == null
                || !method.desc.startsWith("()")
                || (method.access & Opcodes.ACC_STATIC) != 0
                || !flow.sites().isEmpty()
                || flow.returns().size() != 1) {
            return null;
        }
        Flow.Token token = flow.returns().iterator().next();
        String prefix = method.owner.name + ".";
        return token.kind() == Flow.Token.Kind.FIELD && token.field().startsWith(prefix)
                ? token.field().substring(prefix.length())
                : null;
    }

    private boolean isSdkClass(String name) {
        ClassModel type = hierarchy.get(name);
        return type != null && type.sdk != null;
    }

    private Inherited inherited(Sites.Call call) {
        if (call.dispatch() != Sites.Dispatch.FIELD) {
            MethodModel declared = hierarchy.declared(call.owner(), call.name(), call.desc());
            if (declared != null) {
                SdkIndex.Match sdk = declared.owner.sdk;
                return sdk == null ? NOTHING : new Inherited(null, sdk, declared.owner.name + "." + call.name(), null);
            }
        }
        Sites.Read read = null;
        SdkIndex.Match sdk = null;
        String sdkApi = null;
        for (String ancestor : hierarchy.outsideAncestors(call.owner())) {
            if (read == null && sources.hasOwner(ancestor)) {
                SourceIndex.Match match = sources.match(ancestor, call.name());
                read = match == null ? null : new Sites.Read(match, call.line());
            }
            if (sdk == null && call.dispatch() != Sites.Dispatch.FIELD) {
                sdk = sdks.match(ancestor);
                sdkApi = sdk == null ? null : ancestor + "." + call.name();
            }
        }
        return read == null && sdk == null ? NOTHING : new Inherited(read, sdk, sdkApi, null);
    }
}
