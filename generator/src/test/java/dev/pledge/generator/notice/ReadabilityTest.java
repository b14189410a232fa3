// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generator's own text (headings, labels and fixed sentences of the notices) is plain: Flesch
 * reading ease of at least 60 in English, and no fixed sentence over 25 words in any language (in
 * Chinese, over 50 characters). The policy's own texts are its authors' (the review checklist
 * measures them).
 */
class ReadabilityTest {

    /** The message keys that are the generator's own headings and sentences, not legal terms or names. */
    private static final List<String> OWN_TEXT = List.of(
            "section.",
            "summary.",
            "chrome.",
            "object.",
            "withdraw.",
            "fact.",
            "change.",
            "value.",
            "requirement.",
            "telling.",
            "provision.",
            "period.");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void countsSyllablesWordsAndSentences() {
        assertEquals(1, Readability.syllables("the"));
        assertEquals(1, Readability.syllables("made"));
        assertEquals(2, Readability.syllables("data"));
        assertEquals(3, Readability.syllables("processing"));
        assertEquals(4, Readability.syllables("automated"));
        Readability two = Readability.of(List.of("We keep your data. You can ask us to delete it!"));
        assertEquals(2, two.sentences());
        assertEquals(11, two.words());
        assertEquals(new Readability(0, 0, 0, 0), Readability.of(List.of("", " 12 ")));
    }

    @Test
    void plainTextScoresHigherThanLegalText() {
        Readability plain = Readability.of(List.of("We use your data to send your order. You can ask us to stop."));
        Readability legal = Readability.of(List.of("The controller shall implement appropriate technical and"
                + " organisational measures to ensure a level of security appropriate to the risk, including"
                + " inter alia as appropriate the pseudonymisation and encryption of personal data and the"
                + " ability to ensure the ongoing confidentiality, integrity, availability and resilience of"
                + " processing systems and services."));
        assertTrue(plain.readingEase() > 80, "plain: " + plain.readingEase());
        assertTrue(legal.readingEase() < 30, "legal: " + legal.readingEase());
        assertEquals(1, legal.longSentences());
        assertEquals(1.0, legal.longShare());
    }

    @Test
    void theEnglishHeadingsAndSentencesArePlain() {
        List<String> texts = ownTexts("en");
        assertTrue(texts.size() > 200, "the generator's English text: " + texts.size());
        Readability english = Readability.of(texts);
        assertTrue(
                english.readingEase() >= 60,
                "Flesch reading ease of the notices' own English text: " + english.readingEase());
        assertEquals(0, english.longSentences(), "sentences over " + Readability.LONG + " words");
    }

    @Test
    void theRussianAndChineseSentencesAreShortToo() {
        for (String text : ownTexts("ru")) {
            assertEquals(0, Readability.of(List.of(text)).longSentences(), text);
        }
        for (String text : ownTexts("zh")) {
            for (String sentence : text.split("[。！？；]")) {
                assertTrue(sentence.length() <= 50, "over 50 characters: " + sentence);
            }
        }
    }

    private static List<String> ownTexts(String language) {
        Messages messages = new Messages(language, new Warnings());
        return Messages.keys(language).stream()
                .filter(key -> OWN_TEXT.stream().anyMatch(key::startsWith))
                .sorted()
                .map(key -> PLACEHOLDER.matcher(messages.get(key)).replaceAll(""))
                .toList();
    }
}
