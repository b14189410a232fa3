// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a keyword of a fixed set is expected, a word outside it is answered with the set and the closest
 * word; two files of one run that declare a policy of the same name are an error naming the other file.
 */
class KindsAndNamesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "party p \"P\" { kind advertsing }|advertsing|party kind|advertising",
                "recipient p \"P\" { kind security, clening }|clening|party kind|cleaning",
                "party p \"P\" { role procesor }|procesor|party role|processor",
                "tracking t \"T\" { kind cookies }|cookies|tracking kind|cookie",
                "security s \"S\" { kind technical, organizational }|organizational|security kind|organisational",
                "recipient r \"R\" { receives x when legal-obligation, court-order }|court-order|disclosure trigger|",
                "recipient r \"R\" { disclosed when mergers }|mergers|disclosure trigger|",
                "purpose p \"P\" { safeguards pseudonymized }|pseudonymized|safeguard|pseudonymised",
                "purpose p \"P\" { basis consnet }|consnet|legal basis|consent",
                "purpose p \"P\" { uses x withdraw webs \"https://x.example\" }|webs|channel|web",
                "purpose p \"P\" { withdraw web \"https://x.example\" zh \"网\", emial \"a@x.example\" }|emial|channel|email",
                "right acess { }|acess|right kind|access",
                "right deletion \"Delete your data\" { }|deletion|right kind|erasure",
                "right correction { }|correction|right kind|rectification",
                "right data-portability \"Take your notes elsewhere\" { }|data-portability|right kind|portability",
                "transfer t { from a by standard-clauses }|standard-clauses|transfer mechanism|standard-contractual-clauses",
                "party p \"P\" { transfer by adequacy, scc }|adequacy|transfer mechanism|adequacy-decision",
                "contact c \"C\" { role officer }|officer|contact role|",
                "category c \"C\" { origin user }|user|data origin|",
                "children c { under 13 need parent-consent }|parent-consent|children's requirement|parental-consent"
            })
    void anUnknownWordWhereAKindBelongsListsTheKinds(String text, String word, String kinds, String closest) {
        Finding finding = syntaxError(text);
        assertTrue(
                finding.message().startsWith("unexpected '" + word + "': a " + kinds + " is expected here, one of: "),
                finding.message());
        if (closest != null) {
            assertTrue(finding.message().endsWith("(did you mean `" + closest + "`?)"), finding.message());
        }
    }

    @Test
    void theListIsTheWholeSetInTheGrammarsOrder() {
        assertTrue(
                syntaxError("tracking t \"T\" { kind beacon }")
                        .message()
                        .contains("one of: cookie, pixel, tag, script, local-storage, log-file, sdk, advertising-id,"
                                + " widget"),
                "every tracking kind");
    }

    @Test
    void anUnknownClauseIsNotMistakenForAnUnknownKind() {
        String message =
                syntaxError("purpose p \"P\" { basis contract\n  use email }").message();
        assertFalse(message.contains("is expected here, one of"), message);
        assertTrue(message.contains("did you mean `uses`?"), message);
        String list = syntaxError("purpose p \"P\" { basis contract uses email, foo bar }")
                .message();
        assertFalse(list.contains("is expected here, one of"), list);
    }

    @Test
    void twoFilesDeclaringOnePolicyNameNameEachOther() {
        PolicyFixture fixture = new PolicyFixture(folder);
        Path first = fixture.write("a/shop.pledge", "policy shop \"Shop\" { version \"1\" }\n");
        Path second = fixture.write("b/shop.pledge", "policy shop \"Shop again\" { version \"2\" }\n");
        LoadResult result = fixture.load(List.of(folder));
        List<Finding> duplicates = result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.DUPLICATE_POLICY.id()))
                .toList();
        assertEquals(2, duplicates.size(), describe(result));
        assertEquals(first.toAbsolutePath().normalize(), duplicates.get(0).file());
        assertTrue(duplicates.get(0).message().contains("also declared in ../b/shop.pledge"), describe(result));
        assertEquals(second.toAbsolutePath().normalize(), duplicates.get(1).file());
        assertTrue(duplicates.get(1).message().contains("also declared in ../a/shop.pledge"), describe(result));
    }

    @Test
    void aPolicyAndTheFilesItImportsAreNotDuplicates() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("base.pledge", "policy shop \"Shop\" { version \"1\" }\n");
        fixture.write(
                "eu.pledge", "import \"base.pledge\"\npolicy shop-eu \"Shop EU\" extends shop { version \"1\" }\n");
        LoadResult result = fixture.load(List.of(folder));
        assertTrue(
                result.findings().stream().noneMatch(f -> f.ruleId().equals(Rule.DUPLICATE_POLICY.id())),
                describe(result));
    }

    private Finding syntaxError(String text) {
        LoadResult result = new PolicyFixture(folder).check(text + "\n");
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(Rule.SYNTAX.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no syntax error in: " + text + "\n" + describe(result)));
    }
}
