// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

/**
 * The plural category of a number in a language (CLDR rules for cardinals, integers only): the
 * suffix of a message key such as {@code unit.day.one}. A new language with other rules adds a case.
 */
final class Plurals {

    private Plurals() {}

    static String category(String language, int n) {
        return switch (language) {
            case "zh", "ja", "ko" -> "other";
            case "ru", "uk" -> russian(n);
            default -> n == 1 ? "one" : "other";
        };
    }

    private static String russian(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }
}
