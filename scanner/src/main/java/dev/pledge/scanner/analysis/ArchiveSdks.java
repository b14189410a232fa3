// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.model.ClassModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK a dependency archive's classes belong to when their package names none: an SDK's artifact
 * holds classes outside its vendor's packages too (Amplitude's Android SDK has
 * {@code ComposeLayoutNodeBoundsHelper} in the default package, obfuscated SDKs have classes in
 * {@code a.b}), and their calls into the SDK are the SDK's own business, not the application's. When
 * the SDKs of an archive's classes are all one SDK and it claims more than half of them, the archive's
 * other classes are that SDK's too. Only dependency archives ({@code x.jar}, {@code x.aar!/classes.jar}):
 * an APK's DEX files hold the application's own code next to the SDKs bundled with it.
 */
public final class ArchiveSdks {

    private ArchiveSdks() {}

    /** Gives each unclaimed class of a dependency archive its archive's SDK; drops its calls into that SDK. */
    public static void assign(List<ClassModel> classes) {
        Map<String, List<ClassModel>> byArchive = new LinkedHashMap<>();
        for (ClassModel type : classes) {
            String archive = type.archive();
            if (type.dependency && archive != null) {
                byArchive.computeIfAbsent(archive, k -> new ArrayList<>()).add(type);
            }
        }
        byArchive.values().forEach(ArchiveSdks::assignArchive);
    }

    private static void assignArchive(List<ClassModel> types) {
        SdkIndex.Match sdk = null;
        int claimed = 0;
        for (ClassModel type : types) {
            if (type.sdk == null) {
                continue;
            }
            if (sdk != null && !sdk.id().equals(type.sdk.id())) {
                return; // several SDKs (a bundle): no one of them owns the rest
            }
            sdk = type.sdk;
            claimed++;
        }
        if (sdk == null || claimed * 2 <= types.size()) {
            return;
        }
        String id = sdk.id();
        for (ClassModel type : types) {
            if (type.sdk == null) {
                type.sdk = sdk;
                type.methods.values().forEach(method -> method.forgetSdkCalls(id));
            }
        }
    }
}
