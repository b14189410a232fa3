// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a module's policy is. A configured {@code <policy>} is used as given; by default it is the
 * first {@code src/main/pledge} that exists in the module's folder, then in the folders of its parent
 * modules, nearest first, up to the reactor's root, so a policy kept once in the root (or in a
 * parent module) serves every module below it.
 */
final class PolicyLocation {

    /** Where a project keeps its policy. */
    static final Path DEFAULT = Path.of("src", "main", "pledge");

    private PolicyLocation() {}

    /**
     * The policy folders to look at, nearest first: the module's own, those of its parent modules
     * (its Maven parents read from a folder that is above the module or below the root), then those of
     * the folders above the module that hold a {@code pom.xml}, up to the root.
     *
     * @param module the module's folder
     * @param parents the folders of the module's Maven parents, nearest first
     * @param root the reactor's root folder; above it nothing is looked at
     */
    static List<Path> places(Path module, List<Path> parents, Path root) {
        Path start = normal(module);
        Path top = normal(root);
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(start);
        for (Path parent : parents) {
            Path folder = normal(parent);
            if (start.startsWith(folder) || folder.startsWith(top)) {
                folders.add(folder);
            }
        }
        if (start.startsWith(top)) {
            for (Path folder = start.getParent();
                    folder != null && folder.startsWith(top);
                    folder = folder.getParent()) {
                if (folder.equals(top) || Files.isRegularFile(folder.resolve("pom.xml"))) {
                    folders.add(folder);
                }
            }
        }
        List<Path> places = new ArrayList<>();
        folders.forEach(folder -> places.add(folder.resolve(DEFAULT)));
        return places;
    }

    /**
     * The policy to use: the configured file or folder when there is one, else the first of
     * {@code places} that exists.
     *
     * @param configured the {@code <policy>} parameter, or null when it is not set
     * @param displayBase paths in the message are relative to it
     * @throws PledgeBuildException naming every place looked at, when there is no policy
     */
    static Path find(Path configured, List<Path> places, Path displayBase) throws PledgeBuildException {
        List<Path> candidates = configured == null ? places : List.of(configured);
        for (Path candidate : candidates) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw notFound(candidates, displayBase);
    }

    /** The failure for a policy that is in none of these places. */
    static PledgeBuildException notFound(List<Path> places, Path displayBase) {
        if (places.size() == 1) {
            return PledgeBuildException.failure("policy " + Finding.display(places.get(0), displayBase)
                    + " does not exist: write the policy there, or set <policy> (property pledge.policy) to its file "
                    + "or folder");
        }
        String looked = places.stream()
                .map(place -> Finding.display(place, displayBase))
                .collect(Collectors.joining(", "));
        return PledgeBuildException.failure("no policy found: looked in " + looked
                + " (the module, then its parent modules up to the reactor root): write the policy in one of them "
                + "(one in the root serves every module), or set <policy> (property pledge.policy) to its file or "
                + "folder");
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
