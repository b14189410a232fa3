// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the paths a user names (files or folders) into the policy files to load. */
final class PolicyFiles {

    static final String EXTENSION = ".pledge";

    private PolicyFiles() {}

    static List<Path> expand(List<Path> inputs) throws PolicyLoadException {
        if (inputs.isEmpty()) {
            throw new PolicyLoadException("no policy given: name *.pledge files or folders that contain them");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                List<Path> found = walk(input, path);
                if (found.isEmpty()) {
                    throw new PolicyLoadException(input + ": folder contains no *" + EXTENSION
                            + " files: name a folder with policies, or the files themselves");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    throw new PolicyLoadException(input + ": file is not readable: check its permissions");
                }
                files.add(path);
            } else if (Files.exists(path)) {
                throw new PolicyLoadException(input + ": not a regular file (a device or a pipe?): name a *" + EXTENSION
                        + " file or a folder");
            } else {
                throw new PolicyLoadException(input + ": no such file or folder");
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path input, Path folder) throws PolicyLoadException {
        try (Stream<Path> stream = Files.walk(folder)) {
            return stream.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PolicyLoadException(input + ": cannot read folder: " + e.getMessage(), e);
        }
    }
}
