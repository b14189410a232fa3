// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.java.JavaModel.Constant;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The limits of a class file that a generated API could cross, checked on the model before any Java is written,
 * so that a policy too large for them is a generator error that says what to change, never Java that javac
 * rejects. Every constant of a generated enum is built in the enum's class initialiser, one constructor call
 * each: the initialiser's code may not exceed 65,535 bytes, a constructor 255 parameter slots, and the class
 * 65,535 constant-pool entries.
 *
 * <p>The estimates count the bytecode javac emits for each constructor argument of the templates (a literal or
 * an enum constant 3 bytes, each array 5 and each of its elements 7); checked against javac's class files for a
 * policy ten times Xiaomi's size, they are 10 to 30 % above the real size (its {@code ThirdParty} initialiser
 * is 47,872 bytes). Keep them in step with the templates' constructors.
 */
final class JvmLimits {
    /** The JVM's limit on a method's code (65,535), less a margin; the estimates are upper bounds. */
    static final long MAX_INITIALISER_BYTES = 64_000;
    /** The JVM's limit on constant-pool entries, with a margin. */
    static final long MAX_POOL_ENTRIES = 60_000;
    /** Two constructor parameters per language (title, description) beside the others, within 255 slots. */
    static final int MAX_LANGUAGES = 100;

    private static final int CALL = 16; // new, dup, name, ordinal, invokespecial, putstatic
    private static final int ARGUMENT = 3;
    private static final int ARRAY = 5; // size, anewarray
    private static final int ELEMENT = 7; // dup, index, value, aastore
    private static final int NEW = 7; // new, dup, invokespecial: a Disclosure

    private JvmLimits() {}

    static void check(String policyId, JavaModel model) throws GeneratorException {
        int languages = model.languages().size();
        if (languages > MAX_LANGUAGES) {
            throw new GeneratorException("policy '" + policyId + "' has texts in " + languages
                    + " languages; the generated Java takes at most " + MAX_LANGUAGES + " (each language is two"
                    + " constructor parameters, and the JVM allows 255): translate into fewer languages in one"
                    + " policy, or split it into regional policies");
        }
        int texts = 2 * languages;
        enumeration(policyId, "DataCategory", "data categories", model.categories(), c -> cost(c, texts, 0, 0));
        enumeration(
                policyId,
                "DataItem",
                "data items",
                model.items(),
                i -> cost(i.constant(), texts + 4, 1, i.sources().size()));
        enumeration(
                policyId,
                "Purpose",
                "purposes",
                model.purposes(),
                p -> cost(
                        p.constant(),
                        texts + 4,
                        4,
                        p.items().size()
                                + p.regions().size()
                                + p.basisRegions().size()
                                + p.regionalBases().size()));
        enumeration(
                policyId,
                "ThirdParty",
                "third parties",
                model.parties(),
                p -> cost(
                                p.constant(),
                                texts + 2,
                                5,
                                p.kinds().size()
                                        + p.urls().size()
                                        + p.sdks().size()
                                        + p.locations().size()
                                        + p.disclosures().size())
                        + p.disclosures().stream()
                                .mapToLong(d -> NEW
                                        + 2L * ARRAY
                                        + ELEMENT
                                                * (d.items().size()
                                                        + d.purposes().size()))
                                .sum());
        enumeration(
                policyId,
                "Right",
                "rights",
                model.rights(),
                r -> cost(
                        r.constant(),
                        texts + 2,
                        2,
                        r.regions().size() + r.purposes().size()));
        enumeration(
                policyId,
                "Region",
                "regions",
                model.regions(),
                r -> cost(r.constant(), texts + 3, 1, r.countries().size()));
    }

    private static long cost(Constant constant, int arguments, int arrays, long elements) {
        long joined = pieces(constant.titles()) + pieces(constant.descriptions());
        return CALL
                + (long) ARGUMENT * (arguments + 1)
                + (long) ARRAY * arrays
                + ELEMENT * elements
                + (long) ARGUMENT * joined;
    }

    /** Extra literals of texts too long for one (joined at run time). */
    private static long pieces(String expressions) {
        return expressions.length() / JavaText.MAX_LITERAL_CHARS;
    }

    private static <T> void enumeration(
            String policyId, String type, String what, List<T> constants, ToLongFunction<T> bytes)
            throws GeneratorException {
        long code = constants.stream().mapToLong(bytes).sum();
        long pool = 12L * constants.size();
        if (code > MAX_INITIALISER_BYTES || pool > MAX_POOL_ENTRIES) {
            long fits = Math.max(1, constants.size() * MAX_INITIALISER_BYTES / Math.max(1, code));
            throw new GeneratorException("policy '" + policyId + "' declares " + constants.size() + " " + what
                    + ": the generated enum " + type + " would need about " + code + " bytes of code to create them,"
                    + " more than a Java class allows (65,535); about " + fits + " fit: split the policy into"
                    + " policies that import a shared base, or declare fewer, broader " + what);
        }
    }
}
