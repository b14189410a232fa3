// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import static dev.pledge.dsl.PolicyFixture.describe;
import static dev.pledge.dsl.PolicyFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.validation.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies that span files: imports, transitive visibility, overlays, policy-wide checks. */
class ImportsTest {

    @TempDir
    Path folder;

    private static final String BASE = """
			import "purposes.pledge"
			policy base "Base" { version "1" languages en, zh automated-decisions "none" }
			""";
    private static final String DATA = """
			category account "Account" { data email "Email" zh "邮箱" }
			""";
    private static final String PURPOSES = """
			import "data.pledge"
			purpose orders "Orders" { basis contract uses email retention 1 year }
			""";

    @Test
    void namesOfImportedFilesResolveTransitively() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("data.pledge", DATA);
        fixture.write("purposes.pledge", PURPOSES);
        fixture.write("base.pledge", BASE);
        Path overlay = fixture.write("regional/eu.pledge", """
				import "../base.pledge"
				policy eu "EU" extends base { version "1" automated-decisions "none" }
				purpose newsletter "Newsletter" { basis consent uses email withdraw link "unsubscribe" retention 1 year }
				""");
        LoadResult result = fixture.load(List.of(overlay));
        assertEquals(Set.of(), PolicyFixture.rules(result, dev.pledge.dsl.load.Severity.ERROR), describe(result));
        assertEquals(4, result.files().size(), "imports are loaded and checked too");
    }

    @Test
    void anItemUsedOnlyInAnotherFileIsUsed() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("data.pledge", DATA);
        fixture.write("purposes.pledge", PURPOSES);
        LoadResult result = fixture.load(List.of(folder));
        assertTrue(!rules(result).contains(Rule.UNUSED_DATA.id()), describe(result));
    }

    @Test
    void translationsInAFragmentFollowThePolicysLanguages() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("data.pledge", DATA.replace("zh \"邮箱\"", "ru \"Почта\""));
        fixture.write("purposes.pledge", PURPOSES);
        fixture.write("base.pledge", BASE);
        LoadResult result = fixture.load(List.of(folder));
        assertTrue(rules(result).contains(Rule.UNKNOWN_LANGUAGE.id()), describe(result));
    }

    @Test
    void duplicatesAcrossFilesOfOnePolicyAreErrors() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("data.pledge", DATA);
        fixture.write("purposes.pledge", PURPOSES.replace("purpose orders", "purpose email"));
        LoadResult result = fixture.load(List.of(folder));
        assertEquals(
                2,
                result.findings().stream()
                        .filter(f -> f.ruleId().equals(Rule.DUPLICATE_NAME.id()))
                        .count(),
                describe(result));
    }

    @Test
    void separatePoliciesMayReuseNames() {
        PolicyFixture fixture = new PolicyFixture(folder);
        fixture.write("a/data.pledge", DATA);
        fixture.write("b/data.pledge", DATA);
        LoadResult result = fixture.load(List.of(folder));
        assertTrue(!rules(result).contains(Rule.DUPLICATE_NAME.id()), describe(result));
    }

    @Test
    void aMissingImportIsReportedWithTheFix() {
        PolicyFixture fixture = new PolicyFixture(folder);
        LoadResult result = fixture.check("import \"nowhere.pledge\"\n" + DATA);
        assertEquals(Set.of(Rule.IMPORT_NOT_FOUND.id(), Rule.UNUSED_DATA.id()), rules(result), describe(result));
        assertEquals(
                1,
                result.findings().stream()
                        .filter(f -> f.ruleId().equals(Rule.IMPORT_NOT_FOUND.id()))
                        .findFirst()
                        .orElseThrow()
                        .line());
    }
}
