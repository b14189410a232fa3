// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.CLEAN;
import static dev.pledge.dsl.PolicyFixture.cleanWith;
import static dev.pledge.dsl.PolicyFixture.describe;
import static dev.pledge.dsl.PolicyFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commitments: every declaration that contradicts one is an error where it is written, naming the
 * commitment and its place; and overlays ({@code extend}) are checked as merged with their base.
 */
class CommitmentsTest {

    @TempDir
    Path folder;

    private LoadResult check(String text) {
        return new PolicyFixture(folder).check(text);
    }

    private static List<Finding> contradictions(LoadResult result) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.COMMITMENT_CONTRADICTED.id()))
                .toList();
    }

    @Test
    void onlyWithConsentIsContradictedByEveryPurposeOnAnotherBasis() {
        LoadResult result =
                check(CLEAN + "commitment permission \"Only with your permission\" { only-with-consent }\n");
        List<Finding> found = contradictions(result);
        assertEquals(2, found.size(), describe(result));
        assertTrue(
                found.get(0)
                        .message()
                        .startsWith("purpose 'orders' uses personal data under basis contract, "
                                + "which needs no consent, which contradicts commitment 'permission' (only-with-consent, "
                                + "policy.pledge:"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("purpose 'measure'"), describe(result));
    }

    @Test
    void anUnstatedBasisKeepsOnlyWithConsent() {
        String text = cleanWith("basis contract\n", "basis unstated\n")
                .replace("basis legitimate-interest \"knowing which ads work\"", "basis consent");
        LoadResult result = check(text + "commitment permission \"Only with your permission\" { only-with-consent }\n");
        assertEquals(List.of(), contradictions(result), describe(result));
    }

    @Test
    void noSharingNamesTheCommitmentAndItsLine() {
        LoadResult result =
                check(CLEAN + "commitment no-email \"We never share your email\" {\n  no-sharing email\n}\n");
        Finding finding = contradictions(result).get(0);
        int line = CLEAN.lines().toList().size() + 1;
        assertEquals(
                "'mailer' receives 'email', which contradicts commitment 'no-email' (no-sharing, policy.pledge:" + line
                        + "): remove 'email' from this `receives`, or narrow the commitment with `with`, `with-kind`,"
                        + " `for` or `except when`",
                finding.message());
    }

    /** Whether a party that receives unstated data keeps a no-sharing promise, the policy does not say: a warning. */
    @Test
    void noSharingCannotBeCheckedAgainstUnstatedData() {
        String text = CLEAN.replace("  receives email for orders\n", "  receives unstated \"Personal Information\"\n");
        LoadResult result =
                check(text + "commitment no-email \"We never share your email\" {\n  no-sharing email\n}\n");
        int line = text.lines().toList().size() + 1;
        List<String> warnings = result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.DATA_UNSTATED.id()))
                .map(Finding::message)
                .toList();
        assertTrue(
                warnings.contains("'mailer' receives data the policy does not itemise, so commitment 'no-email'"
                        + " (no-sharing, policy.pledge:" + line + ") cannot be checked: it promises 'mailer' never"
                        + " receives 'email'; if the policy names what 'mailer' receives, list it with"
                        + " `receives <item>, <category>`"),
                describe(result));
        assertEquals(List.of(), contradictions(result), describe(result));

        LoadResult otherParty = check(text + "commitment c \"No ad network gets your email\" {\n"
                + "  no-sharing email with-kind advertising\n}\n");
        assertTrue(
                otherParty.findings().stream().noneMatch(f -> f.message().contains("cannot be checked")),
                describe(otherParty));
    }

    @Test
    void noSharingForOtherPurposesOrOtherKindsOrExceptedOccasionsHolds() {
        for (String promise : List.of(
                "no-sharing email for measure",
                "no-sharing email with-kind advertising, data-broker",
                "no-sharing location with mailer",
                "no-sharing email except when legal-obligation")) {
            String text = CLEAN.replace("receives email for orders", "receives email for orders when legal-obligation")
                    + "commitment c \"C\" { " + promise + " }\n";
            LoadResult result = check(text);
            assertEquals(List.of(), contradictions(result), promise + ":\n" + describe(result));
        }
    }

    @Test
    void aThirdPartyTrackerCollectingCommittedDataContradictsNoSharing() {
        String text = CLEAN
                + "tracking pixel \"Pixel\" { kind pixel by mailer for orders collects email }\n"
                + "commitment c \"C\" { no-sharing email with mailer for orders }\n";
        LoadResult result = check(text);
        assertEquals(2, contradictions(result).size(), describe(result));
        assertTrue(contradictions(result).get(1).message().startsWith("'mailer' collects 'email' through tracking"));
    }

    @Test
    void notLinkedIsContradictedByAPurposeUsingBothSides() {
        LoadResult result = check(cleanWith("uses email\n", "uses email, ad-clicks\n")
                + "commitment c \"C\" { not-linked ad-clicks to account }\n");
        assertEquals(1, contradictions(result).size(), describe(result));
        assertTrue(
                contradictions(result).get(0).message().startsWith("'orders' uses 'ad-clicks' together with 'email'"));
    }

    @Test
    void aNotLinkedToSafeguardIsContradictedByUsingWhatItNames() {
        LoadResult result = check(cleanWith("uses email\n", "uses email\n  not-linked-to email\n"));
        assertEquals(Set.of(Rule.COMMITMENT_CONTRADICTED.id()), rules(result), describe(result));
    }

    @Test
    void noTransfersIsContradictedByATransferAndAnswersTheTransfersQuestion() {
        LoadResult result = check(CLEAN + "commitment c \"We make no transfers\" { no-transfers }\n");
        assertEquals(1, contradictions(result).size(), describe(result));
        String none =
                cleanWith("transfer to-usa { from eea to usa by standard-contractual-clauses recipients mailer }", "")
                        + "commitment c \"We make no transfers\" { no-transfers }\n";
        assertEquals(Set.of(), rules(check(none)), "no gdpr-transfers warning either");
    }

    @Test
    void noTransferOutOfARegionIsContradictedByATransferFromIt() {
        LoadResult result = check(CLEAN + "transfer out { from cn to usa by permitted-by-law }\n"
                + "commitment c \"Chinese data stays in China\" { no-transfer-out-of cn }\n");
        assertEquals(1, contradictions(result).size(), describe(result));
        assertTrue(contradictions(result).get(0).message().startsWith("transfer 'out' takes data out of 'cn'"));
    }

    @Test
    void noSaleIsContradictedByADataBrokerReceivingPersonalData() {
        LoadResult result = check(cleanWith("kind service-provider", "kind service-provider, data-broker")
                + "commitment c \"We do not sell your data\" { no-sale }\n");
        assertEquals(1, contradictions(result).size(), describe(result));
    }

    @Test
    void anOverlayIsCheckedAsMergedWithItsBase() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("base.pledge", CLEAN.replace("data ad-clicks", "data phone \"Phone number\"\n  data ad-clicks"));
        fixture.write("eu.pledge", """
				import "base.pledge"
				policy shop-eu "Shop EU" extends shop { version "1" }
				extend orders { uses phone }
				extend mailer { receives phone for orders }
				extend nearby { uses ad-clicks }
				""");
        LoadResult merged = fixture.load(List.of(folder));
        assertTrue(
                merged.findings().stream().noneMatch(f -> f.ruleId().equals(Rule.DISCLOSURE_OUTSIDE_PURPOSE.id())),
                "the overlay's purpose uses what the overlay's disclosure gives: " + describe(merged));
        fixture.write("eu.pledge", """
				import "base.pledge"
				policy shop-eu "Shop EU" extends shop { version "1" }
				extend mailer { receives phone for orders }
				extend orders { uses location }
				""");
        LoadResult broken = fixture.load(List.of(folder));
        assertTrue(
                rules(broken)
                        .containsAll(Set.of(
                                Rule.DISCLOSURE_OUTSIDE_PURPOSE.id(), Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT.id())),
                describe(broken));
    }
}
