// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The message keys the notice's Java sources name literally, e.g. {@code msg("fact.role")}. */
final class NoticeSourceKeys {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "pledge", "generator", "notice");
    private static final Pattern KEY = Pattern.compile("msg\\(\"([a-z][a-z.-]*[a-z])\"");

    private NoticeSourceKeys() {}

    static Set<String> literalKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
