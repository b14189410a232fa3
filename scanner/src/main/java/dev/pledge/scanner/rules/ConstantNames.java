// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Maps the enum constants of the generated Java API back to policy ids. The class file holds the
 * constant's name ({@code FRAUD_PREVENTION}), not its {@code id()}; this applies the Java
 * backend's naming rule (generator {@code JavaNames}; a test checks both agree on generated code):
 * ids in policy order, {@code fraud-prevention} → {@code FRAUD_PREVENTION}, camel humps split,
 * other characters → {@code _}, a keyword gets a trailing {@code _}, a name already taken gets
 * {@code _2}, {@code _3}, ...
 */
final class ConstantNames {

    private ConstantNames() {}

    /** Constant name to id, for ids in the order the generator receives them. */
    static Map<String, String> byConstant(List<String> ids) {
        Set<String> taken = new HashSet<>();
        Map<String, String> byConstant = new HashMap<>();
        for (String id : ids) {
            String plain = constant(id);
            String name = plain;
            for (int n = 2; !taken.add(name); n++) {
                name = plain + "_" + n;
            }
            byConstant.put(name, id);
        }
        return byConstant;
    }

    /** The constant name of one id, before collisions are resolved. */
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
}
