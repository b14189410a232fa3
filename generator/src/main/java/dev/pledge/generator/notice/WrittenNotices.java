// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.nio.file.Path;
import java.util.List;

/**
 * Notices written to a folder.
 *
 * @param files every notice file, in language order, then format order
 * @param warnings each warning once, in language order
 */
public record WrittenNotices(List<Path> files, List<NoticeWarning> warnings) {

    public WrittenNotices {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
