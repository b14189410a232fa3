// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import java.nio.file.Path;

/**
 * One problem found in a policy file, at a 1-based line and column.
 *
 * @param ruleId the stable rule id (see {@code dev.pledge.dsl.validation.Rule})
 */
public record Finding(Path file, int line, int column, Severity severity, String message, String ruleId) {

    /** {@code path:line:col: severity: message [rule-id]}, as compilers print it. */
    public String format(Path base) {
        return display(file, base) + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " ["
                + ruleId + "]";
    }

    /** The path relative to {@code base} when it lies below it, otherwise as given. */
    public static String display(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
    }
}
