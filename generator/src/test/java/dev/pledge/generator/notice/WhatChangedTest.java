// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.diff.PolicyDiff;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the previous version of a policy, the notice says what changed: a short summary at the top
 * (who is asked for consent again, what is new, wider or gone) and every typed change of the diff
 * engine in an appendix after the full notice, with what the new version only says differently
 * shown as such, never as a removal.
 */
class WhatChangedTest {

    private static final String OLD = """
			policy shop "Shop" { version "2023" effective "2023-01-01" languages en, zh }
			category account "Account" { data email "Email address" zh "电子邮件地址" data fax "Fax number" }
			purpose orders "Process orders" { basis contract uses email retention 1 year }
			purpose ads "Ads" { basis legitimate-interest "selling" uses email }
			party couriers "Couriers" { kind logistics receives email for orders }
			right access { via web "https://shop.example/access" }
			""";

    private static final String NEW = """
			policy shop "Shop" { version "2024" effective "2024-01-01" languages en, zh }
			category account "Account" { data email "Email address" zh "电子邮件地址" data phone "Phone number" zh "电话号码" }
			purpose orders "Process orders" zh "处理订单" { basis contract uses email, phone retention 2 years }
			purpose ads "Ads" { basis consent uses email withdraw web "https://shop.example/ads" }
			party couriers "Couriers" { kind logistics receives email, phone for orders }
			party analytics "Analytics Inc." { kind analytics receives email for ads }
			right access { via web "https://shop.example/access" }
			right erasure { via web "https://shop.example/erase" }
			""";

    @Test
    void everyChangeIsARowInTheNoticesLanguage(@TempDir Path dir) {
        Policy before = TestPolicies.view(dir.resolve("old"), TestPolicies.files("shop.pledge", OLD));
        Policy after = TestPolicies.view(dir.resolve("new"), TestPolicies.files("shop.pledge", NEW));
        NoticeModel model = NoticeGenerator.model(after, before, "en", new Warnings());
        Section changes = model.appendix();
        assertEquals("all-changes", changes.anchor());
        assertEquals("All changes since version 2023", changes.heading());
        assertEquals(
                "Changes since version 2023 of this policy (this notice describes version 2024).",
                changes.paragraphs().get(0));
        List<String> rows =
                changes.table().rows().stream().map(WhatChangedTest::row).toList();
        assertEquals(
                List.of(
                        "Data item added | Phone number | In: Account",
                        "Data item removed | Fax number | ",
                        "Recipient added | Analytics Inc. | Named third party; Receives: Email address",
                        "Right added | Right to erasure | ",
                        "Purpose uses more data | Process orders | Now also uses: Phone number",
                        "Legal basis changed | Ads | From Legitimate interest to Consent",
                        "Retention changed | Process orders | From 1 year to 2 years",
                        "Recipient receives more | Couriers | Now also receives: Phone number"),
                rows);
        assertEquals(PolicyDiff.compare(before, after).changes().size(), rows.size(), "one row per change");

        Section summary = model.changes();
        assertEquals("what-changed", summary.anchor());
        assertEquals(
                List.of(
                        "We will ask for your consent again for: Ads",
                        "New kinds of data: Phone number",
                        "New recipients: Analytics Inc.",
                        "New rights and controls: Right to erasure",
                        "Purposes that now use more data: Process orders",
                        "Recipients that now get more data: Couriers",
                        "New legal basis: Ads: From Legitimate interest to Consent",
                        "New retention period: Process orders",
                        "No longer in this notice: Fax number"),
                summary.facts().stream().map(WhatChangedTest::fact).toList(),
                "ads now rests on consent; orders (a contract) needs only this notice");

        NoticeModel zh = NoticeGenerator.model(after, before, "zh", new Warnings());
        assertEquals(
                "目的使用更多数据 | 处理订单 | 现在还使用：电话号码", row(zh.appendix().table().rows().get(4)));
        NoticeModel none = NoticeGenerator.model(after, null, "en", new Warnings());
        assertNull(none.changes(), "no previous version, no section");
        assertNull(none.appendix());
    }

    @Test
    void whatIsOnlySaidDifferentlyIsNotShownAsRemoved(@TempDir Path dir) {
        Policy before = TestPolicies.view(dir.resolve("old"), TestPolicies.files("shop.pledge", """
				policy shop "Shop" { version "1" effective "2023-01-01" languages en }
				category account "Account" { data email "Email address" }
				purpose orders "Process orders" { basis contract uses email retention 1 year }
				recipient public "The public" { kind public receives email for orders }
				right control cookie-choice "Choose which cookies to accept" { via browser "Block cookies in your browser" }
				"""));
        Policy after = TestPolicies.view(dir.resolve("new"), TestPolicies.files("shop.pledge", """
				policy shop "Shop" { version "2" effective "2024-01-01" languages en }
				category account "Account" { data email "Email address" }
				purpose orders "Process orders" { basis contract uses email retention 1 year }
				recipient winners "The public (prize winners)" { kind public receives email for orders }
				recipient by-law "The public (as the law requires)" { kind public receives email for orders }
				party ads "Ads Inc." { kind advertising }
				tracking ad-cookies "Advertising cookies" { kind cookie by ads opt-out browser "Manage your cookie settings" }
				"""));
        NoticeModel model = NoticeGenerator.model(after, before, "en", new Warnings());
        List<String> rows = model.appendix().table().rows().stream()
                .map(WhatChangedTest::row)
                .toList();
        assertEquals(
                List.of(
                        "Recipient added | Ads Inc. | Named third party",
                        "Said differently, not removed | The public | Now: The public (prize winners); The public (as the law requires)",
                        "Said differently, not removed | Choose which cookies to accept | Now: Advertising cookies"),
                rows,
                "no 'Recipient removed: The public', no 'Right removed: Choose which cookies to accept'");
        assertEquals(
                List.of(
                        "New recipients: Ads Inc.",
                        "Said differently, not removed: The public; Choose which cookies to accept"),
                model.changes().facts().stream().map(WhatChangedTest::fact).toList());
    }

    @Test
    void profilingAndProvisionChangesAreRows(@TempDir Path dir) {
        String old = "policy shop \"Shop\" { version \"1\" }\n"
                + "category account \"Account\" { data email \"Email address\" }\n"
                + "purpose ads \"Ads\" { basis consent uses email withdraw web \"https://shop.example\" }\n";
        Policy before = TestPolicies.view(dir.resolve("old"), TestPolicies.files("shop.pledge", old));
        Policy after = TestPolicies.view(
                dir.resolve("new"),
                TestPolicies.files(
                        "shop.pledge",
                        old.replace("}\n" + "purpose", "}\npurpose")
                                .replace(
                                        "withdraw web \"https://shop.example\" }",
                                        "withdraw web \"https://shop.example\" profiling provision voluntary }")));
        NoticeModel model = NoticeGenerator.model(after, before, "en", new Warnings());
        assertEquals(
                List.of(
                        "Purpose now profiles or decides automatically | Ads | Profiling",
                        "Must you provide the data: changed | Ads | From Not stated to You may choose not to give it"),
                model.appendix().table().rows().stream()
                        .map(WhatChangedTest::row)
                        .toList());
        assertEquals(
                List.of(
                        "We will ask for your consent again for: Ads",
                        "Purposes that now profile or decide automatically: Ads"),
                model.changes().facts().stream().map(WhatChangedTest::fact).toList());
    }

    private static String fact(NoticeModel.Fact fact) {
        return fact.label() + ": "
                + String.join(
                        "; ",
                        fact.values().stream()
                                .map(v -> (v.prefix() == null ? "" : v.prefix()) + v.text())
                                .toList());
    }

    @Test
    void xiaomi2015To2021InEveryFormat() {
        Policy before = NoticeFixtures.xiaomi2015();
        Policy after = NoticeFixtures.xiaomi2021();
        PolicyDiff diff = PolicyDiff.compare(before, after);
        assertTrue(diff.changes().size() > 50, "the real policies differ a lot");
        for (String language : NoticeGenerator.languages()) {
            NoticeModel model = NoticeGenerator.model(after, before, language, new Warnings());
            int restructured = diff.restructures().stream()
                    .mapToInt(r -> r.before().size()
                            + (r.kind().equals(r.afterKind()) ? r.after().size() : 0))
                    .sum();
            assertEquals(
                    diff.changes().size() - restructured + diff.restructures().size(),
                    model.appendix().table().rows().size(),
                    "a row per change; one row per restructuring instead of its removals and additions");
            for (NoticeFormat format : NoticeFormat.values()) {
                String notice = new NoticeGenerator()
                        .render(after, before, format, language)
                        .text();
                int summary = notice.indexOf(model.summary().intro());
                int changed = notice.indexOf(model.changes().heading(), summary);
                int full = notice.lastIndexOf(model.chrome().fullNotice());
                int appendix = notice.lastIndexOf(model.appendix().heading());
                assertTrue(
                        summary > 0 && changed > summary && changed < full && appendix > full,
                        () -> format + " " + language
                                + ": what changed comes between the summary and the full notice, all changes after it");
                Messages messages = new Messages(language, new Warnings());
                for (String kind : diff.counts().keySet()) {
                    boolean allSaidDifferently = kind.equals("right-removed"); // the three 2015 controls
                    String label = messages.get(allSaidDifferently ? "change.said-differently" : "change." + kind);
                    assertTrue(notice.contains(label), () -> format + " " + language + " lacks " + label);
                }
                assertTrue(notice.contains(messages.get("change.said-differently")));
            }
        }
    }

    private static String row(Row row) {
        return row.cells().get(0).lead().text() + " | "
                + row.cells().get(1).lead().text() + " | "
                + String.join(
                        "; ",
                        row.cells().get(2).values().stream()
                                .map(v -> (v.prefix() == null ? "" : v.prefix()) + v.text())
                                .toList());
    }
}
