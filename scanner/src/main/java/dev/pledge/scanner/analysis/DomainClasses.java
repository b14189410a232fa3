// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.FieldModel;
import dev.pledge.scanner.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * Which classes of the application hold domain data (entities, embeddables, records, Kotlin data classes,
 * DTOs), and their fields. Classes that hold none are skipped: Spring components, configuration,
 * exceptions, enums, builders, anonymous classes, dependencies. An interface whose abstract methods are
 * all getters (a Spring Data projection, {@code interface OwnerSummary { String getTelephone(); }}, or a DTO
 * interface) holds its getters' properties; other interfaces hold no domain data.
 */
final class DomainClasses {

    private static final Set<String> COMPONENT_ANNOTATIONS = Set.of(
            "Component",
            "Service",
            "Controller",
            "RestController",
            "Repository",
            "Configuration",
            "ConfigurationProperties",
            "SpringBootApplication",
            "ControllerAdvice",
            "RestControllerAdvice",
            "Aspect",
            "WebServlet",
            "WebFilter",
            "ApplicationScoped",
            "RequestScoped",
            "Singleton",
            "Named",
            "Mojo");

    private static final List<String> COMPONENT_SUFFIXES = List.of(
            "Controller",
            "Service",
            "ServiceImpl",
            "Repository",
            "Config",
            "Configuration",
            "Properties",
            "Test",
            "Tests",
            "IT",
            "Handler",
            "Filter",
            "Interceptor",
            "Listener",
            "Advice",
            "Mapper",
            "Converter",
            "Formatter",
            "Validator",
            "Factory",
            "Builder",
            "Util",
            "Utils",
            "Helper",
            "Exception",
            "Error",
            "Module",
            "Initializer",
            "Runner",
            "Client",
            "Template");

    private DomainClasses() {}

    /** Whether the class may hold domain data: application code that is not a component, configuration, exception... */
    static boolean isDomainClass(ClassModel type) {
        if (type.dependency
                || (type.access
                                & (Opcodes.ACC_ANNOTATION
                                        | Opcodes.ACC_ENUM
                                        | Opcodes.ACC_SYNTHETIC
                                        | Opcodes.ACC_MODULE))
                        != 0
                || fields(type).isEmpty()) {
            return false;
        }
        String simple = type.name.substring(type.name.lastIndexOf('/') + 1);
        String inner = simple.substring(simple.lastIndexOf('$') + 1);
        if (inner.isEmpty()
                || Character.isDigit(inner.charAt(0))
                || inner.equals("Companion")
                || inner.equals("WhenMappings")
                || inner.equals("DefaultImpls")
                || simple.contains("$lambda")
                || simple.equals("package-info")) {
            return false;
        }
        for (String suffix : COMPONENT_SUFFIXES) {
            if (inner.endsWith(suffix) && inner.length() > suffix.length()) {
                return false;
            }
        }
        for (String annotation : type.annotations) {
            if (COMPONENT_ANNOTATIONS.contains(simpleName(annotation.substring(1, annotation.length() - 1)))) {
                return false;
            }
        }
        return !"java/lang/Enum".equals(type.superName) && !"java/lang/Throwable".equals(type.superName);
    }

    /** The fields of a class; the properties of a projection interface; none for another interface. */
    static List<FieldModel> fields(ClassModel type) {
        if ((type.access & Opcodes.ACC_INTERFACE) == 0) {
            return type.fields;
        }
        List<FieldModel> properties = new ArrayList<>();
        for (MethodModel method : type.methods.values()) {
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) != Opcodes.ACC_ABSTRACT) {
                continue; // a default method computes from the others; a static one belongs to no instance
            }
            String property = property(method);
            if (property == null) {
                return List.of(); // an abstract method that is no getter: behaviour (a service), not data
            }
            String desc = method.desc.substring(2);
            properties.add(new FieldModel(property, desc, null, method.access, method.annotations, List.of()));
        }
        return properties;
    }

    /** {@code getTelephone()} → {@code telephone}, {@code isActive()} (boolean) → {@code active}, {@code getURL()} → {@code URL}; else null. */
    static String property(MethodModel method) {
        if (!method.desc.startsWith("()") || method.desc.endsWith(")V")) {
            return null;
        }
        String name = method.name;
        boolean bool = method.desc.endsWith(")Z") || method.desc.endsWith(")Ljava/lang/Boolean;");
        int prefix = name.startsWith("get") ? 3 : bool && name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        String rest = name.substring(prefix);
        return rest.length() > 1 && Character.isUpperCase(rest.charAt(1))
                ? rest
                : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** {@code com/example/Owner$Address} → {@code Address}. */
    static String simpleName(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }
}
