// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.scanner.catalogue.SdkIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scanned class: its place in the hierarchy, its source file, its methods. */
public final class ClassModel {

    public final String name;
    public final String superName;
    public final List<String> interfaces;
    /**
     * Its source file, {@code App.java}, or null when the class file names none. Kept as the class file names it,
     * one string for every class that names the same (obfuscated apps name {@code SourceFile}): {@link #sourcePath}
     * is made when a finding needs it.
     */
    private final String sourceFile;
    /** Where the class file was read: {@code lib/app.jar!/com/example/App.class}. */
    final String origin;
    /**
     * The SDK the class belongs to, or null for application code: the SDK its package is, or, for a class
     * of a dependency archive in no SDK's package, the SDK of its archive ({@code ArchiveSdks}).
     */
    public SdkIndex.Match sdk;

    final PersonalDataValues personalData;
    /** The reason of a suppression annotation on the class, "" when it gives none, null when there is none. */
    final String suppression;

    public final Map<String, MethodModel> methods = new LinkedHashMap<>();
    /** The class's access flags ({@code Opcodes.ACC_*}). */
    public final int access;
    /** Descriptors of the class's annotations, {@code Ljakarta/persistence/Entity;}. */
    public final List<String> annotations;
    /** Its fields, in declaration order. */
    public final List<FieldModel> fields;
    /** Whether it is a dependency's class rather than the application's own. */
    public final boolean dependency;
    /**
     * The classes its annotations name as values, by annotation descriptor: {@code @Import(WebConfig.class)}
     * gives {@code Lorg/springframework/context/annotation/Import;} to {@code [com/example/WebConfig]}.
     */
    public Map<String, List<String>> annotationClasses = Map.of();
    /** Its source map ({@code SourceDebugExtension}: Kotlin's for inlined code), or null. */
    public String sourceDebug;
    /**
     * The method whose body creates this class, {@code com/example/App.track(Ljava/lang/String;)V}, for an
     * anonymous class (a Java anonymous class, a Kotlin lambda or coroutine class, {@code sequence {}}); else
     * null.
     */
    public String enclosingMethod;
    /** Reads the bodies of its methods when they were left for later; null once they are read. */
    private Code later;
    /** Its methods by name, for classes of many methods; made when first needed, again when methods were added. */
    private volatile MethodIndex byName;

    /** The methods by name, and how many methods there were when it was made: one value, read and written at once. */
    private record MethodIndex(int size, Map<String, List<MethodModel>> byName) {}

    /** Reads the method bodies of a class that were left for later (a dependency's, read when needed). */
    @FunctionalInterface
    public interface Code {
        /** Reads them into the class's methods, then marks the class read ({@link #codeLater codeLater(null)}). */
        void read(ClassModel type);
    }

    public ClassModel(
            String name,
            String superName,
            List<String> interfaces,
            String sourceFile,
            String origin,
            SdkIndex.Match sdk,
            PersonalDataValues personalData,
            String suppression,
            int access,
            List<String> annotations,
            List<FieldModel> fields,
            boolean dependency) {
        this.name = name;
        this.superName = superName;
        this.interfaces = List.copyOf(interfaces);
        this.sourceFile = sourceFile;
        this.origin = origin;
        this.sdk = sdk;
        this.personalData = personalData;
        this.suppression = suppression;
        this.access = access;
        this.annotations = List.copyOf(annotations);
        this.fields = List.copyOf(fields);
        this.dependency = dependency;
    }

    /**
     * Leaves its method bodies for later: until {@code code} reads them, its methods have their names,
     * access and annotations but no sites; {@link MethodModel#calls()} and the like read them first.
     * {@code null} marks them read.
     */
    public void codeLater(Code code) {
        this.later = code;
    }

    /** Whether its method bodies are read (they are, unless they were left for later and nothing needed them). */
    public boolean hasCode() {
        return later == null;
    }

    /** Reads its method bodies if they were left for later. */
    public void readCode() {
        if (later != null) {
            later.read(this);
        }
    }

    /** {@code com/example/App.java}: its source file in its package's folder; null when the class file names none. */
    String sourcePath() {
        if (sourceFile == null) {
            return null;
        }
        int slash = name.lastIndexOf('/');
        return slash < 0 ? sourceFile : name.substring(0, slash + 1) + sourceFile;
    }

    /** The field of that name, or null. */
    public FieldModel field(String name) {
        for (FieldModel field : fields) {
            if (field.name.equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** The method of that name and descriptor, or null. */
    public MethodModel method(String name, String desc) {
        if (methods.size() > 12) {
            return indexed(name, desc);
        }
        // most classes have a few methods: comparing them costs less than a lookup
        for (MethodModel method : methods.values()) {
            if (method.name.equals(name) && method.desc.equals(desc)) {
                return method;
            }
        }
        return null;
    }

    /**
     * Looks the method up by its name (whose hash the string caches; a key of name and descriptor would be
     * hashed anew at each lookup), then compares descriptors.
     */
    private MethodModel indexed(String name, String desc) {
        MethodIndex index = byName;
        if (index == null || index.size() != methods.size()) {
            Map<String, List<MethodModel>> named = new HashMap<>(methods.size() * 2);
            for (MethodModel method : methods.values()) {
                named.computeIfAbsent(method.name, k -> new ArrayList<>(1)).add(method);
            }
            index = new MethodIndex(methods.size(), named);
            byName = index;
        }
        List<MethodModel> named = index.byName().get(name);
        for (int i = 0; named != null && i < named.size(); i++) { // no iterator: a hot path under the client compiler
            if (named.get(i).desc.equals(desc)) {
                return named.get(i);
            }
        }
        return null;
    }

    /** The reason of the class's suppression annotation, "" when it gives none, null when there is none. */
    public String suppression() {
        return suppression;
    }

    /** The archive the class was read from ({@code lib/x.jar}, {@code app.war!/WEB-INF/lib/x.jar}), or null. */
    public String archive() {
        int bang = origin.lastIndexOf("!/");
        return bang < 0 ? null : origin.substring(0, bang);
    }

    /**
     * Whether the class is Kotlin's (it carries {@code @kotlin.Metadata}, or its source file is a
     * {@code .kt} file): messages then name properties, and show fixes in Kotlin syntax.
     */
    public boolean kotlin() {
        return annotations.contains("Lkotlin/Metadata;") || (sourceFile != null && sourceFile.endsWith(".kt"));
    }

    /** {@code com.example.App$Inner}. */
    public String binaryName() {
        return name.replace('/', '.');
    }

    @Override
    public String toString() {
        return binaryName();
    }
}
