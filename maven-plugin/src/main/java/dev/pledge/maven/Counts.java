// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

/** Counted nouns for summary lines: {@code 1 error}, {@code 2 errors}. */
final class Counts {

    private Counts() {}

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
