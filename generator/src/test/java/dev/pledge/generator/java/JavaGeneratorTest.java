// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static dev.pledge.generator.TestPolicies.files;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link JavaGenerator#generate} promises: same bytes every time, clear refusals, whole files only. */
class JavaGeneratorTest {

    private static Policy policy;

    @TempDir
    Path dir;

    @BeforeAll
    static void load(@TempDir Path policyDir) {
        policy = TestPolicies.view(policyDir, files("p.pledge", """
				policy demo-shop "Demo shop" { version "1" }
				region eu "EU" { }
				category contact "Contact" { data email "Email" }
				purpose orders "Orders" { basis contract uses email retention 1 year }
				"""));
    }

    @Test
    void sameBytesOnEveryRun() throws Exception {
        List<Path> first = JavaGenerator.generate(policy, "com.example.shop", dir.resolve("a"));
        List<Path> second = JavaGenerator.generate(policy, "com.example.shop", dir.resolve("b"));
        assertEquals(10, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(
                    dir.resolve("a").relativize(first.get(i)), dir.resolve("b").relativize(second.get(i)));
            assertArrayEquals(
                    Files.readAllBytes(first.get(i)),
                    Files.readAllBytes(second.get(i)),
                    first.get(i).toString());
        }
        assertEquals("DemoShopConsent.java", first.get(8).getFileName().toString());
    }

    @Test
    void unchangedFilesAreNotRewritten() throws Exception {
        List<Path> files = JavaGenerator.generate(policy, "com.example.shop", dir);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : files) {
            Files.setLastModifiedTime(file, old);
        }
        Files.writeString(files.get(2), "// edited by hand");
        assertEquals(files, JavaGenerator.generate(policy, "com.example.shop", dir));
        assertEquals(old, Files.getLastModifiedTime(files.get(0)));
        assertFalse(Files.readString(files.get(2)).contains("edited by hand"), "a changed file is written again");
        assertEquals(List.of(), leftovers(dir), "no temporary files are left");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1abc",
                "com.class.x",
                "com..x",
                ".com",
                "com.",
                "com.example-x",
                "_",
                "com.example.int",
                "com example",
                "com/example"
            })
    void invalidPackageNamesAreRefused(String packageName) throws IOException {
        GeneratorException e =
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, packageName, dir));
        assertEquals(
                "'" + packageName + "' is not a valid Java package name: write dot-separated identifiers that are"
                        + " not Java keywords, e.g. com.example.privacy",
                e.getMessage());
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void missingAndPlatformPackagesAreRefused() {
        assertEquals(
                "no package given for the generated Java: name one, e.g. com.example.privacy",
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, "", dir))
                        .getMessage());
        assertEquals(
                "'java.privacy' is reserved for the Java platform: choose a package of your own, e.g. com.example.privacy",
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, "java.privacy", dir))
                        .getMessage());
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");
        assertEquals(
                "output folder " + file + " is a file: name a folder (it is created if missing)",
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, "com.example", file))
                        .getMessage());
        Path below = file.resolve("generated");
        assertEquals(
                "cannot create output folder " + below + ": " + file + " is a file",
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, "com.example", below))
                        .getMessage());
    }

    @Test
    void nothingIsWrittenWhenOneFileCannotBe() throws IOException {
        Path blocked = Files.createDirectories(dir.resolve("com/example/Purpose.java/inside"));
        GeneratorException e =
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(policy, "com.example", dir));
        assertEquals("cannot write generated Java: " + blocked.getParent() + " is a folder: remove it", e.getMessage());
        try (Stream<Path> files = Files.list(dir.resolve("com/example"))) {
            assertEquals(
                    List.of("Purpose.java"),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no file was moved into place, and no temporary file is left");
        }
    }

    @Test
    void aPolicyWithTooManyRegionsIsRefused(@TempDir Path policyDir) {
        StringBuilder text = new StringBuilder("policy big \"Big\" { version \"1\" }\n");
        for (int i = 0; i < 65; i++) {
            text.append("region r").append(i).append(" \"R").append(i).append("\" { }\n");
        }
        Policy big = TestPolicies.view(policyDir, files("big.pledge", text.toString()));
        assertEquals(
                "policy 'big' declares 65 regions; the consent API supports at most 64: merge regions with the same"
                        + " rules",
                assertThrows(GeneratorException.class, () -> JavaGenerator.generate(big, "com.example", dir))
                        .getMessage());
    }

    @Test
    void aPolicyThatDeclaresNothingElseStillCompiles(@TempDir Path policyDir) {
        Policy bare = TestPolicies.view(policyDir, files("bare.pledge", "policy bare \"Bare\" { version \"0\" }\n"));
        CompiledApi api = CompiledApi.of(bare, "com.example.bare", dir);
        assertEquals(0, api.constants("Purpose").size());
        assertEquals(0, api.constants("Region").size());
        assertEquals(PartyKind.values().length, api.type("ThirdParty$Kind").getEnumConstants().length);
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .map(Path::toString)
                    .toList();
        }
    }
}
