// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import static dev.pledge.generator.TestPolicies.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.TestPolicies;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files and declarations make up a policy: imports, {@code extends}, and choosing the policy. */
class PolicyScopeTest {

    @TempDir
    Path dir;

    private static final String DATA = """
			category contact "Contact details" zh "联系方式" {
				data email-address "Email address"
				data phone-number "Phone number"
			}
			""";

    private static final String PURPOSES = """
			import "data.pledge"
			purpose support "Customer support" {
				basis contract
				uses contact
				retention 1 year
			}
			purpose billing "Billing" {
				basis legal-obligation
				uses email-address
				retention 10 years
			}
			""";

    private static final String BASE = """
			import "purposes.pledge"
			policy base "Base policy" {
				version "1.0"
				languages en, zh
				summary "Base summary."
				note "Base note."
			}
			region global "Global" { }
			""";

    @Test
    void declarationsFollowImportOrderThenOrderWritten() {
        Policy view = TestPolicies.view(
                dir, files("data.pledge", DATA, "purposes.pledge", PURPOSES, "base.pledge", BASE), "base.pledge");
        assertEquals(
                List.of("base.pledge", "purposes.pledge", "data.pledge"),
                view.files().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(
                List.of("support", "billing"),
                view.purposes().stream().map(Purpose::id).toList());
        assertEquals(
                List.of("email-address", "phone-number"),
                view.items().stream().map(DataItem::id).toList());
        assertEquals(
                "联系方式",
                view.category("contact").orElseThrow().title().in("zh"),
                "a translation in an imported file uses the languages of the policy that imports it");
    }

    @Test
    void filesThatImportThePolicyBelongToIt() {
        String policy = """
				policy solo "Solo" { version "1" }
				region global "Global" { }
				""";
        String extra = """
				import "policy.pledge"
				category device "Device" { data model "Model" }
				purpose diagnostics "Diagnostics" { basis contract uses model retention 30 days }
				""";
        Policy view = TestPolicies.view(dir, files("policy.pledge", policy, "extra.pledge", extra));
        assertEquals(
                List.of("diagnostics"),
                view.purposes().stream().map(Purpose::id).toList());
    }

    private LoadResult baseAndRegional() {
        String eu = """
				import "base.pledge"
				policy eu "EU policy" zh "欧盟政策" extends base {
					version "1.0-eu"
					languages ru
					note "EU note."
				}
				region eea "EEA" { }
				children eu-minors { regions eea under 16 need parental-consent }
				purpose research "Research" {
					basis consent
					uses phone-number
					version 2
					regions eea
					withdraw settings "Settings"
					retention 30 days
				}
				""";
        String cn = """
				import "base.pledge"
				policy cn "China policy" extends base { version "1.0-cn" }
				region mainland "Mainland China" { }
				""";
        return TestPolicies.load(
                dir,
                files(
                        "data.pledge",
                        DATA,
                        "purposes.pledge",
                        PURPOSES,
                        "base.pledge",
                        BASE,
                        "eu.pledge",
                        eu,
                        "cn.pledge",
                        cn));
    }

    @Test
    void extendsOverlaysTheBase() {
        Policy eu = TestPolicies.view(baseAndRegional(), "eu");
        assertEquals("eu", eu.id());
        assertEquals("base", eu.base());
        assertEquals("欧盟政策", eu.title().in("zh"));
        assertEquals("1.0-eu", eu.info().version(), "the policy's own value wins");
        assertEquals("Base summary.", eu.info().summary().text(), "what the policy does not state comes from the base");
        assertEquals(
                List.of("Base note.", "EU note."),
                eu.info().notes().stream().map(Text::text).toList());
        assertEquals(List.of("en", "zh", "ru"), eu.info().languages());
        assertEquals(
                List.of("support", "billing", "research"),
                eu.purposes().stream().map(Purpose::id).toList(),
                "the base's declarations first, then the policy's own");
        assertEquals(
                List.of("global", "eea"), eu.regions().stream().map(Region::id).toList());
        assertEquals(
                List.of("base.pledge", "purposes.pledge", "data.pledge", "eu.pledge"),
                eu.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    /** An overlay's {@code extend ... { uses unstated "..." }} is part of the purpose in that policy only. */
    @Test
    void anOverlayMayAddDataItDoesNotItemiseToAPurposeOfTheBase() {
        String eu = """
				import "base.pledge"
				policy eu "EU policy" extends base { version "1.0-eu" }
				extend support { uses unstated "what you tell our agents" }
				""";
        LoadResult result = TestPolicies.load(
                dir, files("data.pledge", DATA, "purposes.pledge", PURPOSES, "base.pledge", BASE, "eu.pledge", eu));
        Purpose overlaid = TestPolicies.view(result, "eu").purpose("support").orElseThrow();
        assertTrue(overlaid.dataUnstated());
        assertEquals("what you tell our agents", overlaid.unstatedData().words().text());
        assertEquals(List.of("contact"), overlaid.uses(), "the data it itemises stays");
        assertTrue(!TestPolicies.view(result, "base")
                .purpose("support")
                .orElseThrow()
                .dataUnstated());
    }

    @Test
    void aBaseDoesNotTakeInThePoliciesThatExtendIt() {
        LoadResult result = baseAndRegional();
        Policy base = TestPolicies.view(result, "base");
        assertEquals(List.of("global"), base.regions().stream().map(Region::id).toList());
        assertEquals(
                List.of("support", "billing"),
                base.purposes().stream().map(Purpose::id).toList());
        assertTrue(base.children().isEmpty());
        Policy cn = TestPolicies.view(result, "cn");
        assertEquals(
                List.of("global", "mainland"),
                cn.regions().stream().map(Region::id).toList(),
                "a sibling policy's declarations stay out");
    }

    @Test
    void choosingThePolicy() {
        LoadResult result = baseAndRegional();
        GeneratorException several = assertThrows(GeneratorException.class, () -> PolicyViews.of(result, null));
        assertEquals("the files declare several policies (base, eu, cn): choose one by name", several.getMessage());
        GeneratorException unknown = assertThrows(GeneratorException.class, () -> PolicyViews.of(result, "us"));
        assertEquals("no policy named 'us' in the files; they declare: base, eu, cn", unknown.getMessage());
        LoadResult single = TestPolicies.load(
                dir.resolve("single"),
                files("base.pledge", BASE, "purposes.pledge", PURPOSES, "data.pledge", DATA),
                "base.pledge");
        assertEquals("base", TestPolicies.view(single, null).id());
    }

    @Test
    void theOnlyPolicyNoOtherExtendsIsChosenByDefault() {
        String eu = """
				import "base.pledge"
				policy eu "EU" extends base { version "2" }
				""";
        LoadResult result = TestPolicies.load(
                dir,
                files("data.pledge", DATA, "purposes.pledge", PURPOSES, "base.pledge", BASE, "eu.pledge", eu),
                "eu.pledge");
        assertEquals("eu", TestPolicies.view(result, null).id());
    }

    @Test
    void refusesPoliciesWithErrors() throws Exception {
        java.nio.file.Files.writeString(
                dir.resolve("bad.pledge"), "policy bad \"Bad\" { }\npurpose p \"P\" { uses nothing }\n");
        LoadResult result = new dev.pledge.dsl.load.PolicyLoader().load(List.of(dir.resolve("bad.pledge")));
        GeneratorException e = assertThrows(GeneratorException.class, () -> PolicyViews.of(result, null));
        assertEquals("the policy has errors: fix them first (pledge check lists them)", e.getMessage());
    }

    @Test
    void textsWithoutLanguagesAreEnglish() {
        Policy view = TestPolicies.view(dir, Map.of("p.pledge", """
				policy p "P" { version "1" }
				region global "Global" { }
				"""));
        assertEquals("en", view.title().language());
        assertEquals("en", view.info().defaultLanguage());
    }
}
