// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.Policy;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Exports a policy view to the machine-readable formats: the one entry point for the CLI and tools. */
public final class Exports {

    private Exports() {}

    /** One format. */
    public static ExportFile export(Policy policy, ExportFormat format, Mappings mappings) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(mappings, "mappings");
        return switch (format) {
            case JSON -> PledgeJson.export(policy);
            case DPV -> DpvJsonLd.export(policy, mappings);
            case PLAY -> PlayDataSafety.export(policy, mappings);
            case APPLE -> ApplePrivacyManifest.export(policy, mappings);
        };
    }

    /** Several formats, in the order given. */
    public static List<ExportFile> export(Policy policy, Collection<ExportFormat> formats, Mappings mappings) {
        return formats.stream().map(format -> export(policy, format, mappings)).toList();
    }
}
