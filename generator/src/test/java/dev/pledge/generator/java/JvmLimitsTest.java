// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies that would cross a limit of the class-file format are a generator error before javac runs; policies
 * within them compile. Fuzzing found both: 123 languages gave Java javac rejected (too many constructor
 * parameters), and a policy listing every language had no way to compile.
 */
class JvmLimitsTest {

    @TempDir
    Path dir;

    private static final String BASE = """
			policy many "Many languages" { version "1" languages %s }
			category c "C" { data d "D" %s }
			purpose p "P" { basis contract uses d }
			""";

    private Policy policy(String languages, String translations) throws Exception {
        Path file = Files.writeString(dir.resolve("many.pledge"), BASE.formatted(languages, translations));
        return TestPolicies.view(TestPolicies.load(List.of(file)), null);
    }

    private static List<String> iso6391() {
        return Stream.of(Locale.getISOLanguages())
                .filter(code -> Locale.forLanguageTag(code).toLanguageTag().equals(code))
                .toList();
    }

    @Test
    void aPolicyListingEveryIso6391LanguageCompiles() throws Exception {
        List<String> all = iso6391();
        String translations = Stream.of("zh", "ru", "to", "ar", "hi")
                .map(l -> l + " \"D in " + l + "\"")
                .collect(Collectors.joining(" "));
        Policy policy = policy(String.join(", ", all), translations);
        CompiledApi api = CompiledApi.of(policy, "com.example.many", dir.resolve("out"));
        assertEquals("D in to", CompiledApi.call(api.constant("DataItem", "D"), "title", "to"));
        assertEquals(
                "D", CompiledApi.call(api.constant("DataItem", "D"), "title", "fr"), "no French text: the default");
    }

    @Test
    void textsInMoreLanguagesThanConstructorsTakeAreAGeneratorError() throws Exception {
        List<String> all = iso6391();
        String translations =
                all.stream().skip(1).map(l -> l + " \"D in " + l + "\"").collect(Collectors.joining(" "));
        Policy policy = policy(String.join(", ", all), translations);
        GeneratorException e = assertThrows(
                GeneratorException.class, () -> JavaGenerator.render(policy, "com.example.many", dir.resolve("out")));
        assertTrue(
                e.getMessage()
                        .startsWith("policy 'many' has texts in " + all.size() + " languages; the generated"
                                + " Java takes at most 100"),
                e.getMessage());
    }

    @Test
    void tooManyConstantsForOneClassAreAGeneratorErrorNotAJavacError() throws Exception {
        Path folder = SyntheticPolicy.write(dir.resolve("policy"), 100, JavaModelBuilder.MAX_REGIONS);
        Policy policy = TestPolicies.view(TestPolicies.load(List.of(folder)), null);
        GeneratorException e = assertThrows(
                GeneratorException.class, () -> JavaGenerator.render(policy, "com.example.huge", dir.resolve("out")));
        assertTrue(
                e.getMessage()
                        .startsWith("policy 'synthetic' declares 9600 data items: the generated enum DataItem"
                                + " would need about "),
                e.getMessage());
        assertTrue(e.getMessage().contains("more than a Java class allows (65,535)"), e.getMessage());
    }
}
