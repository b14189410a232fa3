// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.diff.Change;
import dev.pledge.generator.model.ChannelKind;
import dev.pledge.generator.model.ChildRequirement;
import dev.pledge.generator.model.ContactRole;
import dev.pledge.generator.model.DataOrigin;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.PartyKind;
import dev.pledge.generator.model.PartyRole;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.SecurityKind;
import dev.pledge.generator.model.TimeUnit;
import dev.pledge.generator.model.TrackingKind;
import dev.pledge.generator.model.TransferMechanism;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The message files: complete in every language, a phrase for every keyword and change kind. */
class MessagesTest {

    private static final Map<String, Class<? extends Enum<?>>> KEYWORDS = Map.ofEntries(
            Map.entry("basis", LegalBasis.class),
            Map.entry("channel", ChannelKind.class),
            Map.entry("role", PartyRole.class),
            Map.entry("contact-role", ContactRole.class),
            Map.entry("origin", DataOrigin.class),
            Map.entry("party-kind", PartyKind.class),
            Map.entry("mechanism", TransferMechanism.class),
            Map.entry("right", RightKind.class),
            Map.entry("tracking-kind", TrackingKind.class),
            Map.entry("security-kind", SecurityKind.class),
            Map.entry("requirement", ChildRequirement.class));

    static Stream<String> languages() {
        return NoticeGenerator.languages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasEveryPhraseOfEnglishAndNoOther(String language) {
        Set<String> english = Messages.keys("en");
        Set<String> keys = Messages.keys(language);
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(keys);
        missing.removeIf(key -> key.startsWith("unit.")); // plural forms differ by language, checked below
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(english);
        extra.removeIf(key -> key.startsWith("unit."));
        assertEquals(Set.of(), missing, "phrases messages_" + language + ".properties lacks");
        assertEquals(Set.of(), extra, "phrases messages_" + language + ".properties has that English does not");
        for (String key : keys) {
            assertFalse(
                    new Messages(language, new Warnings()).get(key).isBlank(),
                    () -> language + ": empty phrase " + key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyKeywordHasAPhraseAndEveryPluralFormOfEveryUnit(String language) {
        Warnings warnings = new Warnings();
        Localizer lz = new Localizer(language, warnings);
        KEYWORDS.forEach((prefix, type) -> {
            for (Enum<?> keyword : type.getEnumConstants()) {
                assertFalse(lz.keyword(prefix, keyword).isBlank());
            }
        });
        for (TimeUnit unit : TimeUnit.values()) {
            for (int amount = 0; amount <= 125; amount++) {
                lz.duration(new dev.pledge.generator.model.Duration(amount, unit));
            }
        }
        assertEquals(List.of(), warnings.all(), "phrases that fell back to English");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyChangeKindOfTheDiffEngineHasAPhrase(String language) throws ReflectiveOperationException {
        Set<String> keys = Messages.keys(language);
        for (Class<?> type : Change.class.getPermittedSubclasses()) {
            Object[] arguments = new Object[type.getRecordComponents().length];
            int i = 0;
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> kind = component.getType();
                arguments[i++] = kind == boolean.class
                        ? Boolean.FALSE
                        : kind == List.class
                                ? List.of()
                                : kind.isEnum() ? kind.getEnumConstants()[0] : kind == String.class ? "x" : null;
            }
            Change change = (Change) type.getDeclaredConstructors()[0].newInstance(arguments);
            assertTrue(
                    keys.contains("change." + change.kind()), () -> language + ": no phrase change." + change.kind());
        }
    }

    @Test
    void russianPluralsFollowTheCldrRules() {
        Localizer ru = new Localizer("ru", new Warnings());
        assertEquals("1 день", ru.duration(new dev.pledge.generator.model.Duration(1, TimeUnit.DAY)));
        assertEquals("3 дня", ru.duration(new dev.pledge.generator.model.Duration(3, TimeUnit.DAY)));
        assertEquals("11 дней", ru.duration(new dev.pledge.generator.model.Duration(11, TimeUnit.DAY)));
        assertEquals("21 год", ru.duration(new dev.pledge.generator.model.Duration(21, TimeUnit.YEAR)));
        assertEquals("25 лет", ru.duration(new dev.pledge.generator.model.Duration(25, TimeUnit.YEAR)));
        assertEquals(
                "1 year",
                new Localizer("en", new Warnings())
                        .duration(new dev.pledge.generator.model.Duration(1, TimeUnit.YEAR)));
        assertEquals(
                "30 天",
                new Localizer("zh", new Warnings())
                        .duration(new dev.pledge.generator.model.Duration(30, TimeUnit.DAY)));
    }

    @Test
    void aLanguageWithoutMessageFileIsRefusedWithWhatToDo() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Messages("de", new Warnings()));
        assertTrue(e.getMessage().contains("messages_de.properties"), e.getMessage());
    }

    @Test
    void templatesUseOnlyPhrasesThatExist() {
        // every key the Java code names literally is in the English file
        List<String> unknown = new ArrayList<>();
        for (String key : NoticeSourceKeys.literalKeys()) {
            if (!Messages.keys("en").contains(key)) {
                unknown.add(key);
            }
        }
        assertEquals(List.of(), unknown);
        assertTrue(NoticeSourceKeys.literalKeys().size() > 100, "the scan found the keys");
        assertFalse(Messages.keys("en").stream().anyMatch(key -> !key.equals(key.toLowerCase(Locale.ROOT))));
    }
}
