// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Text;
import dev.pledge.runtime.PurposeSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Xiaomi 2021 policy of the examples, generated, compiled and used. */
class GeneratedXiaomiTest {

    private static final String PACKAGE = "com.example.xiaomi";

    @TempDir
    static Path dir;

    private static Policy policy;
    private static CompiledApi api;

    @BeforeAll
    static void generate() {
        policy = TestPolicies.view(TestPolicies.load(List.of(TestPolicies.XIAOMI_2021)), null);
        api = CompiledApi.of(policy, PACKAGE, dir);
    }

    @Test
    void writesTheApiFiles() {
        assertEquals(
                List.of(
                        "DataCategory.java",
                        "DataItem.java",
                        "Purpose.java",
                        "ThirdParty.java",
                        "Right.java",
                        "Region.java",
                        "PersonalData.java",
                        "PolicyValues.java",
                        "XiaomiConsent.java",
                        "XiaomiLedger.java"),
                api.sources.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(api.sources.get(0).startsWith(dir.resolve("src/com/example/xiaomi")));
    }

    @Test
    void everyDeclarationIsAConstantWithItsTextsInEveryLanguage() {
        assertTexts(
                "DataCategory",
                policy.categories().stream()
                        .map(c -> new Texts(c.title(), c.description()))
                        .toList());
        assertTexts(
                "DataItem",
                policy.items().stream()
                        .map(c -> new Texts(c.title(), c.description()))
                        .toList());
        assertTexts(
                "Purpose",
                policy.purposes().stream()
                        .map(c -> new Texts(c.title(), c.description()))
                        .toList());
        assertTexts(
                "ThirdParty",
                policy.parties().stream()
                        .map(c -> new Texts(c.title(), c.description()))
                        .toList());
        assertTexts(
                "Region",
                policy.regions().stream()
                        .map(c -> new Texts(c.title(), c.description()))
                        .toList());
        List<?> rights = api.constants("Right");
        assertEquals(policy.rights().size(), rights.size());
        for (int i = 0; i < rights.size(); i++) {
            Text title = policy.rights().get(i).title();
            assertEquals(
                    title == null ? policy.rights().get(i).id() : title.text(),
                    CompiledApi.call(rights.get(i), "title"));
        }
    }

    private record Texts(Text title, Text description) {}

    private static void assertTexts(String type, List<Texts> expected) {
        List<?> constants = api.constants(type);
        assertEquals(expected.size(), constants.size(), type + " constants");
        for (int i = 0; i < constants.size(); i++) {
            Object constant = constants.get(i);
            Text title = expected.get(i).title();
            Text description = expected.get(i).description();
            assertEquals(title.translations(), CompiledApi.call(constant, "titles"), type + " " + constant);
            assertEquals(title.text(), CompiledApi.call(constant, "title"));
            assertEquals(title.in("zh"), CompiledApi.call(constant, "title", "zh"));
            assertEquals(
                    description == null ? Map.of() : description.translations(),
                    CompiledApi.call(constant, "descriptions"));
        }
    }

    @Test
    void purposesCarryBasisVersionItemsAndRegions() {
        for (Purpose purpose : policy.purposes()) {
            PurposeSpec spec = purpose(purpose.id());
            assertEquals(purpose.id(), spec.id());
            assertEquals(purpose.basis().name(), spec.basis().name());
            assertEquals(purpose.version() == null ? 1 : purpose.version(), spec.version());
            assertEquals(-1L, spec.regionMask(), "Xiaomi restricts no purpose to regions");
            Set<?> items = (Set<?>) CompiledApi.call(spec, "items");
            assertEquals(
                    Set.copyOf(purpose.items()),
                    items.stream().map(item -> CompiledApi.call(item, "id")).collect(Collectors.toSet()));
        }
        assertEquals(2, purpose("find-device").version(), "raised since the 2015 policy");
        assertEquals(1, purpose("order-payment").version(), "no version written: 1");
    }

    private static PurposeSpec purpose(String id) {
        return (PurposeSpec) ((java.util.Optional<?>) api.callStatic("Purpose", "byId", id)).orElseThrow();
    }
}
