// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import java.util.List;
import java.util.Objects;

/**
 * One exported file: its name, its content, and what the export could not say (policy names the
 * format's mapping tables do not list, answers the policy does not give), one line each.
 */
public record ExportFile(ExportFormat format, String name, String content, List<String> warnings) {

    public ExportFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        warnings = List.copyOf(warnings);
    }
}
