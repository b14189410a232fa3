// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Policies the notice tests share, each loaded and checked once. */
final class NoticeFixtures {

    static final Path XIAOMI_2015 =
            Path.of("..", "examples", "xiaomi", "2015").toAbsolutePath().normalize();

    private static final Map<Path, Policy> VIEWS = new ConcurrentHashMap<>();

    private NoticeFixtures() {}

    static Policy xiaomi2021() {
        return view(TestPolicies.XIAOMI_2021);
    }

    static Policy xiaomi2015() {
        return view(XIAOMI_2015);
    }

    /** The policy of the model tests that uses every clause of the language once. */
    static Policy everyFeature() {
        return view(TestPolicies.resource("model/every-feature.pledge"));
    }

    static Policy view(Path path) {
        return VIEWS.computeIfAbsent(path, p -> TestPolicies.view(TestPolicies.load(List.of(p)), null));
    }
}
