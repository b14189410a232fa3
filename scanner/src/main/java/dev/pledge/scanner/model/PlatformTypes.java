// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;

/**
 * The supertypes of the Java platform's own classes, read from the running JDK's class files
 * (headers only, cached): so that {@code sslSocket.getInetAddress()} is known to be
 * {@code java/net/Socket.getInetAddress}. Classes outside the JDK (Android, Servlet, SDKs) are
 * not looked up: only the scanned classes and the catalogue speak for them. Thread-safe.
 */
public final class PlatformTypes {

    public static final PlatformTypes JDK = new PlatformTypes(ClassLoader.getPlatformClassLoader());

    private final ClassLoader loader;
    private final ConcurrentHashMap<String, List<String>> direct = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> ancestors = new ConcurrentHashMap<>();

    PlatformTypes(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every supertype of a platform class, nearest first; empty for a class the JDK does not have. */
    public List<String> ancestors(String name) {
        List<String> known = ancestors.get(name);
        if (known != null) {
            return known;
        }
        Set<String> found = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(direct(name));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String type = queue.poll();
            if (seen.add(type)) {
                found.add(type);
                queue.addAll(direct(type));
            }
        }
        List<String> result = List.copyOf(found);
        ancestors.putIfAbsent(name, result);
        return result;
    }

    private List<String> direct(String name) {
        List<String> known = direct.get(name);
        if (known != null) {
            return known;
        }
        List<String> supers = List.of();
        try (InputStream in = loader.getResourceAsStream(name + ".class")) {
            if (in != null) {
                ClassReader reader = new ClassReader(in);
                List<String> list = new ArrayList<>();
                if (reader.getSuperName() != null) {
                    list.add(reader.getSuperName());
                }
                list.addAll(Arrays.asList(reader.getInterfaces()));
                supers = List.copyOf(list);
            }
        } catch (IOException | RuntimeException e) {
            supers = List.of();
        }
        direct.putIfAbsent(name, supers);
        return supers;
    }
}
