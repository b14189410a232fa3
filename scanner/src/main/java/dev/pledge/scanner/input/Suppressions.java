// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.NameGlob;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Annotations that suppress findings, given as binary names or globs in the style of
 * forbidden-apis' {@code suppressAnnotations}: {@code *} matches within one name segment,
 * {@code **} across segments ({@code **.SuppressPledge}). A nested annotation matches by its binary
 * name ({@code com.example.Debug$SuppressPledge}) and with dots ({@code com.example.Debug.SuppressPledge}).
 */
public final class Suppressions {

    private final List<Pattern> patterns;

    public Suppressions(List<String> globs) {
        this.patterns = globs.stream().map(NameGlob::compile).toList();
    }

    /** Whether an annotation, by its descriptor ({@code Lcom/example/SuppressPledge;}), suppresses findings. */
    boolean suppresses(String descriptor) {
        if (patterns.isEmpty() || !descriptor.startsWith("L") || !descriptor.endsWith(";")) {
            return false;
        }
        String name = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        String canonical = name.replace('$', '.');
        return patterns.stream()
                .anyMatch(p -> p.matcher(name).matches() || p.matcher(canonical).matches());
    }
}
