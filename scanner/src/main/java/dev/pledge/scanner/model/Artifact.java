// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Maven coordinates of a scanned archive: from its {@code META-INF/maven/<group>/<artifact>/pom.properties},
 * from the build that resolved it, or, for a jar without Maven metadata, the artifact id its file
 * name gives ({@code spring-webmvc-7.0.1.jar}), with no group.
 *
 * @param groupId the group, or null when only the file name is known
 */
public record Artifact(String groupId, String artifactId) {

    private static final Pattern VERSIONED = Pattern.compile("(.+?)-\\d[^/]*\\.(?:jar|war|ear|aar|zip)");

    /** {@code group:artifact}, or {@code artifact} when the group is unknown. */
    @Override
    public String toString() {
        return groupId == null ? artifactId : groupId + ":" + artifactId;
    }

    /** The artifact a file name gives: {@code spring-webmvc-7.0.1.jar} → {@code spring-webmvc}; null when it has no version. */
    public static Artifact fromFileName(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? new Artifact(null, m.group(1)) : null;
    }
}
