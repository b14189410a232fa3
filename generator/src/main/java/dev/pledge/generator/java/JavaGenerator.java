// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Java backend: generates a policy's typed consent API into a package the user chooses.
 *
 * <p>For a policy {@code xiaomi} in package {@code com.example.privacy} it writes, below the
 * output folder, {@code com/example/privacy/}: enums {@code DataCategory}, {@code DataItem},
 * {@code Purpose} (a {@code dev.pledge.runtime.PurposeSpec}), {@code ThirdParty}, {@code Right},
 * {@code Region} (a {@code dev.pledge.runtime.RegionSpec}), the annotation {@code PersonalData},
 * the guard {@code XiaomiConsent}, the ledger {@code XiaomiLedger} and the package-private
 * helper {@code PolicyValues}. The output is the same bytes for the same policy and package.
 */
public final class JavaGenerator {

    /** The generated types whose names are the same for every policy; each has a template of its name. */
    private static final List<String> FIXED_TYPES = List.of(
            "DataCategory", "DataItem", "Purpose", "ThirdParty", "Right", "Region", "PersonalData", "PolicyValues");

    private JavaGenerator() {}

    /**
     * Generates the API and writes it below {@code outDir}, every file whole or none.
     *
     * @return the generated files, in a fixed order (files whose content was already there are left untouched)
     * @throws GeneratorException if the package name is not valid, the policy does not fit the
     *         consent API, or the files cannot be written
     */
    public static List<Path> generate(Policy policy, String packageName, Path outDir) throws GeneratorException {
        Map<Path, byte[]> files = render(policy, packageName, outDir);
        return GeneratedFiles.write(files, "generated Java");
    }

    /** The generated sources by path below {@code outDir}, without writing them. */
    public static Map<Path, byte[]> render(Policy policy, String packageName, Path outDir) throws GeneratorException {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(outDir, "outDir");
        JavaNames.checkPackage(packageName);
        checkFolder(outDir);
        JavaModel model = JavaModelBuilder.build(policy, packageName);
        Path folder = outDir.resolve(packageName.replace('.', '/'));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (String type : FIXED_TYPES) {
            files.put(folder.resolve(type + ".java"), render(type + ".java.ftl", model));
        }
        files.put(folder.resolve(model.consentClass() + ".java"), render("Consent.java.ftl", model));
        files.put(folder.resolve(model.ledgerClass() + ".java"), render("Ledger.java.ftl", model));
        return files;
    }

    private static byte[] render(String template, JavaModel model) throws GeneratorException {
        try {
            return Templates.render(template, model).getBytes(StandardCharsets.UTF_8);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private static void checkFolder(Path outDir) throws GeneratorException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new GeneratorException(
                    "output folder " + outDir + " is a file: name a folder (it is created if missing)");
        }
        for (Path parent = outDir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new GeneratorException("cannot create output folder " + outDir + ": " + parent + " is a file");
            }
        }
        if (Files.isDirectory(outDir) && !Files.isWritable(outDir)) {
            throw new GeneratorException("output folder " + outDir + " is not writable: check its permissions");
        }
    }
}
