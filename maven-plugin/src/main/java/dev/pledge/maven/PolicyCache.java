// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.Log;

/**
 * The policies of one build, each loaded and checked once. The first goal that needs a policy loads
 * it and prints its findings and the {@code Checked ...} line; every later goal, in any module, gets
 * the same {@link CheckedPolicy} and one line saying so, as long as the content of its files is
 * unchanged (else it is loaded and printed again). Thread-safe: a module built in parallel waits
 * while another loads the policy it needs.
 */
final class PolicyCache {

    private final Map<Path, Slot> slots = new ConcurrentHashMap<>();

    /** The latest check of one policy location; its monitor serialises loading it. */
    private static final class Slot {
        private CheckedPolicy checked;
    }

    /**
     * The checked policy at {@code policy}, loaded now or earlier in this build.
     *
     * @param displayBase paths in printed lines are relative to it
     * @throws PledgeBuildException if the policy does not exist or cannot be read
     */
    CheckedPolicy check(Path policy, Path displayBase, Log log) throws PledgeBuildException {
        Path key = policy.toAbsolutePath().normalize();
        if (!Files.exists(key)) {
            throw PolicyLocation.notFound(List.of(policy), displayBase);
        }
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        synchronized (slot) {
            CheckedPolicy earlier = slot.checked;
            if (earlier != null && earlier.hash().equals(hash(key, earlier.files()))) {
                log.info("Policy " + Finding.display(key, displayBase) + " already checked in this build: "
                        + earlier.counts() + ".");
                return earlier;
            }
            slot.checked = load(key, displayBase, log);
            return slot.checked;
        }
    }

    private static CheckedPolicy load(Path policy, Path displayBase, Log log) throws PledgeBuildException {
        long start = System.nanoTime();
        LoadResult result;
        try {
            result = new PolicyLoader().load(List.of(policy));
        } catch (PolicyLoadException e) {
            throw PledgeBuildException.failure("cannot read the policy: " + relative(e.getMessage(), displayBase), e);
        }
        // hashed right after reading, so an edit made meanwhile is not taken for the checked content
        CheckedPolicy checked = new CheckedPolicy(policy, result, hash(policy, result.files()));
        for (Finding finding : result.findings()) {
            String line = finding.format(displayBase);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        log.info("Checked " + Counts.plural(result.files().size(), "policy file") + ": " + checked.counts() + ".");
        log.debug(String.format(
                java.util.Locale.ROOT,
                "Loaded and checked policy %s in %.2fs",
                policy,
                (System.nanoTime() - start) / 1e9));
        return checked;
    }

    /** The content hash of the policy's files: those below the location, and those it imported when loaded. */
    private static String hash(Path policy, List<Path> loaded) {
        return InputStamp.hash(List.of(policy), loaded, Map.of(), List.of());
    }

    /** Core messages name absolute paths; below the display base they read better relative to it. */
    private static String relative(String message, Path base) {
        String prefix = base.toAbsolutePath().normalize() + File.separator;
        return message == null ? "" : message.replace(prefix, "");
    }
}
