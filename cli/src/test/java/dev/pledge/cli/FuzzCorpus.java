// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seeds of the fuzz test, read at run time so that every construct the examples and the README gain is
 * fuzzed too: every {@code *.pledge} file below {@code examples/} (with their folders, so imports resolve), the
 * README's language reference as one policy, and each of its blocks alone (a block alone refers to names other
 * blocks declare: realistic half-written files).
 */
final class FuzzCorpus {

    private static final Pattern BLOCK = Pattern.compile("```pledge\\n(.*?)```", Pattern.DOTALL);

    /** Workspace-relative path of every seed file, with its text. */
    final Map<Path, String> files = new LinkedHashMap<>();

    private FuzzCorpus() {}

    /** Reads the seeds from the repository ({@code root}) and writes them below {@code workspace}. */
    static FuzzCorpus load(Path root, Path workspace) {
        FuzzCorpus corpus = new FuzzCorpus();
        Path examples = root.resolve("examples");
        try (Stream<Path> found = Files.walk(examples)) {
            for (Path file : found.filter(p -> p.toString().endsWith(".pledge"))
                    .filter(p -> !p.toString().contains("target"))
                    .sorted()
                    .toList()) {
                corpus.files.put(Path.of("examples").resolve(examples.relativize(file)), Files.readString(file));
            }
            String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
            Matcher blocks = BLOCK.matcher(readme);
            StringBuilder whole = new StringBuilder();
            int n = 0;
            while (blocks.find()) {
                whole.append(blocks.group(1)).append('\n');
                corpus.files.put(Path.of("readme-block-" + n, "block.pledge"), blocks.group(1));
                n++;
            }
            corpus.files.put(Path.of("readme", "reference.pledge"), whole.toString());
            for (Map.Entry<Path, String> seed : corpus.files.entrySet()) {
                Path target = workspace.resolve(seed.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, seed.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (corpus.files.size() < 8) {
            throw new AssertionError("the fuzz corpus found only " + corpus.files.keySet());
        }
        return corpus;
    }

    List<Path> paths() {
        return new ArrayList<>(files.keySet());
    }

    List<String> texts() {
        return new ArrayList<>(files.values());
    }
}
