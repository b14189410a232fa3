// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.Fixture;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner maps generated enum constants to policy ids as the Java backend names them. */
class ConstantNamesTest {

    @Test
    void sameNamesAsTheGeneratedApi(@TempDir Path dir) throws Exception {
        Fixture fixture = Fixture.create(dir, """
				policy odd "Odd names" { version "1" }
				category c "C" {
					data ip-v4 "IPv4"
					data ipV4 "IPv4 again"
					data ip_v4 "IPv4 once more"
					data class "A keyword"
					data x2-factor "Digits"
				}
				purpose fraud-prevention "F" { basis contract uses ip-v4, ipV4, ip_v4, class, x2-factor retention 1 days }
				purpose fraudPrevention "F2" { basis contract uses ip-v4 retention 1 days }
				""");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {fixture.api.toUri().toURL()}, getClass().getClassLoader())) {
            for (String type : new String[] {"DataItem", "Purpose"}) {
                Class<?> generated = loader.loadClass(Fixture.API + "." + type);
                Method id = generated.getMethod("id");
                Map<String, String> expected = new HashMap<>();
                for (Object constant : generated.getEnumConstants()) {
                    expected.put(((Enum<?>) constant).name(), (String) id.invoke(constant));
                }
                PolicyFacts facts = new PolicyFacts(fixture.policy);
                Map<String, String> actual = new HashMap<>();
                expected.keySet()
                        .forEach(name -> actual.put(
                                name,
                                type.equals("DataItem") ? facts.itemOfConstant(name) : facts.purposeOfConstant(name)));
                assertEquals(expected, actual, type);
                assertEquals(type.equals("DataItem") ? 5 : 2, expected.size());
            }
        }
    }
}
