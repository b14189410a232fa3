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
import dev.pledge.generator.notice.NoticeModel.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given the previous version of a policy, the notice lists the diff engine's typed changes. */
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
        Section changes = model.changes();
        assertEquals("what-changed", changes.anchor());
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
        assertEquals(
                "We will ask for your consent again for",
                changes.facts().get(0).label(),
                "ads now rests on consent; orders (a contract) needs only this notice");
        assertEquals(
                Set.of("Ads"),
                changes.facts().get(0).values().stream().map(Value::text).collect(Collectors.toSet()));

        NoticeModel zh = NoticeGenerator.model(after, before, "zh", new Warnings());
        assertEquals(
                "目的使用更多数据 | 处理订单 | 现在还使用：电话号码", row(zh.changes().table().rows().get(4)));
        assertNull(
                NoticeGenerator.model(after, null, "en", new Warnings()).changes(), "no previous version, no section");
    }

    @Test
    void xiaomi2015To2021InEveryFormat() {
        Policy before = NoticeFixtures.xiaomi2015();
        Policy after = NoticeFixtures.xiaomi2021();
        PolicyDiff diff = PolicyDiff.compare(before, after);
        assertTrue(diff.changes().size() > 50, "the real policies differ a lot");
        for (String language : NoticeGenerator.languages()) {
            NoticeModel model = NoticeGenerator.model(after, before, language, new Warnings());
            assertEquals(diff.changes().size(), model.changes().table().rows().size());
            for (NoticeFormat format : NoticeFormat.values()) {
                String notice = new NoticeGenerator()
                        .render(after, before, format, language)
                        .text();
                int summary = notice.indexOf(model.summary().intro());
                int changed = notice.indexOf(model.changes().heading(), summary);
                int full = notice.lastIndexOf(model.chrome().fullNotice());
                assertTrue(
                        summary > 0 && changed > summary && changed < full,
                        () -> format + " " + language + ": what changed comes between the summary and the full notice");
                for (String kind : diff.counts().keySet()) {
                    String label = new Messages(language, new Warnings()).get("change." + kind);
                    assertTrue(notice.contains(label), () -> format + " " + language + " lacks " + label);
                }
            }
        }
    }

    private static String row(Row row) {
        return row.cells().get(0).lead().text() + " | "
                + row.cells().get(1).lead().text() + " | "
                + String.join(
                        "; ",
                        row.cells().get(2).values().stream().map(Value::text).toList());
    }
}
