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
 * Where a module's policy is: by default the first {@code src/main/pledge} that exists in the
 * module's folder, then in the folders of its parent modules, nearest first, up to the reactor's
 * root, so a policy kept once in the root (or in a parent module) serves every module below it. A
 * configured relative {@code <policy>} is looked for the same way; an absolute one outside the
 * module is used as given.
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
        return within(folders(module, parents, root), DEFAULT);
    }

    /**
     * The places to look for a module's policy, nearest first. Without a configured {@code <policy>},
     * the default ones ({@link #places(Path, List, Path)}). A configured path inside the module — Maven
     * turns a relative {@code <policy>} or {@code -Dpledge.policy} into one, against each module's folder
     * — is looked for in the same folders, so {@code -Dpledge.policy=policy/shop.pledge} given at the
     * root finds the root's file in every module. Any other configured path is used as given.
     *
     * @param configured the {@code <policy>} parameter, or null when it is not set
     */
    static List<Path> places(Path configured, Path module, List<Path> parents, Path root) {
        if (configured == null) {
            return places(module, parents, root);
        }
        Path path = normal(configured);
        Path start = normal(module);
        return path.startsWith(start) && !path.equals(start)
                ? within(folders(module, parents, root), start.relativize(path))
                : List.of(configured);
    }

    private static List<Path> folders(Path module, List<Path> parents, Path root) {
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
        return List.copyOf(folders);
    }

    private static List<Path> within(List<Path> folders, Path relative) {
        List<Path> places = new ArrayList<>();
        folders.forEach(folder -> places.add(folder.resolve(relative)));
        return places;
    }

    /**
     * The policy to use: the first of {@code places} that exists.
     *
     * @param displayBase paths in the message are relative to it
     * @throws PledgeBuildException naming every place looked at, when there is no policy
     */
    static Path find(List<Path> places, Path displayBase) throws PledgeBuildException {
        for (Path candidate : places) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw notFound(places, displayBase);
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
