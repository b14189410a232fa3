// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

/** Counted nouns for summary lines: {@code 1 error}, {@code 2 errors}, {@code 2 policies}. */
final class Counts {

    private Counts() {}

    static String plural(long count, String noun) {
        if (count == 1) {
            return count + " " + noun;
        }
        return count + " " + (noun.endsWith("cy") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
