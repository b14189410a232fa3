// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.scanner.catalogue.SdkIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scanned class: its place in the hierarchy, its source file, its methods. */
public final class ClassModel {

    public final String name;
    final String superName;
    final List<String> interfaces;
    /** {@code com/example/App.java}, or null when the class file names no source file. */
    final String sourcePath;
    /** Where the class file was read: {@code lib/app.jar!/com/example/App.class}. */
    final String origin;
    /** The SDK the class belongs to, or null for application code. */
    public final SdkIndex.Match sdk;

    final PersonalDataValues personalData;
    final boolean suppressed;
    public final Map<String, MethodModel> methods = new LinkedHashMap<>();

    public ClassModel(
            String name,
            String superName,
            List<String> interfaces,
            String sourcePath,
            String origin,
            SdkIndex.Match sdk,
            PersonalDataValues personalData,
            boolean suppressed) {
        this.name = name;
        this.superName = superName;
        this.interfaces = List.copyOf(interfaces);
        this.sourcePath = sourcePath;
        this.origin = origin;
        this.sdk = sdk;
        this.personalData = personalData;
        this.suppressed = suppressed;
    }

    MethodModel method(String name, String desc) {
        return methods.get(name + desc);
    }

    /** {@code com.example.App$Inner}. */
    String binaryName() {
        return name.replace('/', '.');
    }

    @Override
    public String toString() {
        return binaryName();
    }
}
