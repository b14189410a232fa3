// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampTest {

    @TempDir
    Path dir;

    @Test
    void hashFollowsContentNamesParametersAndCode() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pledge"));
        Path policy = Files.writeString(folder.resolve("a.pledge"), "policy a \"A\" { version \"1\" }\n");
        Files.writeString(folder.resolve("notes.txt"), "not a policy");
        Path jar = Files.writeString(dir.resolve("generator.jar"), "code v1");
        Map<String, String> params = Map.of("packageName", "com.example");
        String first = InputStamp.hash(List.of(folder), List.of(), params, List.of(jar));

        assertEquals(first, InputStamp.hash(List.of(folder), List.of(), params, List.of(jar)));
        Files.writeString(folder.resolve("notes.txt"), "other text");
        assertEquals(
                first, InputStamp.hash(List.of(folder), List.of(), params, List.of(jar)), "only *.pledge files count");

        Files.writeString(policy, "policy a \"A\" { version \"2\" }\n");
        String edited = InputStamp.hash(List.of(folder), List.of(), params, List.of(jar));
        assertNotEquals(first, edited);
        assertNotEquals(
                edited, InputStamp.hash(List.of(folder), List.of(), Map.of("packageName", "com.other"), List.of(jar)));
        Files.writeString(jar, "code v2");
        assertNotEquals(edited, InputStamp.hash(List.of(folder), List.of(), params, List.of(jar)));
    }

    @Test
    void aLoadedFileThatDisappearsChangesTheHash() throws Exception {
        Path imported = Files.writeString(dir.resolve("base.pledge"), "category c \"C\" { }\n");
        String before = InputStamp.hash(List.of(), List.of(imported), Map.of(), List.of());
        Files.delete(imported);
        assertNotEquals(before, InputStamp.hash(List.of(), List.of(imported), Map.of(), List.of()));
    }

    @Test
    void roundTripAndUpToDateNeedsEveryOutput() throws Exception {
        Path out = Files.writeString(dir.resolve("A.java"), "class A {}");
        Path stampFile = dir.resolve("target/pledge/generate.stamp");
        new InputStamp("abc", List.of(dir.resolve("x.pledge")), List.of(out)).write(stampFile);

        InputStamp read = InputStamp.read(stampFile).orElseThrow();
        assertEquals("abc", read.hash());
        assertEquals(List.of(dir.resolve("x.pledge").toAbsolutePath()), read.inputs());
        assertTrue(read.upToDate("abc"));
        assertFalse(read.upToDate("abd"));
        Files.delete(out);
        assertFalse(read.upToDate("abc"));
    }

    @Test
    void aDamagedStampCountsAsNone() throws Exception {
        Path stampFile = Files.writeString(dir.resolve("stamp"), "garbage\n");
        assertTrue(InputStamp.read(stampFile).isEmpty());
        Files.writeString(stampFile, "input /x.pledge\n");
        assertTrue(InputStamp.read(stampFile).isEmpty(), "no hash line");
        assertTrue(InputStamp.read(dir.resolve("missing")).isEmpty());
    }
}
