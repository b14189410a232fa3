// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The warnings of one notice, each once, in the order first met. */
final class Warnings {

    private final Set<NoticeWarning> warnings = new LinkedHashSet<>();

    void add(NoticeWarning warning) {
        warnings.add(warning);
    }

    List<NoticeWarning> all() {
        return List.copyOf(warnings);
    }
}
