// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.generator.model.Policy;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Xiaomi 2021 notices in every format and language are exactly the golden files, and the same
 * bytes every time, whatever the machine's locale and time zone.
 */
class NoticeGoldenTest {

    private final NoticeGenerator generator = new NoticeGenerator();

    static Stream<Arguments> formatsAndLanguages() {
        return NoticeGenerator.languages().stream()
                .flatMap(language -> Stream.of(NoticeFormat.values()).map(format -> Arguments.of(format, language)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    void xiaomiNoticeIsTheGoldenFile(NoticeFormat format, String language) {
        Policy policy = NoticeFixtures.xiaomi2021();
        Rendered notice = generator.render(policy, format, language);
        GoldenFiles.assertMatches(NoticeGenerator.fileName(policy, format, language), notice.text());
    }

    @Test
    void sameBytesOnEveryRunWhateverTheDefaultLocaleAndTimeZone() {
        Policy policy = NoticeFixtures.xiaomi2021();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        for (NoticeFormat format : NoticeFormat.values()) {
            Rendered first = generator.render(policy, format, "ru");
            try {
                Locale.setDefault(Locale.forLanguageTag("ar-EG"));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
                Rendered second = generator.render(policy, format, "ru");
                assertArrayEquals(first.bytes(), second.bytes(), format + " differs between runs");
                assertEquals(first.warnings(), second.warnings());
            } finally {
                Locale.setDefault(locale);
                TimeZone.setDefault(zone);
            }
        }
    }
}
