// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.util.List;

/** The policies the export tests share, loaded once per JVM. */
final class ExportTestPolicies {

    private static Policy shop;
    private static Policy xiaomi;

    private ExportTestPolicies() {}

    /** {@code shop.pledge} beside the tests: small, with texts to escape and unmapped names. */
    static synchronized Policy shop() {
        if (shop == null) {
            shop = TestPolicies.view(TestPolicies.load(List.of(TestPolicies.resource("export/shop.pledge"))), null);
        }
        return shop;
    }

    /** The Xiaomi 2021 example policy. */
    static synchronized Policy xiaomi() {
        if (xiaomi == null) {
            xiaomi = TestPolicies.view(TestPolicies.load(List.of(TestPolicies.XIAOMI_2021)), null);
        }
        return xiaomi;
    }
}
