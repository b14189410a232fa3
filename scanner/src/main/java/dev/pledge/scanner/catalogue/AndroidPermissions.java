// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Android permissions that open personal data, each mapped to the data concepts it gives access to
 * ({@code android.permission.READ_CONTACTS} → {@code contacts}). Read from the built-in catalogue
 * file {@code android-permissions.txt}.
 */
public final class AndroidPermissions {

    static final String RESOURCE = "/dev/pledge/scanner/catalogue/android-permissions.txt";

    private static final AndroidPermissions BUILT_IN = load();

    private final Map<String, List<String>> concepts;

    private AndroidPermissions(Map<String, List<String>> concepts) {
        this.concepts = Collections.unmodifiableMap(concepts);
    }

    public static AndroidPermissions builtIn() {
        return BUILT_IN;
    }

    /** The concepts a permission opens, or an empty list for a permission that opens no personal data. */
    public List<String> concepts(String permission) {
        return concepts.getOrDefault(permission, List.of());
    }

    /** Every permission of the catalogue, in file order. */
    public Map<String, List<String>> all() {
        return concepts;
    }

    private static AndroidPermissions load() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (InputStream in = AndroidPermissions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scanner jar lacks its catalogue " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                if (parts.length != 2 || parts[0].indexOf('.') < 0) {
                    throw new IllegalStateException(RESOURCE + ":" + number
                            + ": write the permission's name, then its data concepts separated by commas");
                }
                map.put(
                        parts[0],
                        Arrays.stream(parts[1].split(",")).map(String::strip).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new AndroidPermissions(map);
    }
}
