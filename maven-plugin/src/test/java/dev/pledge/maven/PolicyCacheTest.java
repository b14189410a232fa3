// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy is loaded and printed once per build, while its files are unchanged. */
class PolicyCacheTest {

    private static final String CHECKED = "[INFO] Checked 1 policy file: 0 errors, 1 warning.";
    private static final String AGAIN =
            "[INFO] Policy src/main/pledge already checked in this build: 0 errors, 1 warning.";

    @TempDir
    Path root;

    private Path policy;
    private final PolicyCache cache = new PolicyCache();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() throws Exception {
        policy = Files.createDirectories(root.resolve("src/main/pledge"));
        // the shop policy with one item no purpose uses: one warning
        Files.writeString(
                policy.resolve("shop.pledge"),
                GenerationTest.shopPolicy() + "category extra \"Extra\" { data email \"Email\" }\n");
    }

    private long count(String line) {
        return log.lines().stream().filter(line::equals).count();
    }

    private long warnings() {
        return log.lines().stream()
                .filter(line -> line.startsWith("[WARNING] src/main/pledge/shop.pledge:"))
                .count();
    }

    @Test
    void theSecondModuleGetsTheSamePolicyAndOneLine() throws Exception {
        CheckedPolicy first = cache.check(policy, root, log);
        CheckedPolicy second = cache.check(policy, root, log);

        assertSame(first, second);
        assertEquals(1, warnings(), log.lines().toString());
        assertEquals(1, count(CHECKED));
        assertEquals(1, count(AGAIN));
        assertSame(first.view(null, false), second.view(null, false), "one view for every module");
    }

    @Test
    void anEditedPolicyIsLoadedAndPrintedAgain() throws Exception {
        CheckedPolicy first = cache.check(policy, root, log);
        Files.writeString(policy.resolve("shop.pledge"), Files.readString(policy.resolve("shop.pledge")) + "\n");

        CheckedPolicy second = cache.check(policy, root, log);

        assertNotSame(first, second);
        assertEquals(2, warnings());
        assertEquals(2, count(CHECKED));
    }

    @Test
    void anEditedImportOutsideThePolicyFolderIsSeen() throws Exception {
        Path shared = Files.createDirectories(root.resolve("shared")).resolve("extra.pledge");
        Files.writeString(shared, "category more \"More\" { data phone \"Phone\" }\n");
        Files.writeString(
                policy.resolve("shop.pledge"),
                "import \"../../../shared/extra.pledge\"\n" + Files.readString(policy.resolve("shop.pledge")));
        CheckedPolicy first = cache.check(policy, root, log);

        assertSame(first, cache.check(policy, root, log));
        Files.writeString(shared, "category more \"More\" { data phone \"Phone number\" }\n");
        assertNotSame(first, cache.check(policy, root, log));
    }

    @Test
    void modulesInParallelWaitForTheOneThatLoads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<CheckedPolicy>> modules = IntStream.range(0, 4)
                    .<Callable<CheckedPolicy>>mapToObj(i -> () -> cache.check(policy, root, log))
                    .toList();
            List<CheckedPolicy> checked = threads.invokeAll(modules).stream()
                    .map(PolicyCacheTest::get)
                    .toList();

            checked.forEach(each -> assertSame(checked.get(0), each));
        } finally {
            threads.shutdown();
        }
        assertEquals(1, count(CHECKED));
        assertEquals(3, count(AGAIN));
        assertEquals(1, warnings());
    }

    @Test
    void aPolicyWithErrorsFailsEveryModuleButIsPrintedOnce() throws Exception {
        Files.writeString(
                policy.resolve("shop.pledge"), GenerationTest.shopPolicy().replace("uses imei\n", "uses imie\n"));

        for (int module = 0; module < 2; module++) {
            CheckedPolicy checked = cache.check(policy, root, log);
            PledgeBuildException e = assertThrows(PledgeBuildException.class, () -> checked.view(null, false));
            assertEquals("the policy has 1 error: fix the lines above and build again", e.getMessage());
        }
        assertEquals(
                1,
                log.lines().stream()
                        .filter(line -> line.startsWith("[ERROR] src/main/pledge/shop.pledge:"))
                        .count());
    }

    @Test
    void aMissingPolicyFailsWithWhereItWasLookedFor() {
        PledgeBuildException e =
                assertThrows(PledgeBuildException.class, () -> cache.check(root.resolve("policy.pledge"), root, log));

        assertEquals(
                "policy policy.pledge does not exist: write the policy there, or set <policy> (property "
                        + "pledge.policy) to its file or folder",
                e.getMessage());
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
