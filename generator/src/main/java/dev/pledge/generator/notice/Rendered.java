// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A rendered notice and the warnings of rendering it (texts shown in English for want of a
 * translation).
 */
public record Rendered(String text, List<NoticeWarning> warnings) {

    public Rendered {
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    /** The text as UTF-8 bytes, as written to files. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
