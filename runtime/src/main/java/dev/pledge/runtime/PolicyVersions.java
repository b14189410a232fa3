// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Orders policy version labels where they have an order: ISO dates ({@code 2021-06-15}, the usual label) and
 * dotted numbers ({@code 3}, {@code 2.1}, {@code v2.0.1}). Other labels cannot be ordered.
 */
final class PolicyVersions {
    private static final Pattern DOTTED = Pattern.compile("[vV]?\\d+(\\.\\d+)*");

    private PolicyVersions() {}

    /** @return whether the label is of a form that has an order: an ISO date or a dotted number */
    static boolean ordered(String version) {
        return date(version) != null || DOTTED.matcher(version).matches();
    }

    /**
     * Compares two version labels of one policy.
     *
     * @param a a version label
     * @param b another
     * @return negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}; or
     *         {@code null} when the two cannot be ordered (different labels of no known form)
     */
    static Integer compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        LocalDate da = date(a);
        LocalDate db = date(b);
        if (da != null && db != null) {
            return da.compareTo(db);
        }
        if (DOTTED.matcher(a).matches() && DOTTED.matcher(b).matches()) {
            return dotted(a, b);
        }
        return null;
    }

    private static int dotted(String a, String b) {
        String[] pa = strip(a).split("\\.");
        String[] pb = strip(b).split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            BigInteger x = i < pa.length ? new BigInteger(pa[i]) : BigInteger.ZERO;
            BigInteger y = i < pb.length ? new BigInteger(pb[i]) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String strip(String version) {
        return version.startsWith("v") || version.startsWith("V") ? version.substring(1) : version;
    }

    private static LocalDate date(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
