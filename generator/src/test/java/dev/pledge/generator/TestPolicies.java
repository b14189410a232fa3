// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes policy texts to files, loads and checks them, and maps them to views. */
public final class TestPolicies {

    /** The Xiaomi 2021 policy of the examples module. */
    public static final Path XIAOMI_2021 =
            Path.of("..", "examples", "xiaomi", "2021").toAbsolutePath().normalize();

    private TestPolicies() {}

    /** Files by name (relative to {@code dir}) and their text, in order. */
    public static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    /** Writes the files and loads the named ones (all of them when none is named). */
    public static LoadResult load(Path dir, Map<String, String> files, String... toLoad) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> inputs = new ArrayList<>();
            for (String name : toLoad.length == 0 ? files.keySet().toArray(String[]::new) : toLoad) {
                inputs.add(dir.resolve(name));
            }
            return load(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads policy files and requires them to have no errors. */
    public static LoadResult load(List<Path> inputs) {
        try {
            LoadResult result = new PolicyLoader().load(inputs);
            assertFalse(
                    result.hasErrors(),
                    () -> "test policy has errors:\n"
                            + result.findings().stream()
                                    .map(f -> f.format(Path.of("")))
                                    .collect(Collectors.joining("\n")));
            return result;
        } catch (PolicyLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view of the one policy of some files. */
    public static Policy view(Path dir, Map<String, String> files, String... toLoad) {
        return view(load(dir, files, toLoad), null);
    }

    public static Policy view(LoadResult result, String policyId) {
        try {
            return PolicyViews.of(result, policyId);
        } catch (GeneratorException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test resource as a file. */
    public static Path resource(String name) {
        try {
            return Path.of(TestPolicies.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Formats findings for assertion messages. */
    public static String format(List<Finding> findings) {
        return findings.stream().map(f -> f.format(Path.of(""))).collect(Collectors.joining("\n"));
    }
}
