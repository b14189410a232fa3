// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Code whose findings do not count, and why: the classes of an artifact ({@code com.h2database:h2},
 * globs allowed on either side: {@code org.apache.tomcat.embed:*}) or of packages
 * ({@code org.h2.server.**}). The code is still read, so calls through it are still followed; its
 * findings are reported as excluded, with the reason.
 *
 * @param pattern {@code group:artifact} (an artifact) or a class-name glob (packages)
 * @param reason why the code may do what it does; required, shown in every report
 */
public record Exclude(String pattern, String reason) {

    public Exclude {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reason, "reason");
        if (pattern.isBlank()) {
            throw new IllegalArgumentException(
                    "an exclusion needs a pattern: group:artifact, or a package glob" + " such as org.h2.server.**");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("exclusion " + pattern + " gives no reason: say why the code may do"
                    + " what it does, e.g. " + pattern + "=only the embedded database is used");
        }
    }

    /**
     * {@code PATTERN=REASON}, as the command line takes it.
     *
     * @throws IllegalArgumentException with what to write, when there is no {@code =} or no reason
     */
    public static Exclude parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("exclusion '" + text + "' gives no reason: write PATTERN=REASON, e.g. "
                    + text.strip() + "=only the embedded database is used");
        }
        return new Exclude(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    /** Whether the pattern names an artifact ({@code group:artifact}) rather than packages. */
    public boolean isArtifact() {
        return pattern.indexOf(':') >= 0;
    }

    /**
     * Whether the exclusion covers a class.
     *
     * @param binaryName {@code org.h2.server.TcpServer}
     * @param artifacts the coordinates of the archive the class was read from (empty for class folders)
     */
    public boolean covers(String binaryName, List<Artifact> artifacts) {
        if (!isArtifact()) {
            return NameGlob.compile(pattern).matcher(binaryName).matches();
        }
        int colon = pattern.indexOf(':');
        Pattern group = glob(pattern.substring(0, colon));
        Pattern artifact = glob(pattern.substring(colon + 1));
        for (Artifact a : artifacts) {
            if (artifact.matcher(a.artifactId()).matches()
                    && (a.groupId() == null || group.matcher(a.groupId()).matches())) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} matches any characters of a group or artifact id. */
    private static Pattern glob(String text) {
        return Pattern.compile(
                Arrays.stream(text.strip().split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}
