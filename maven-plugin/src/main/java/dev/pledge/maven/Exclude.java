// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

/**
 * One {@code <exclude>} of the {@code check} goal: code whose findings do not count, and why.
 *
 * <pre>{@code
 * <excludes>
 *   <exclude>
 *     <pattern>com.h2database:h2</pattern>
 *     <reason>H2 runs embedded: its TCP and web servers are never started</reason>
 *   </exclude>
 * </excludes>
 * }</pre>
 */
public class Exclude {

    /** {@code group:artifact} (globs allowed) or a package glob ({@code org.h2.server.**}). */
    String pattern;

    /** Why the code may do what it does; required, shown in the report. */
    String reason;

    dev.pledge.scanner.model.Exclude toExclude() {
        return new dev.pledge.scanner.model.Exclude(
                pattern == null ? "" : pattern.strip(), reason == null ? "" : reason.strip());
    }
}
