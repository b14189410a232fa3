// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.input.Registrations;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What frameworks create and call by name in dependency code, on the application's behalf (the entry
 * points of {@link Reachability} besides the application's own code):
 *
 * <ul>
 *   <li>{@code ServiceLoader} providers a jar registers ({@code META-INF/services}): created;
 *   <li>the activities, services, broadcast receivers and content providers an Android manifest declares
 *       (an {@code .aar}'s merges into the app's): created by Android, which then calls their lifecycle
 *       methods ({@code onCreate}, {@code onReceive}, ...): as callbacks through a type outside the scan,
 *       {@link Reachability} reaches their instance methods;
 *   <li>Spring configuration classes: those the application imports ({@code @Import}, also through
 *       annotations such as {@code @EnableWebMvc} that carry one), those they import and the
 *       {@code @Configuration} classes nested in them, and, when the application enables
 *       auto-configuration ({@code @SpringBootApplication}, {@code @EnableAutoConfiguration}), every class
 *       of {@code META-INF/spring/*.imports} and {@code META-INF/spring.factories}: created, and their
 *       {@code @Bean} methods run.
 * </ul>
 *
 * Limits: the conditions of an auto-configuration ({@code @ConditionalOnClass} and the like) are not
 * evaluated, so each counts as active; classes an {@code ImportSelector} or a registrar chooses at run time
 * are not followed.
 */
public final class FrameworkEntries {

    private static final String IMPORT = "Lorg/springframework/context/annotation/Import;";
    private static final String IMPORT_AUTO = "Lorg/springframework/boot/autoconfigure/ImportAutoConfiguration;";
    private static final String CONFIGURATION = "Lorg/springframework/context/annotation/Configuration;";
    private static final String BEAN = "Lorg/springframework/context/annotation/Bean;";
    private static final String ENABLE_AUTO = "Lorg/springframework/boot/autoconfigure/EnableAutoConfiguration;";

    /** The classes frameworks create, and the methods they call. */
    public record Entries(Set<String> created, List<MethodModel> methods) {}

    private final Hierarchy hierarchy;
    private final Map<String, List<ClassModel>> members = new HashMap<>();
    private final Set<String> created = new LinkedHashSet<>();
    private final List<MethodModel> methods = new ArrayList<>();

    private FrameworkEntries(List<ClassModel> classes, Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (ClassModel type : classes) {
            int dollar = type.name.lastIndexOf('$');
            if (dollar > 0) {
                members.computeIfAbsent(type.name.substring(0, dollar), k -> new ArrayList<>())
                        .add(type);
            }
        }
    }

    public static Entries of(List<ClassModel> classes, Hierarchy hierarchy, Registrations registrations) {
        FrameworkEntries entries = new FrameworkEntries(classes, hierarchy);
        for (String provider : registrations.services()) {
            entries.create(hierarchy.get(provider));
        }
        for (String component : registrations.components()) {
            entries.create(hierarchy.get(component));
        }
        boolean autoConfiguration = false;
        for (ClassModel type : classes) {
            if (!type.dependency) {
                entries.imports(type, new HashSet<>()).forEach(entries::configuration);
                autoConfiguration |= entries.annotated(type, ENABLE_AUTO, new HashSet<>());
            }
        }
        if (autoConfiguration) {
            registrations.spring().forEach(entries::configuration);
        }
        return new Entries(entries.created, entries.methods);
    }

    /**
     * A configuration class: created, its {@code @Bean} methods run (those it inherits too, unless it
     * overrides them), what it imports and nests too.
     */
    private void configuration(String name) {
        ClassModel type = hierarchy.get(name);
        if (type == null || created.contains(name)) {
            return;
        }
        create(type);
        Set<String> overridden = new HashSet<>();
        for (ClassModel t = type; t != null; t = t.superName == null ? null : hierarchy.get(t.superName)) {
            for (MethodModel method : t.methods.values()) {
                if (method.annotations.contains(BEAN) && overridden.add(method.name + method.desc)) {
                    methods.add(method);
                }
            }
        }
        imports(type, new HashSet<>()).forEach(this::configuration);
        for (ClassModel member : members.getOrDefault(name, List.of())) {
            if (annotated(member, CONFIGURATION, new HashSet<>())) {
                configuration(member.name);
            }
        }
    }

    private void create(ClassModel type) {
        if (type != null && created.add(type.name)) {
            for (MethodModel method : type.methods.values()) {
                if (method.name.equals("<init>")) {
                    methods.add(method);
                }
            }
        }
    }

    /** The classes a class imports, directly or through the annotations it carries. */
    private List<String> imports(ClassModel type, Set<String> seen) {
        List<String> imports = new ArrayList<>();
        imports.addAll(type.annotationClasses.getOrDefault(IMPORT, List.of()));
        imports.addAll(type.annotationClasses.getOrDefault(IMPORT_AUTO, List.of()));
        for (ClassModel annotation : annotationTypes(type, seen)) {
            imports.addAll(imports(annotation, seen));
        }
        return imports;
    }

    /** Whether a class carries the annotation, directly or through the annotations it carries. */
    private boolean annotated(ClassModel type, String descriptor, Set<String> seen) {
        if (type.annotations.contains(descriptor)) {
            return true;
        }
        for (ClassModel annotation : annotationTypes(type, seen)) {
            if (annotated(annotation, descriptor, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The scanned annotation types a class carries, each once per walk. */
    private List<ClassModel> annotationTypes(ClassModel type, Set<String> seen) {
        List<ClassModel> types = new ArrayList<>();
        for (String descriptor : type.annotations) {
            String name = descriptor.substring(1, descriptor.length() - 1);
            ClassModel annotation = hierarchy.get(name);
            if (annotation != null && seen.add(name)) {
                types.add(annotation);
            }
        }
        return types;
    }
}
