// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policy as an Apple privacy manifest ({@code PrivacyInfo.xcprivacy}): {@code NSPrivacyTracking},
 * {@code NSPrivacyTrackingDomains}, {@code NSPrivacyCollectedDataTypes} (one dictionary per Apple
 * data type the policy's items map to, through {@code data-types.tsv}: linked unless every item of
 * the type is non-personal, tracking when an item of the type is tracking data (see
 * {@link DataUse#tracking()}), purposes through {@code purposes.tsv} and {@code purpose-classes.tsv})
 * and {@code NSPrivacyAccessedAPITypes}. A policy names neither tracking domains nor the
 * required-reason APIs the app calls: both arrays are written empty, with a warning when the policy
 * tracks. Items and purposes the tables do not list are warnings, never guessed.
 */
public final class ApplePrivacyManifest {

    static final String TYPE_PREFIX = "NSPrivacyCollectedDataType";
    static final String PURPOSE_PREFIX = "NSPrivacyCollectedDataTypePurpose";

    private ApplePrivacyManifest() {}

    private static final class TypeUse {
        final Set<String> purposes = new LinkedHashSet<>();
        boolean linked;
        boolean tracking;
    }

    public static ExportFile export(Policy policy, Mappings mappings) {
        List<String> warnings = new ArrayList<>();
        Map<String, TypeUse> types = new LinkedHashMap<>();
        Set<String> unmappedPurposes = new LinkedHashSet<>();
        for (DataUse use : DataUse.of(policy, mappings)) {
            if (!use.collected()) {
                continue;
            }
            Optional<Mappings.DataType> mapped = mappings.dataType(use.item());
            if (mapped.isEmpty()) {
                warnings.add("apple: data item `" + use.item().id() + "` has no Apple data type: add a row for it to"
                        + " data-types.tsv (pledge export --mappings DIR)");
                continue;
            }
            for (String type : mapped.get().apple()) {
                TypeUse typeUse = types.computeIfAbsent(type, t -> new TypeUse());
                typeUse.linked |= use.personal();
                typeUse.tracking |= use.tracking();
                for (String purpose : use.purposes()) {
                    Optional<List<String>> classes = mappings.useClasses(purpose);
                    if (classes.isEmpty()) {
                        unmappedPurposes.add(purpose);
                    } else {
                        classes.get()
                                .forEach(c -> mappings.purposeClass(c).apple().ifPresent(typeUse.purposes::add));
                    }
                }
            }
        }
        warnings.addAll(DataUse.unstatedWarnings(policy, "apple"));
        unmappedPurposes.forEach(p -> warnings.add("apple: purpose `" + p
                + "` has no Apple purpose: add a row for it to" + " purposes.tsv (pledge export --mappings DIR)"));
        boolean tracking = types.values().stream().anyMatch(t -> t.tracking);
        if (tracking) {
            warnings.add(
                    "apple: NSPrivacyTracking is true but NSPrivacyTrackingDomains is empty: a policy does not name the"
                            + " domains the app tracks through; add them to the manifest");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("NSPrivacyTracking", tracking);
        root.put("NSPrivacyTrackingDomains", List.of());
        List<Object> collected = new ArrayList<>();
        types.forEach((type, use) -> {
            Map<String, Object> dict = new LinkedHashMap<>();
            dict.put("NSPrivacyCollectedDataType", TYPE_PREFIX + type);
            dict.put("NSPrivacyCollectedDataTypeLinked", use.linked);
            dict.put("NSPrivacyCollectedDataTypeTracking", use.tracking);
            dict.put(
                    "NSPrivacyCollectedDataTypePurposes",
                    use.purposes.stream()
                            .map(p -> (Object) (PURPOSE_PREFIX + p))
                            .toList());
            collected.add(dict);
        });
        root.put("NSPrivacyCollectedDataTypes", collected);
        root.put("NSPrivacyAccessedAPITypes", List.of());
        return new ExportFile(ExportFormat.APPLE, ExportFormat.APPLE.fileName(), Plist.write(root), warnings);
    }
}
