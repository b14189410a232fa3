// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import dev.pledge.generator.GeneratorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for policy ids: constants, type name prefixes, and the package a user chooses. */
final class JavaNames {

    private JavaNames() {}

    /**
     * The constant names for ids, in order: {@code fraud-prevention} becomes
     * {@code FRAUD_PREVENTION}. Ids that map to the same name ({@code a-b}, {@code a_b},
     * {@code aB}) keep it in the order given: the first gets the plain name, later ones
     * {@code _2}, {@code _3}, ...
     */
    static List<String> constants(List<String> ids) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String plain = constant(id);
            String name = plain;
            for (int n = 2; !taken.add(name); n++) {
                name = plain + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    /** UPPER_SNAKE for one id, Java-safe; may collide with another id's (see {@link #constants}). */
    static String constant(String id) {
        StringBuilder name = new StringBuilder();
        char previous = 0;
        for (char c : id.toCharArray()) {
            if (c == '-' || c == '_' || !Character.isJavaIdentifierPart(c)) {
                name.append('_');
            } else {
                if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                    name.append('_');
                }
                name.append(Character.toUpperCase(c));
            }
            previous = c;
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, '_');
        }
        String result = name.toString();
        return SourceVersion.isKeyword(result) ? result + "_" : result;
    }

    /** The prefix of a policy's own type names: {@code xiaomi-eu} becomes {@code XiaomiEu}. */
    static String typePrefix(String policyId) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : policyId.toCharArray()) {
            if (c == '-' || c == '_' || !Character.isJavaIdentifierPart(c)) {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Policy");
        }
        return name.toString();
    }

    /** Rejects what cannot be the package of generated code, saying why. */
    static void checkPackage(String packageName) throws GeneratorException {
        if (packageName == null || packageName.isBlank()) {
            throw new GeneratorException("no package given for the generated Java: name one, e.g. com.example.privacy");
        }
        if (!SourceVersion.isName(packageName, SourceVersion.RELEASE_17)) {
            throw new GeneratorException("'" + packageName + "' is not a valid Java package name: write dot-separated"
                    + " identifiers that are not Java keywords, e.g. com.example.privacy");
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            throw new GeneratorException("'" + packageName + "' is reserved for the Java platform: choose a package"
                    + " of your own, e.g. com.example.privacy");
        }
    }
}
