// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was written in a policy file, so that a backend's warning about it can say
 * {@code path:line:col}.
 *
 * @param file the policy file, absolute
 * @param line 1-based
 * @param column 1-based
 */
public record Source(Path file, int line, int column) {

    public Source {
        Objects.requireNonNull(file, "file");
    }
}
