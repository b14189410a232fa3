// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc lines for generated types and constants: the policy's title and description in its
 * default language, sanitised by {@link JavaText#javadoc}, then facts written by Pledge.
 */
final class JavaDocs {

    private final Policy policy;

    JavaDocs(Policy policy) {
        this.policy = policy;
    }

    List<String> policy() {
        List<String> doc = text(policy.title(), policy.id());
        paragraph(
                doc,
                "Policy {@code " + policy.id() + "}, version "
                        + JavaText.comment(policy.info().version()) + ".");
        return doc;
    }

    List<String> category(DataCategory category) {
        List<String> doc = described(category.title(), category.description(), category.id());
        paragraph(
                doc,
                "Policy id {@code " + category.id() + "}" + (category.nonPersonal() ? "; non-personal data." : "."));
        return doc;
    }

    List<String> item(DataItem item) {
        List<String> doc = described(item.title(), item.description(), item.id());
        paragraph(
                doc,
                "Policy id {@code " + item.id() + "}, in category {@code " + item.category() + "}"
                        + (item.sensitive() ? "; sensitive data." : item.nonPersonal() ? "; non-personal data." : "."));
        return doc;
    }

    /** {@code {@code consent}}, or per region: {@code {@code consent} in {@code eea}, {@code contract} elsewhere}. */
    private static String bases(Purpose purpose) {
        List<String> parts = new ArrayList<>();
        for (Basis basis : purpose.bases()) {
            parts.add("{@code " + basis.written() + "}"
                    + (basis.everywhere()
                            ? purpose.regionalBases() ? " elsewhere" : ""
                            : " in {@code " + String.join(", ", basis.regions()) + "}"));
        }
        return String.join(", ", parts);
    }

    List<String> purpose(Purpose purpose) {
        List<String> doc = described(purpose.title(), purpose.description(), purpose.id());
        paragraph(
                doc,
                "Policy id {@code " + purpose.id() + "}, version " + purpose.currentVersion() + ", legal basis "
                        + bases(purpose)
                        + (purpose.regions().isEmpty()
                                ? "."
                                : ", only in regions {@code " + String.join(", ", purpose.regions()) + "}."));
        if (!purpose.items().isEmpty()) {
            paragraph(
                    doc,
                    "Uses "
                            + String.join(
                                    ", ",
                                    purpose.items().stream()
                                            .map(id -> "{@code " + id + "}")
                                            .toList()) + ".");
        }
        if (purpose.dataUnstated()) {
            paragraph(
                    doc,
                    "The policy does not say which data it uses besides these: the build gate attributes no other "
                            + "read to it.");
        }
        if (purpose.bases().stream().anyMatch(b -> !b.alternatives().isEmpty())) {
            paragraph(doc, "Local law decides among the alternative bases; the consent guard applies the strictest.");
        }
        return doc;
    }

    List<String> party(Party party) {
        List<String> doc = described(party.title(), party.description(), party.id());
        paragraph(
                doc,
                (party.named() ? "Third party" : "Recipient") + " {@code " + party.id() + "}"
                        + (party.kinds().isEmpty()
                                ? "."
                                : ", kind "
                                        + String.join(
                                                ", ",
                                                party.kinds().stream()
                                                        .map(PartyKind::id)
                                                        .toList()) + "."));
        return doc;
    }

    List<String> right(Right right) {
        List<String> doc = described(right.title(), right.description(), right.id());
        paragraph(
                doc,
                "Right {@code " + right.id() + "} of kind {@code "
                        + right.kind().id() + "}.");
        return doc;
    }

    List<String> region(Region region, int childAge, int minimumAge) {
        List<String> doc = described(region.title(), region.description(), region.id());
        paragraph(
                doc,
                "Region {@code " + region.id() + "}"
                        + (minimumAge > 0 ? "; children under " + minimumAge + " may not use the service" : "")
                        + (childAge > 0 ? "; children under " + childAge + " need parental consent" : "") + ".");
        return doc;
    }

    private static List<String> described(Text title, Text description, String id) {
        List<String> doc = text(title, id);
        if (description != null && !JavaText.javadoc(description.text()).isEmpty()) {
            doc.add("<p>");
            doc.addAll(JavaText.javadoc(description.text()));
        }
        return doc;
    }

    private static List<String> text(Text text, String fallback) {
        List<String> lines = text == null ? List.of() : JavaText.javadoc(text.text());
        return new ArrayList<>(lines.isEmpty() ? List.of(fallback) : lines);
    }

    private static void paragraph(List<String> doc, String line) {
        doc.add("<p>");
        doc.add(line);
    }
}
