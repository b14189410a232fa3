// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy English text is to read: the Flesch reading ease (206.835 - 1.015 words per sentence -
 * 84.6 syllables per word; 60-70 is plain English, below 30 is for graduates) and the share of
 * sentences over 25 words. Syllables are counted by vowel groups with the usual corrections for
 * silent endings, as readability tools do; good enough to compare texts, not a dictionary count.
 *
 * @param words words counted
 * @param sentences sentences counted; a text without end punctuation (a heading) is one
 * @param syllables syllables counted
 * @param longSentences sentences over {@value #LONG} words
 */
public record Readability(int words, int sentences, int syllables, int longSentences) {

    /** A sentence longer than this many words is long (the EDPB and plain-language guides' limit). */
    public static final int LONG = 25;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:](?=\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    /** The readability of texts taken together, each text one or more sentences. */
    public static Readability of(List<String> texts) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longSentences = 0;
        for (String text : texts) {
            for (String sentence : SENTENCE_END.split(text)) {
                Matcher word = WORD.matcher(sentence);
                int count = 0;
                while (word.find()) {
                    count++;
                    syllables += syllables(word.group());
                }
                if (count > 0) {
                    words += count;
                    sentences++;
                    longSentences += count > LONG ? 1 : 0;
                }
            }
        }
        return new Readability(words, sentences, syllables, longSentences);
    }

    /** Flesch reading ease; 100 for no text. */
    public double readingEase() {
        if (words == 0) {
            return 100;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    /** The share of sentences over {@value #LONG} words, 0 to 1. */
    public double longShare() {
        return sentences == 0 ? 0 : (double) longSentences / sentences;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|(?<![td])ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = VOWELS.matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
