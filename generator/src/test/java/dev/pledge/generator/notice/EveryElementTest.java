// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The full notice covers every element of the policy view: every text, every literal value
 * (addresses, countries, code sources, dates...) and every keyword of the policy, found by walking
 * the view's records, appears in the English notice. When the view grows, this fails until the
 * notice shows the new element.
 */
class EveryElementTest {

    /**
     * Record components that name other declarations (shown by their titles) or the policy's files,
     * when they hold names; {@code DataCategory.items} holds the items themselves and is walked.
     */
    private static final Set<String> REFERENCES = Set.of(
            "id",
            "base",
            "category",
            "controller",
            "region",
            "regions",
            "processors",
            "from",
            "to",
            "uses",
            "items",
            "data",
            "purposes",
            "services",
            "locations",
            "parties",
            "recipients",
            "targets",
            "notLinked",
            "others",
            "otherItems",
            "procedure",
            "appliesToServices",
            "name",
            "languages",
            "files");

    @Test
    void everyElementOfTheEveryFeaturePolicyIsInTheNotice() {
        assertCovers(NoticeFixtures.everyFeature());
    }

    @Test
    void everyElementOfTheXiaomiPolicyIsInTheNotice() {
        assertCovers(NoticeFixtures.xiaomi2021());
    }

    private static void assertCovers(Policy policy) {
        String notice = new NoticeGenerator()
                .render(policy, NoticeFormat.TEXT, "en")
                .text()
                .replace("\n" + TextEscaper.CONTINUATION_INDENT, "\n");
        Messages english = new Messages("en", new Warnings());
        List<String> elements = new ArrayList<>();
        collect(policy, "policy", elements);
        Set<String> missing = new TreeSet<>();
        for (String element : elements) {
            int colon = element.indexOf('=');
            String path = element.substring(0, colon);
            String value = element.substring(colon + 1);
            if (value.startsWith("keyword:")) {
                value = english.get(value.substring("keyword:".length()));
            }
            if (!notice.contains(value)) {
                missing.add(path + " = " + value);
            }
        }
        assertTrue(elements.size() > 50, "the walk found the policy's elements");
        assertEquals(Set.of(), missing, "elements of the view the notice does not show");
    }

    /** Every text (English), literal string and keyword under a view object, as {@code path=value}. */
    private static void collect(Object value, String path, List<String> out) {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Path) {
            return;
        }
        if (value instanceof Text text) {
            out.add(path + "=" + TextHygiene.clean(text.has("en") ? text.in("en") : text.text()));
        } else if (value instanceof String string) {
            out.add(path + "=" + string);
        } else if (value instanceof dev.pledge.generator.model.PromiseKind) {
            return; // a promise is one sentence with its values: ConstructsNoticeTest checks the wording
        } else if (value instanceof Enum<?> keyword) {
            out.add(path + "=keyword:" + prefix(keyword) + "."
                    + keyword.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof dev.pledge.generator.model.Duration duration) {
            out.add(path + "=" + duration.amount());
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (!(REFERENCES.contains(component.getName()) && isNames(part))) {
                    collect(part, path + "." + component.getName(), out);
                }
            }
        } else {
            throw new IllegalStateException("the walk does not know " + value.getClass() + " at " + path);
        }
    }

    /** Ids (a name, or a list of names): what references hold, as opposed to nested declarations. */
    private static boolean isNames(Object value) {
        return value instanceof String
                || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    /** The message-file prefix of a keyword of the language, as the notice looks it up. */
    private static String prefix(Enum<?> keyword) {
        return switch (keyword.getDeclaringClass().getSimpleName()) {
            case "LegalBasis" -> "basis";
            case "ChannelKind" -> "channel";
            case "PartyRole" -> "role";
            case "ContactRole" -> "contact-role";
            case "DataOrigin" -> "origin";
            case "PartyKind" -> "party-kind";
            case "TransferMechanism" -> "mechanism";
            case "RightKind" -> "right";
            case "TrackingKind" -> "tracking-kind";
            case "SecurityKind" -> "security-kind";
            case "ChildRequirement" -> "requirement";
            case "SensitiveLaw" -> "sensitive-law";
            case "ProvisionRequirement" -> "provision";
            case "TellingMoment" -> "telling";
            case "TimeUnit" -> "unit";
            case "SafeguardKind" -> "safeguard";
            case "TriggerKind" -> "trigger";
            default -> throw new IllegalStateException("no message prefix for " + keyword.getDeclaringClass());
        };
    }
}
