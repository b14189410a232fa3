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
import dev.pledge.dsl.load.Severity;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, each with a policy that breaks it (exactly that rule fires) and a near miss that
 * must pass (the rule's allowed path). All start from {@link PolicyFixture#CLEAN}.
 */
class ValidationTest {

    @TempDir
    Path folder;

    @Test
    void cleanPolicyHasNoFindingAtAll() {
        LoadResult result = new PolicyFixture(folder).check(CLEAN);
        assertEquals(Set.of(), rules(result), describe(result));
    }

    static Stream<Arguments> rulesBrokenAndKept() {
        return Stream.of(
                // rule, piece of CLEAN, what breaks the rule, a near miss that keeps it
                Arguments.of(
                        Rule.MISSING_LEGAL_BASIS,
                        "basis contract\n",
                        "\n",
                        "basis consent\n  withdraw web \"https://shop.example/consent\"\n"),
                Arguments.of(
                        Rule.DUPLICATE_BASIS,
                        "basis contract\n  uses email",
                        "basis contract\n  basis legal-obligation\n  uses email",
                        "basis contract\n  basis legal-obligation in eea\n  uses email"),
                Arguments.of(
                        Rule.GDPR_LEGAL_BASIS,
                        "basis legitimate-interest \"knowing which ads work\"",
                        "basis unstated",
                        "basis legal-obligation in cn\n  basis legitimate-interest \"knowing which ads work\""),
                Arguments.of(
                        Rule.CONFLICTING_CONSENT,
                        "right access {",
                        "tracking t \"T\" { kind cookie for measure collects ad-clicks consent-required implied-consent"
                                + " }\nright access {",
                        "tracking t \"T\" { kind cookie for measure collects ad-clicks implied-consent \"by enabling"
                                + " cookies\" }\nright access {"),
                Arguments.of(
                        Rule.DATA_UNSTATED,
                        "uses ad-clicks\n",
                        "uses ad-clicks\n  uses unstated \"the data you give us\"\n",
                        "uses ad-clicks\n"),
                Arguments.of(
                        Rule.SENSITIVE_EXPLICIT_CONSENT_OPEN,
                        "basis explicit-consent\n",
                        "basis consent or explicit-consent \"as local law requires\"\n",
                        "basis explicit-consent in eea\n  basis explicit-consent\n"),
                Arguments.of(
                        Rule.GDPR_CONSENT_FORM,
                        "basis legitimate-interest \"knowing which ads work\"",
                        "basis no-objection \"unless you object\"",
                        "basis legitimate-interest \"knowing which ads work\""),
                Arguments.of(
                        Rule.DUPLICATE_ROLE,
                        "controller shop-ltd \"Shop Ltd.\" { address",
                        "controller shop-ltd \"Shop Ltd.\" { role controller role processor address",
                        "controller shop-ltd \"Shop Ltd.\" { role controller role processor in usa address"),
                Arguments.of(
                        Rule.ROLE_CONFLICT,
                        "email \"privacy@shop.example\" }\ncontact dpo \"Data Protection Officer\" { role dpo email \"dpo@shop.example\" }\nregion eea \"European Economic Area\" {",
                        "email \"privacy@shop.example\" }\ncontact dpo \"Data Protection Officer\" { role dpo email \"dpo@shop.example\" }\nregion eea \"European Economic Area\" {"
                                .replace(
                                        "email \"privacy@shop.example\" }",
                                        "email \"privacy@shop.example\" role processor in eea }")
                                .replace("Area\" {", "Area\" { controller shop-ltd"),
                        "email \"privacy@shop.example\" }\ncontact dpo \"Data Protection Officer\" { role dpo email \"dpo@shop.example\" }\nregion eea \"European Economic Area\" {"
                                .replace(
                                        "email \"privacy@shop.example\" }",
                                        "email \"privacy@shop.example\" role controller in eea }")
                                .replace("Area\" {", "Area\" { controller shop-ltd")),
                Arguments.of(
                        Rule.CONFLICTING_SCOPE,
                        "right object { via web",
                        "right object { regions eea all-regions via web",
                        "right object { all-regions via web"),
                Arguments.of(
                        Rule.RIGHT_WITHOUT_CHANNEL,
                        "right restriction { via web \"https://shop.example/privacy\" }",
                        "right restriction { }",
                        "right restriction { }\nrequest-procedure requests { via web \"https://shop.example/privacy\" }"),
                Arguments.of(
                        Rule.EXTENSION_MISMATCH,
                        "right complaint { via web \"https://edpb.europa.eu\" }",
                        "right complaint { via web \"https://edpb.europa.eu\" }\nextend orders { from mailer }",
                        "right complaint { via web \"https://edpb.europa.eu\" }\nextend orders { uses ad-clicks }"),
                Arguments.of(
                        Rule.COMMITMENT_CONTRADICTED,
                        "right complaint { via web \"https://edpb.europa.eu\" }",
                        "right complaint { via web \"https://edpb.europa.eu\" }\ncommitment c \"We do not share your email\" { no-sharing email }",
                        "right complaint { via web \"https://edpb.europa.eu\" }\ncommitment c \"We do not share your email\" { no-sharing email with-kind advertising }"),
                Arguments.of(
                        Rule.MISSING_INTEREST,
                        "basis legitimate-interest \"knowing which ads work\"",
                        "basis legitimate-interest",
                        "basis legitimate-interest \"fraud prevention\""),
                Arguments.of(
                        Rule.MISSING_WITHDRAWAL,
                        "withdraw settings \"Settings > Location\"\n",
                        "",
                        "withdraw email \"privacy@shop.example\"\n"),
                Arguments.of(
                        Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT,
                        "basis explicit-consent\n",
                        "basis consent\n",
                        "basis explicit-consent\n  condition \"only while you use the map\"\n"),
                Arguments.of(
                        Rule.DISCLOSURE_OUTSIDE_PURPOSE,
                        "receives email for orders",
                        "receives email for nearby",
                        "receives email for orders, orders"),
                Arguments.of(
                        Rule.TRANSFER_WITHOUT_MECHANISM,
                        "from eea to usa by standard-contractual-clauses",
                        "from cn to usa",
                        "from cn to usa by permitted-by-law"),
                Arguments.of(
                        Rule.UNUSED_DATA,
                        "data email \"Email address\" zh \"电子邮件地址\"",
                        "data email \"Email address\"\n  data phone \"Phone number\"",
                        "data email \"Email address\" { description \"for receipts\" }"),
                Arguments.of(
                        Rule.MISSING_RETENTION,
                        "retention 6 years after \"the order\"",
                        "",
                        "retention until \"the order is delivered\""),
                Arguments.of(
                        Rule.DUPLICATE_NAME,
                        "purpose measure \"Measure ads\"",
                        "purpose email \"Measure ads\"",
                        "purpose measure-ads \"Measure ads\""),
                Arguments.of(
                        Rule.UNRESOLVED_NAME, "receives email for", "receives emial for", "receives email, email for"),
                Arguments.of(Rule.UNKNOWN_LANGUAGE, "zh \"电子邮件地址\"", "fr \"adresse e-mail\"", "zh \"邮箱\""),
                Arguments.of(Rule.MISSING_VERSION, "version \"2024-01-01\"", "", "version \"v7\""),
                Arguments.of(
                        Rule.INVALID_DATE,
                        "effective \"2024-01-01\"",
                        "effective \"January 2024\"",
                        "effective \"2024-02-29\""),
                Arguments.of(
                        Rule.INVALID_PURPOSE_VERSION,
                        "retention 30 days\n",
                        "retention 30 days\n  version 0\n",
                        "retention 30 days\n  version 3\n"),
                Arguments.of(Rule.DUPLICATE_TRANSLATION, "zh \"商店隐私政策\"", "zh \"商店隐私政策\" zh \"商店\"", "zh \"商店隐私政策\""),
                Arguments.of(Rule.EXTENDS_CYCLE, "\"商店隐私政策\" {", "\"商店隐私政策\" extends shop {", "\"商店隐私政策\" {"),
                Arguments.of(
                        Rule.IDENTIFIER_STYLE, "contact dpo ", "contact DataProtection_Officer ", "contact dpo-2 "),
                Arguments.of(
                        Rule.MULTIPLE_POLICIES,
                        "controller shop-ltd",
                        "policy other \"Other\" { version \"1\" automated-decisions \"none\" }\ncontroller shop-ltd",
                        "controller shop-ltd"),
                Arguments.of(
                        Rule.GDPR_CONTROLLER,
                        "{ address \"1 Main Street, Dublin\" email \"privacy@shop.example\" }",
                        "{ }",
                        "{ email \"privacy@shop.example\" }"),
                Arguments.of(Rule.GDPR_DPO, "role dpo", "role support", "role dpo"),
                Arguments.of(Rule.GDPR_RECIPIENTS, "party mailer", "party mailer", "recipient mailer"),
                Arguments.of(
                        Rule.GDPR_TRANSFERS,
                        "transfer to-usa { from eea to usa by standard-contractual-clauses recipients mailer }",
                        "",
                        "transfer to-usa { from eea to usa by adequacy-decision }"),
                Arguments.of(
                        Rule.GDPR_RIGHTS,
                        "right portability { via web \"https://shop.example/privacy\" }",
                        "",
                        "right portability { via email \"privacy@shop.example\" }"),
                Arguments.of(
                        Rule.GDPR_WITHDRAWAL,
                        "right withdraw-consent { description \"You may withdraw consent at any time.\" }",
                        "",
                        "right withdraw-consent { via web \"https://shop.example/consent\" }"),
                Arguments.of(
                        Rule.GDPR_COMPLAINT,
                        "right complaint { via web \"https://edpb.europa.eu\" }",
                        "",
                        "right complaint { via post \"The authority's address\" }"),
                Arguments.of(
                        Rule.GDPR_AUTOMATED_DECISIONS,
                        "automated-decisions \"We make no decisions based solely on automated processing.\"",
                        "",
                        "automated-decisions \"We profile you to choose ads; you may object.\""),
                Arguments.of(Rule.GDPR_SOURCE, "{ from mailer }", "", "{ from mailer, mailer }"),
                Arguments.of(
                        Rule.BIDI_CONTROL,
                        "\"Shop privacy policy\"",
                        "\"Shop \u202Eprivacy policy\"",
                        "\"Shop \\u202Eprivacy policy\""),
                Arguments.of(
                        Rule.DUPLICATE_CLAUSE,
                        "version \"2024-01-01\"",
                        "version \"2024-01-01\"\n  version \"2024-02-01\"",
                        "version \"2024-02-01\""),
                Arguments.of(
                        Rule.NAME_TOO_LONG,
                        "contact dpo ",
                        "contact dpo-" + "a".repeat(97) + " ",
                        "contact dpo-" + "a".repeat(96) + " "),
                Arguments.of(
                        Rule.INVALID_LANGUAGE, "languages en, zh", "languages en, zh, xx", "languages en, zh, pt-BR"),
                Arguments.of(
                        Rule.SENSITIVE_WITHOUT_LAW,
                        "sensitive under ccpa",
                        "sensitive",
                        "sensitive under ccpa, pipl-art-28"),
                Arguments.of(
                        Rule.WITHDRAW_WITHOUT_CONSENT,
                        "opt-out web \"https://shop.example/ads\"",
                        "withdraw web \"https://shop.example/ads\"",
                        "opt-out web \"https://shop.example/ads\", email \"privacy@shop.example\""),
                Arguments.of(
                        Rule.GDPR_PROVISION,
                        "provision required-for-contract consequence \"Without your email address we cannot confirm your order.\"",
                        "",
                        "provision required-by-contract"),
                Arguments.of(
                        Rule.GDPR_AUTOMATED_LOGIC,
                        "retention until \"you object\"",
                        "retention until \"you object\" automated-decisions { logic \"We score clicks.\" }",
                        "retention until \"you object\" automated-decisions { logic \"We score clicks.\""
                                + " significance \"It decides which ads you see.\""
                                + " consequences \"You may see fewer offers.\" }"),
                Arguments.of(
                        Rule.GDPR_SOURCE_TIMING, "told within 1 month", "", "told at-first-contact, within 4 weeks"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesBrokenAndKept")
    void ruleFiresWhenBrokenAndOnlyThen(Rule rule, String piece, String broken, String kept) {
        PolicyFixture fixture = new PolicyFixture(folder);
        String brokenText = rule == Rule.GDPR_RECIPIENTS ? withoutParties() : cleanWith(piece, broken);
        LoadResult failing = fixture.check(brokenText);
        assertEquals(Set.of(rule.id()), rules(failing), describe(failing));
        Finding finding = failing.findings().get(0);
        assertEquals(rule.level() == Rule.Level.ERROR ? Severity.ERROR : Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("`"), "every message quotes what to write: " + finding.message());

        LoadResult passing = fixture.check(cleanWith(piece, kept));
        assertEquals(Set.of(), rules(passing), describe(passing));
    }

    @Test
    void everyRuleIsCovered() {
        Set<Rule> covered =
                rulesBrokenAndKept().map(a -> (Rule) a.get()[0]).collect(java.util.stream.Collectors.toSet());
        Set<Rule> elsewhere = Set.of(
                Rule.SYNTAX,
                Rule.NOT_TEXT,
                Rule.EMPTY_FILE,
                Rule.FILE_TOO_LARGE,
                Rule.IMPORT_NOT_FOUND,
                Rule.DUPLICATE_POLICY,
                Rule.INTERNAL_ERROR,
                Rule.GDPR_PURPOSES,
                Rule.GDPR_RETENTION,
                Rule.MISSING_TRANSLATION);
        Arrays.stream(Rule.values())
                .filter(r -> !elsewhere.contains(r))
                .forEach(r -> assertTrue(covered.contains(r), "no broken/kept case for " + r.id()));
    }

    @Test
    void aRegionalBasisAloneLeavesEveryOtherRegionWithoutOne() {
        LoadResult result = new PolicyFixture(folder).check(cleanWith("basis contract\n", "basis contract in eea\n"));
        assertEquals(Set.of(Rule.MISSING_LEGAL_BASIS.id()), rules(result), describe(result));
        assertTrue(result.findings().get(0).message().contains("outside 'eea'"), describe(result));
    }

    @Test
    void aPurposeLimitedToRegionsNeedsOnlyTheirBases() {
        LoadResult result = new PolicyFixture(folder)
                .check(cleanWith(
                        "basis contract\n",
                        "basis contract in eea\n  basis legal-obligation in cn\n  regions eea, cn\n"));
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void aRegionWithTwoBasesIsAnError() {
        LoadResult result = new PolicyFixture(folder)
                .check(cleanWith(
                        "basis contract\n",
                        "basis contract\n  basis legal-obligation in eea, cn\n  basis contract in cn\n"));
        assertEquals(Set.of(Rule.DUPLICATE_BASIS.id()), rules(result), describe(result));
        assertTrue(result.findings().get(0).message().contains("region 'cn'"), describe(result));
    }

    @Test
    void anUnstatedBasisIsAGapNotAContradictionOfSensitiveData() {
        LoadResult result = new PolicyFixture(folder).check(cleanWith("basis explicit-consent\n", "basis unstated\n"));
        assertTrue(rules(result).contains(Rule.GDPR_LEGAL_BASIS.id()), describe(result));
        assertEquals(Set.of(), rules(result, Severity.ERROR), describe(result));
    }

    @Test
    void aRequestProcedureIsAWayToWithdrawForTheWithdrawalRight() {
        String text = cleanWith("withdraw settings \"Settings > Location\"\n", "")
                + "request-procedure requests { via web \"https://shop.example/requests\" }\n";
        LoadResult result = new PolicyFixture(folder).check(text);
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void aRightOfAnotherKindDoesNotFollowTheProcedureUnlessItNamesIt() {
        String named = cleanWith(
                "right complaint { via web \"https://edpb.europa.eu\" }",
                "right complaint { procedure requests }\nrequest-procedure requests { via post \"1 Main St\" }");
        assertEquals(Set.of(), rules(new PolicyFixture(folder).check(named)));
        String unnamed = cleanWith(
                "right complaint { via web \"https://edpb.europa.eu\" }",
                "right complaint { }\nrequest-procedure requests { via post \"1 Main St\" }");
        LoadResult result = new PolicyFixture(folder).check(unnamed);
        assertEquals(Set.of(Rule.RIGHT_WITHOUT_CHANNEL.id()), rules(result), describe(result));
    }

    @Test
    void aRetentionRuleLimitedToAServiceCoversOnlyPurposesOfThatService() {
        String text = cleanWith("retention 6 years after \"the order\"", "services app")
                + "service app \"App\"\nservice web \"Website\"\n";
        assertEquals(
                Set.of(),
                rules(new PolicyFixture(folder).check(text + "retention app-rule { services app keep 1 year }\n")));
        LoadResult other = new PolicyFixture(folder).check(text + "retention web-rule { services web keep 1 year }\n");
        assertEquals(Set.of(Rule.MISSING_RETENTION.id()), rules(other), describe(other));
    }

    @Test
    void sensitiveDataReachedThroughItsCategoryNeedsExplicitConsent() {
        LoadResult result = new PolicyFixture(folder).check(cleanWith("uses email\n", "uses account\n"));
        assertEquals(Set.of(Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT.id()), rules(result), describe(result));
    }

    @Test
    void disclosureOfACategoryChecksEachOfItsItems() {
        LoadResult result =
                new PolicyFixture(folder).check(cleanWith("receives email for orders", "receives account for orders"));
        assertEquals(Set.of(Rule.DISCLOSURE_OUTSIDE_PURPOSE.id()), rules(result), describe(result));
        assertTrue(result.findings().get(0).message().contains("'location'"), describe(result));
    }

    @Test
    void aPolicyWideWithdrawalChannelCoversEveryConsentPurpose() {
        String text = cleanWith("withdraw settings \"Settings > Location\"\n", "")
                .replace(
                        "right withdraw-consent { description",
                        "right withdraw-consent { via web \"https://shop.example/consent\" description");
        LoadResult result = new PolicyFixture(folder).check(text);
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void aSupervisoryAuthorityNamedInARegionCoversTheRightToComplain() {
        String text = cleanWith("right complaint { via web \"https://edpb.europa.eu\" }", "")
                .replace(
                        "transfer-rules \"GDPR Chapter V\"",
                        "transfer-rules \"GDPR Chapter V\" authority \"Data Protection Commission\"");
        LoadResult result = new PolicyFixture(folder).check(text);
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void transferOutOfARegionWithoutRulesNeedsNoMechanism() {
        LoadResult result = new PolicyFixture(folder).check(CLEAN + "transfer back { from usa to eea }\n");
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void policyWithoutPurposesOrRetentionMissesThoseNoticeElements() {
        String bare = """
				policy bare "Bare" {
				  version "1"
				  automated-decisions "none"
				}
				""";
        LoadResult result = new PolicyFixture(folder).check(bare);
        assertTrue(
                rules(result)
                        .containsAll(Set.of(
                                Rule.GDPR_PURPOSES.id(),
                                Rule.GDPR_RETENTION.id(),
                                Rule.GDPR_CONTROLLER.id(),
                                Rule.GDPR_RIGHTS.id())),
                describe(result));
        assertEquals(Set.of(), rules(result, Severity.ERROR), describe(result));
    }

    @Test
    void peopleAreToldAboutDataFromOthersWithinAMonthAtTheLatest() {
        LoadResult late = new PolicyFixture(folder).check(cleanWith("told within 1 month", "told within 5 weeks"));
        assertEquals(Set.of(Rule.GDPR_SOURCE_TIMING.id()), rules(late), describe(late));
        assertTrue(late.findings().get(0).message().contains("Art. 14(3)(a)"), describe(late));
        LoadResult onePolicyWide = new PolicyFixture(folder)
                .check(cleanWith("told within 1 month", "")
                        .replace("languages en, zh\n", "languages en, zh\n  told \"When we first write to you.\"\n"));
        assertEquals(Set.of(), rules(onePolicyWide), describe(onePolicyWide));
    }

    @Test
    void aPolicyWideProvisionStatementCoversEveryPurpose() {
        LoadResult result = new PolicyFixture(folder)
                .check(
                        cleanWith(
                                        "provision required-for-contract consequence \"Without your email address we cannot confirm your order.\"",
                                        "")
                                .replace(
                                        "languages en, zh\n",
                                        "languages en, zh\n  provision voluntary consequence \"Some features may not work.\"\n"));
        assertEquals(Set.of(), rules(result), describe(result));
    }

    @Test
    void findingsPointAtTheOffendingText() {
        String text = cleanWith("receives email for", "receives emial for");
        LoadResult result = new PolicyFixture(folder).check(text);
        Finding finding = result.findings().get(0);
        String line = text.lines().toList().get(finding.line() - 1);
        assertEquals("emial", line.substring(finding.column() - 1, finding.column() - 1 + 5), line);
        assertEquals(
                "unknown data item or category 'emial': declare it with `data emial \"...\"` inside a `category`, "
                        + "fix the spelling, or import the file that declares it",
                finding.message());
    }

    private static String withoutParties() {
        return cleanWith(
                        "party mailer \"Mailer Inc.\" {",
                        "purpose mailer-purpose \"Mailer\" { basis contract retention 1 year }\nservice mailer-svc \"x\" {")
                .replace("""
						  kind service-provider
						  url "https://mailer.example/privacy"
						  receives email for orders
						  located usa
						  transfer by standard-contractual-clauses
						""", "")
                .replace(" recipients mailer", "")
                .replace("{ from mailer }", "{ }")
                .replace("  origin third-party\n", "  origin derived\n");
    }
}
