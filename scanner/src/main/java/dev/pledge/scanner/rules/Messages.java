// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.scanner.analysis.DataFlow;
import dev.pledge.scanner.analysis.Reach;
import dev.pledge.scanner.model.MethodModel;
import java.util.List;
import java.util.stream.Collectors;

/** Fragments the rules' messages share. */
final class Messages {

    private Messages() {}

    /** {@code `a`}, {@code `a` or `b`}, {@code `a`, `b` or `c`}. */
    static String oneOf(List<String> ids) {
        List<String> quoted = ids.stream().map(Messages::code).toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    /** {@code Phone number} → {@code phone number}; acronyms ({@code IMEI}, {@code OAID}) stay. */
    static String lowerFirst(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    static String code(String text) {
        return "`" + text + "`";
    }

    /**
     * Where reached data comes from: {@code with `api`}, plus {@code in `Helper.method`} when another method reads
     * it; {@code from field `Customer.phone`} for domain data.
     */
    static String readAt(Reach.Reached reached) {
        if (reached.data() instanceof DataFlow.FieldLabel) {
            return "from " + origin(reached.data(), reached.reader());
        }
        String with = "with "
                + code(((DataFlow.ReadLabel) reached.data()).read().match().api());
        return reached.via() == null
                ? with
                : with + " in " + code(reached.reader().shortName());
    }

    /** Where sent data comes from: {@code read with `api`} (in {@code `Helper.method`} when another method reads it), or {@code field `Owner.telephone`}. */
    static String origin(DataFlow.Label label, MethodModel at) {
        if (label instanceof DataFlow.ReadLabel read) {
            String with = "read with " + code(read.read().match().api());
            return read.reader() == at
                    ? with
                    : with + " in " + code(read.reader().shortName());
        }
        DataFlow.FieldLabel field = (DataFlow.FieldLabel) label;
        return field.field().kind() + " " + code(field.field().simpleName());
    }

    /**
     * Annotation values as written in the class's language: {@code Purpose.A} or {@code {Purpose.A,
     * Purpose.B}} in Java; {@code [Purpose.A]} in Kotlin, where a named array argument is always an array
     * literal.
     */
    static String constants(String type, List<String> constants, boolean kotlin) {
        String joined = constants.stream().map(c -> type + "." + c).collect(Collectors.joining(", "));
        if (kotlin) {
            return "[" + joined + "]";
        }
        return constants.size() == 1 ? joined : "{" + joined + "}";
    }
}
