// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.Sites;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes each method's reads and SDK calls with those it makes through members that scanned
 * classes only inherit: {@code myTelephony.getImei()} on a scanned subclass of
 * {@code TelephonyManager} reads the IMEI; {@code banner.loadAd()} on a scanned subclass of an SDK's
 * view calls the SDK.
 */
public final class Linker {

    private record Inherited(Sites.Read read, SdkIndex.Match sdk, String sdkApi) {}

    private static final Inherited NOTHING = new Inherited(null, null, null);

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
                Inherited inherited = memo.computeIfAbsent(call.key(), k -> inherited(call));
                if (inherited.read != null) {
                    Sites.Read read = new Sites.Read(inherited.read.match(), call.line());
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

    private boolean isSdkClass(String name) {
        ClassModel type = hierarchy.get(name);
        return type != null && type.sdk != null;
    }

    private Inherited inherited(Sites.Call call) {
        if (call.dispatch() != Sites.Dispatch.FIELD) {
            MethodModel declared = hierarchy.declared(call.owner(), call.name(), call.desc());
            if (declared != null) {
                SdkIndex.Match sdk = declared.owner.sdk;
                return sdk == null ? NOTHING : new Inherited(null, sdk, declared.owner.name + "." + call.name());
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
        return read == null && sdk == null ? NOTHING : new Inherited(read, sdk, sdkApi);
    }
}
