// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy ids as Java names. */
class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "fraud-prevention, FRAUD_PREVENTION",
        "appsFlyer, APPS_FLYER",
        "EU, EU",
        "ip-v4, IP_V4",
        "x1y, X1Y",
        "a1B, A1_B",
        "_under, _UNDER",
        "3d-touch, _3D_TOUCH",
        "_, __",
        "for, FOR",
        "a--b, A__B"
    })
    void constantNames(String id, String name) {
        assertEquals(name, JavaNames.constant(id));
    }

    @Test
    void collisionsAreResolvedInDeclarationOrder() {
        assertEquals(
                List.of("A_B", "A_B_2", "A_B_3", "A_B_2_2"), JavaNames.constants(List.of("a-b", "aB", "a_b", "a-b-2")));
        assertEquals(List.of("A_B_2", "A_B", "A_B_3"), JavaNames.constants(List.of("a-b-2", "a-b", "aB")));
    }

    @ParameterizedTest
    @CsvSource({
        "xiaomi, Xiaomi",
        "xiaomi-eu, XiaomiEu",
        "my_policy, MyPolicy",
        "2021-policy, Policy2021Policy",
        "shopEU, ShopEU"
    })
    void typePrefixes(String id, String prefix) {
        assertEquals(prefix, JavaNames.typePrefix(id));
    }
}
