// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.ReviewItem.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review checklist: every element of GDPR Art. 12-14 and 21(4), each with a status the policy
 * and the check's findings decide, where the notice gives it and what to add; on Xiaomi's policy,
 * on a policy that lacks or half-states elements, and as the Markdown file the legal team signs.
 */
class ReviewChecklistTest {

    @Test
    void xiaomiHasEveryElementWithWhereAndWhatToAdd() throws IOException {
        LoadResult loaded = TestPolicies.load(List.of(TestPolicies.XIAOMI_2021));
        Policy xiaomi = TestPolicies.view(loaded, null);
        List<ReviewItem> items = ReviewChecklist.of(xiaomi, loaded.findings(), TestPolicies.XIAOMI_2021);

        assertEquals(
                Arrays.stream(ReviewElement.values())
                        .map(e -> e.article + " " + e.element)
                        .toList(),
                items.stream().map(i -> i.article() + " " + i.element()).toList(),
                "every element once, in order");
        for (ReviewItem item : items) {
            switch (item.status()) {
                case PRESENT -> {
                    assertFalse(item.where().isEmpty(), item.element());
                    assertEquals(List.of(), item.toAdd(), item.element());
                }
                case PARTIAL -> {
                    assertFalse(item.where().isEmpty(), item.element());
                    assertFalse(item.toAdd().isEmpty(), item.element());
                }
                case ABSENT -> {
                    assertEquals(List.of(), item.where(), item.element());
                    assertFalse(item.toAdd().isEmpty(), item.element());
                }
                case NOT_APPLICABLE -> assertEquals(List.of(), item.toAdd(), item.element());
            }
        }
        ReviewItem object = item(items, ReviewElement.OBJECT);
        assertEquals(Status.PRESENT, object.status());
        assertEquals(List.of("Your right to object (#object)"), object.where());
        // the policy names the purpose, not the data, of four purposes (uses unstated): the review says so
        ReviewItem data = item(items, ReviewElement.DATA);
        assertEquals(Status.PARTIAL, data.status(), data.toAdd().toString());
        assertEquals(
                4,
                data.toAdd().stream().filter(t -> t.endsWith("[data-unstated]")).count(),
                data.toAdd().toString());
        ReviewItem plain = item(items, ReviewElement.PLAIN_LANGUAGE);
        assertEquals(Status.PARTIAL, plain.status(), "Xiaomi's own texts are long: " + plain.toAdd());
        assertTrue(
                plain.toAdd().get(0).startsWith("the English notice reads at Flesch "),
                plain.toAdd().get(0));

        String markdown = ReviewChecklist.markdown(xiaomi, items, TestPolicies.XIAOMI_2021);
        Path out = Path.of("target", "review", ReviewChecklist.fileName(xiaomi));
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        assertEquals("xiaomi.review.md", ReviewChecklist.fileName(xiaomi));
        assertTrue(
                markdown.contains("| Status | Article | Element | Where in the notice | What to add to the policy |"));
        assertEquals(
                items.size(),
                markdown.lines()
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| Status"))
                        .count(),
                "a row per element");
        assertTrue(markdown.contains("| present | Art. 21(4) | The right to object, explicitly and separately"));
        assertTrue(markdown.contains("Reviewed by:"), "a sign-off line");
    }

    @Test
    void aPolicyThatLacksOrHalfStatesElements(@TempDir Path folder) {
        LoadResult loaded = TestPolicies.load(folder, TestPolicies.files("shop.pledge", """
				policy shop "Shop policy" { version "1" effective "2024-01-01" languages en }
				region eu "European Union" { countries "DE" }
				region us "United States" { countries "US" }
				controller shop-ltd "Shop Ltd." { role controller }
				category account "Account data" { data email "Email address" }
				purpose orders "Process your orders" { basis contract uses email retention 6 years after "the order" }
				purpose fraud "Prevent fraud" { basis legitimate-interest "Stopping fraud" uses email retention 1 year after "the order" }
				purpose ads "Show you ads" {
					basis consent uses email profiling retention 1 year after "the order" withdraw settings "Ads"
				}
				transfer to-us { from eu to us }
				"""));
        Policy shop = TestPolicies.view(loaded, null);
        List<ReviewItem> items = ReviewChecklist.of(shop, loaded.findings(), folder);

        ReviewItem controller = item(items, ReviewElement.CONTROLLER);
        assertEquals(Status.PARTIAL, controller.status(), "named, but no contact details");
        assertTrue(
                controller.toAdd().get(0).contains("[gdpr-controller]"),
                controller.toAdd().toString());
        assertTrue(controller.toAdd().get(0).startsWith("shop.pledge:"), "where to add it: " + controller.toAdd());

        ReviewItem dpo = item(items, ReviewElement.DPO);
        assertEquals(Status.ABSENT, dpo.status());
        assertTrue(dpo.toAdd().get(0).contains("[gdpr-dpo]"), dpo.toAdd().toString());

        assertEquals(Status.PRESENT, item(items, ReviewElement.INTERESTS).status());

        ReviewItem transfers = item(items, ReviewElement.TRANSFERS);
        assertEquals(Status.PARTIAL, transfers.status());
        assertTrue(transfers.toAdd().get(0).startsWith("transfer `to-us` names no safeguard"), transfers.toString());
        assertEquals(List.of("Transfers to other countries (#transfers)"), transfers.where());

        ReviewItem withdraw = item(items, ReviewElement.WITHDRAW);
        assertEquals(Status.PARTIAL, withdraw.status(), "a way for the purpose, no right withdraw-consent");
        assertTrue(withdraw.toAdd().get(0).startsWith("shop.pledge:1:"), withdraw.toString());
        assertTrue(withdraw.toAdd().get(0).endsWith("[gdpr-withdrawal]"), withdraw.toString());
        assertEquals(Status.PRESENT, item(items, ReviewElement.AUTOMATED).status(), "it profiles");
        assertEquals(Status.ABSENT, item(items, ReviewElement.LOGIC).status(), "but says nothing of how");
        assertEquals(Status.NOT_APPLICABLE, item(items, ReviewElement.SOURCE).status(), "no data from others");
        assertEquals(Status.NOT_APPLICABLE, item(items, ReviewElement.TIMING).status());
        ReviewItem basis = item(items, ReviewElement.LEGAL_BASIS);
        assertEquals(Status.PRESENT, basis.status());
        assertEquals(List.of("\"Legal basis\" in 3 entries of Why we use your data (#purposes)"), basis.where());

        String markdown = ReviewChecklist.markdown(shop, items, folder);
        assertTrue(markdown.contains("Version 1, from shop.pledge."), markdown);
        assertTrue(
                markdown.contains("\n| absent | Art. 13(1)(b) | Contact details of the data protection officer | — | "),
                markdown);
    }

    @Test
    void aPolicyThatStatesEverythingHasNothingToAdd(@TempDir Path folder) {
        LoadResult loaded = TestPolicies.load(folder, TestPolicies.files("shop.pledge", """
				policy shop "Shop policy" {
					version "1" effective "2024-01-01" languages en
					provision voluntary consequence "We cannot send your order."
					automated-decisions "We do not make decisions based solely on automated processing."
				}
				region eu "European Union" { countries "DE" authority "The data protection authority" }
				region us "United States" { countries "US" }
				controller shop-ltd "Shop Ltd." { role controller email "privacy@shop.example" }
				contact dpo "Data protection officer" { role dpo email "dpo@shop.example" }
				category account "Account data" { data email "Email address" }
				recipient mailer "Mail Co." { kind service-provider receives email for orders }
				purpose orders "Send your orders" { basis contract uses email retention 6 years after "the order" }
				purpose news "Send you news" {
					basis consent uses email retention 1 year after "you stop"
					withdraw settings "Settings"
				}
				transfer to-us { from eu to us by standard-contractual-clauses }
				right access { via email "privacy@shop.example" }
				right rectification { via email "privacy@shop.example" }
				right erasure { via email "privacy@shop.example" }
				right restriction { via email "privacy@shop.example" }
				right object { via email "privacy@shop.example" }
				right portability { via email "privacy@shop.example" }
				right withdraw-consent { via settings "Settings" }
				right complaint { via web "https://authority.example" }
				"""));
        Policy shop = TestPolicies.view(loaded, null);
        List<ReviewItem> items = ReviewChecklist.of(shop, loaded.findings(), folder);
        for (ReviewItem item : items) {
            if (!item.article().equals("Art. 12(1)")) {
                assertTrue(
                        item.status() == Status.PRESENT || item.status() == Status.NOT_APPLICABLE,
                        item + "\n" + TestPolicies.format(loaded.findings()));
            }
        }
    }

    private static ReviewItem item(List<ReviewItem> items, ReviewElement element) {
        return items.get(element.ordinal());
    }
}
