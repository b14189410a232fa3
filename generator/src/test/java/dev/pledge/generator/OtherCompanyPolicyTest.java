// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.dsl.load.Severity;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeFormat;
import dev.pledge.generator.notice.NoticeGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12, measurement 3: a policy of another company than Xiaomi (a note-taking app, {@code
 * other-company/nimbus.pledge}), written from the README as a new user would. Each gap the measurement found has a
 * construct now: first-party telemetry, a children's rule for one service, a second retention for the same data in
 * one service, rights in all regions, a policy that states no legal basis, the valid kinds on an unknown right kind,
 * and a warning on a right with no way to use it.
 */
class OtherCompanyPolicyTest {

    static final Path NIMBUS = TestPolicies.resource("other-company/nimbus.pledge");

    static LoadResult loaded;
    static String notice;

    @BeforeAll
    static void load() {
        loaded = TestPolicies.load(List.of(NIMBUS));
        Policy policy = TestPolicies.view(loaded, null);
        notice = new NoticeGenerator().render(policy, NoticeFormat.TEXT, "en").text();
    }

    private static List<String> warnings(String rule) {
        return loaded.findings().stream()
                .filter(f -> rule.equals(f.ruleId()))
                .map(Finding::message)
                .toList();
    }

    private static List<String> errors(LoadResult result) {
        return result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::message)
                .toList();
    }

    /** The notice's entry (numbered heading, then its lines) titled {@code heading}, to the next blank line. */
    private static String entry(String heading) {
        Matcher start =
                Pattern.compile("\n[0-9.]+ " + Pattern.quote(heading) + "\n").matcher(notice);
        assertTrue(start.find(), () -> "no entry " + heading + " in\n" + notice);
        int end = notice.indexOf("\n\n", start.start() + 1);
        return notice.substring(start.start() + 1, end < 0 ? notice.length() : end);
    }

    private static void assertEntrySays(String heading, String... phrases) {
        String entry = entry(heading);
        for (String phrase : phrases) {
            assertTrue(entry.contains(phrase), () -> "the entry does not say: " + phrase + "\n" + entry);
        }
    }

    @Test
    void theControllerRunsItsOwnTelemetry() {
        assertEntrySays("In-app usage and crash reporting", "Used by: Nimbus Labs, Inc.", "Only for: Nimbus Notes");
        assertEquals(List.of(), errors(loaded), "no party stands in for the controller");
    }

    @Test
    void eachProductHasItsOwnChildrensRule() {
        assertEntrySays(
                "Children and Nimbus Notes for Kids",
                "Only for: Nimbus Notes for Kids",
                "Under 13: a parent's or guardian's consent is needed");
        assertEntrySays("Children and Nimbus Notes", "Only for: Nimbus Notes\n", "not directed at children");
    }

    @Test
    void syncedNotesHaveASecondRetention() {
        assertEntrySays("How long we keep your account", "Kept for: until you delete your account");
        assertEntrySays(
                "Synced notes",
                "Kept for: 90 days after you delete a note or turn off Nimbus Sync",
                "Only for: Nimbus Sync");
    }

    @Test
    void rightsHoldInAllRegionsAndARightWithoutAWayToUseItIsReported() {
        assertEntrySays("Get a copy of your data", "Regions: All regions");
        assertEntrySays("Delete your data", "Regions: All regions");
        assertEquals(
                List.of("right 'portability' does not say how to use it: add `via web \"<url>\"` (or `via email`,"
                        + " `via settings`, ...) to it, or a `request-procedure <name> { via ... }` the policy's"
                        + " request rights follow"),
                warnings("right-without-channel"));
    }

    @Test
    void aPolicyThatStatesNoBasisSaysSo() {
        assertEquals(3, warnings("gdpr-legal-basis").size(), () -> TestPolicies.format(loaded.findings()));
        assertEntrySays("Syncing your notes between your devices", "Legal basis: Not stated in this policy");
        assertEquals(List.of(), errors(loaded), "no basis is invented");
    }

    @Test
    void aRightKindOfAnotherLawGetsTheValidKindsAndTheOneItMeans(@TempDir Path dir) throws Exception {
        // the CCPA's "right to delete", as a US author would write it
        Path file = Files.writeString(
                dir.resolve("nimbus.pledge"),
                Files.readString(NIMBUS)
                        .replace("right erasure \"Delete your data\"", "right deletion \"Delete your data\""));
        LoadResult result = new PolicyLoader().load(List.of(file));
        assertEquals(
                List.of("unexpected 'deletion': a right kind is expected here, one of: information, access,"
                        + " rectification, erasure, restriction, portability, object, withdraw-consent,"
                        + " automated-decision, complaint, account-deletion, control (did you mean `erasure`?)"),
                errors(result));
    }
}
