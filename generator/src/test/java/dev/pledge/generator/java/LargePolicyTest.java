// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import dev.pledge.runtime.ConsentGuard;
import dev.pledge.runtime.Decision;
import dev.pledge.runtime.PurposeSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy ten times the size of Xiaomi's (960 data items, 520 purposes, 480 parties, texts in
 * three languages) generates Java that compiles: javac refuses a class initialiser over 64 KB, and
 * every enum constant's arguments are code in it, so the constants pass their texts as plain
 * literals, one per language.
 */
class LargePolicyTest {

    @TempDir
    Path dir;

    @Test
    void aPolicyTenTimesXiaomisSizeCompilesAndItsGuardWorks() throws Exception {
        Policy policy = TestPolicies.view(
                TestPolicies.load(
                        List.of(SyntheticPolicy.write(dir.resolve("policy"), 10, JavaModelBuilder.MAX_REGIONS))),
                null);
        assertEquals(960, policy.items().size());
        assertEquals(520, policy.purposes().size());
        assertEquals(480, policy.parties().size());

        CompiledApi api = CompiledApi.of(policy, "com.example.large", dir);

        Object[] parties = (Object[]) api.callStatic("ThirdParty", "values");
        assertEquals(480, parties.length);
        assertEquals("Recipient 479", CompiledApi.call(parties[479], "title"));
        assertEquals("Русский заголовок 479", CompiledApi.call(parties[479], "title", "ru"));
        PurposeSpec[] purposes = (PurposeSpec[]) api.callStatic("Purpose", "values");
        ConsentGuard guard = (ConsentGuard) api.callStatic("SyntheticConsent", "guard");
        assertEquals(Decision.ALLOWED_BY_BASIS, guard.check(guard.newSubject("s"), purposes[0]), "purpose 0: contract");
        assertEquals(Decision.DENIED_NO_CONSENT, guard.check(guard.newSubject("s"), purposes[2]), "purpose 2: consent");
    }
}
