// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The classes jars and class folders register for frameworks to create by name: {@code ServiceLoader}
 * providers ({@code META-INF/services/<service>}), Spring's factories and auto-configurations
 * ({@code META-INF/spring.factories}, {@code META-INF/spring/<key>.imports}), and the components of
 * Android manifests. Reachability counts them as created by the framework that reads the registration.
 */
public final class Registrations {

    /** A registration file is small; a larger one is not read. */
    static final int MAX_BYTES = 1 << 20;

    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");

    private final Set<String> services = new LinkedHashSet<>();
    private final Set<String> spring = new LinkedHashSet<>();
    private final Set<String> components = new LinkedHashSet<>();

    /** Whether an entry (a path below a jar's or folder's root) is a registration file. */
    static boolean isRegistration(String path) {
        String entry = own(path);
        return (entry.startsWith("META-INF/services/") && entry.indexOf('/', "META-INF/services/".length()) < 0)
                || entry.equals("META-INF/spring.factories")
                || (entry.startsWith("META-INF/spring/") && entry.endsWith(".imports"));
    }

    /** Adds what a registration file names; text that is not a class name (comments, keys, blanks) is ignored. */
    void add(String path, byte[] content) {
        String entry = own(path);
        Set<String> into = entry.startsWith("META-INF/services/") ? services : spring;
        String text = new String(content, StandardCharsets.UTF_8);
        boolean properties = entry.endsWith(".factories");
        for (String line : text.split("\\R")) {
            String value = line.strip();
            int hash = value.indexOf('#');
            if (hash >= 0) {
                value = value.substring(0, hash).strip();
            }
            if (properties) {
                int equals = value.indexOf('=');
                value = value.substring(equals + 1).replace("\\", "");
            }
            for (String name : value.split(",")) {
                if (CLASS_NAME.matcher(name.strip()).matches()) {
                    into.add(name.strip().replace('.', '/'));
                }
            }
        }
    }

    /** The entry's path below the classes of a Spring Boot fat jar or a war, else the entry. */
    private static String own(String entry) {
        for (String prefix : new String[] {"BOOT-INF/classes/", "WEB-INF/classes/"}) {
            if (entry.startsWith(prefix)) {
                return entry.substring(prefix.length());
            }
        }
        return entry;
    }

    /** Adds the component classes an Android manifest declares: Android creates them by name. */
    void components(List<String> classes) {
        components.addAll(classes);
    }

    /**
     * The activities, services, broadcast receivers and content providers Android manifests declare
     * (an APK's, or a library's {@code .aar} that merges into the app's), as internal names.
     */
    public List<String> components() {
        return new ArrayList<>(components);
    }

    /** {@code ServiceLoader} providers, as internal names. */
    public List<String> services() {
        return new ArrayList<>(services);
    }

    /** Classes Spring creates from {@code spring.factories} and {@code *.imports} (auto-configurations), as internal names. */
    public List<String> spring() {
        return new ArrayList<>(spring);
    }
}
