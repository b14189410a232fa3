// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a generation was made from, so an unchanged build can skip it: a SHA-256 over the content of
 * every policy file (those below the configured policy folder plus every file the last generation
 * loaded through {@code import}), the generation's parameters, and the generator code itself; and
 * the list of files the generation wrote, which must all still exist.
 *
 * <p>The stamp file is text: {@code hash <hex>}, then {@code input <path>} and {@code output <path>}
 * lines. A stamp that cannot be read or parsed counts as absent: generation runs again.
 */
record InputStamp(String hash, List<Path> inputs, List<Path> outputs) {

    private static final String EXTENSION = ".pledge";

    InputStamp {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * The hash of the current inputs.
     *
     * @param policies the configured policy files and folders
     * @param loaded further files to include (e.g. the imports the last generation loaded)
     * @param parameters every parameter that changes the output, by name
     * @param code jars or folders whose content the output depends on (the generator)
     */
    static String hash(List<Path> policies, List<Path> loaded, Map<String, String> parameters, List<Path> code) {
        MessageDigest digest = sha256();
        TreeSet<Path> files = new TreeSet<>();
        for (Path policy : policies) {
            files.addAll(policyFiles(policy));
        }
        loaded.stream().map(p -> p.toAbsolutePath().normalize()).forEach(files::add);
        for (Path file : files) {
            update(digest, "file " + file);
            update(digest, contentHash(file));
        }
        new TreeMap<>(parameters).forEach((name, value) -> update(digest, "param " + name + "=" + value));
        for (Path jar : code) {
            update(digest, "code " + contentHash(jar));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The stamp in a file, if there is a readable, well-formed one. */
    static Optional<InputStamp> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String hash = null;
            List<Path> inputs = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    return Optional.empty();
                }
                String value = line.substring(space + 1);
                switch (line.substring(0, space)) {
                    case "hash" -> hash = value;
                    case "input" -> inputs.add(Path.of(value));
                    case "output" -> outputs.add(Path.of(value));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return hash == null ? Optional.empty() : Optional.of(new InputStamp(hash, inputs, outputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this stamp says the outputs are current for inputs of the given hash. */
    boolean upToDate(String currentHash) {
        return hash.equals(currentHash)
                && !outputs.isEmpty()
                && outputs.stream().allMatch(Files::isRegularFile);
    }

    /** Writes the stamp (through a temporary file, so a reader never sees half of it). */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("hash ").append(hash).append('\n');
        inputs.forEach(p ->
                text.append("input ").append(p.toAbsolutePath().normalize()).append('\n'));
        outputs.forEach(p ->
                text.append("output ").append(p.toAbsolutePath().normalize()).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a stamp, so a failed or partial generation is never taken for a current one. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static List<Path> policyFiles(Path policy) {
        Path path = policy.toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> stream = Files.walk(path)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // an unreadable folder: hash its name only; loading the policy reports the problem
            return List.of(path);
        }
    }

    /** The SHA-256 of a file's bytes, or a marker for a file that is missing or cannot be read. */
    private static String contentHash(Path file) {
        if (Files.isDirectory(file)) {
            return "folder";
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
