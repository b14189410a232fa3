// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.Element;
import dev.pledge.dsl.pledge.Import;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.PolicyFile;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Right;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/** Names: unique within a policy, kebab-case, imports that exist, one policy per file. */
final class NamesValidator extends PledgeCheck {

    /** Longest name: names become file names ({@code <policy>.zh.html}) and Java names. */
    static final int MAX_NAME_LENGTH = 100;

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkUnique(Element element) {
        checkUnique((EObject) element);
    }

    @Check
    public void checkUnique(DataItem item) {
        checkUnique((EObject) item);
    }

    private void checkUnique(EObject declaration) {
        String name = PledgeNameProvider.nameOf(declaration);
        if (name == null) {
            return;
        }
        PolicyFamily family = family(declaration);
        Map<String, List<EObject>> byName = family.memo(
                "declarations-by-name",
                () -> family.all(EObject.class).stream()
                        .filter(o -> PledgeNameProvider.nameOf(o) != null)
                        .collect(Collectors.groupingBy(PledgeNameProvider::nameOf)));
        for (EObject other : byName.getOrDefault(name, List.of())) {
            if (other != declaration) {
                String where = location(other);
                String fix = declaration instanceof Right
                        ? "give one of them its own name: `right <kind> <name> \"...\" { ... }`"
                        : "rename one of them, e.g. `" + name + "-"
                                + declaration.eClass().getName().toLowerCase()
                                + "`; every declaration of a policy needs its own name";
                error(
                        Rule.DUPLICATE_NAME,
                        "duplicate name " + quote(name) + ", also declared at " + where + ": " + fix,
                        declaration,
                        nameFeature(declaration));
                return;
            }
        }
    }

    @Check
    public void checkStyle(Element element) {
        checkStyle(element, element.getName());
    }

    @Check
    public void checkStyle(DataItem item) {
        checkStyle(item, item.getName());
    }

    private void checkStyle(EObject declaration, String name) {
        if (name == null) {
            return;
        }
        String plain = name.startsWith("^") ? name.substring(1) : name;
        boolean ok = isHyphenated(plain, declaration instanceof Region);
        if (!ok) {
            String suggestion = Declarations.kebabCase(plain);
            warning(
                    Rule.IDENTIFIER_STYLE,
                    "name " + quote(name) + " is not English kebab-case: write `" + suggestion + "`",
                    declaration,
                    nameFeature(declaration));
        }
    }

    /**
     * Two files of one run that declare a policy of the same name, and are not parts of one policy: the tools
     * could not tell which one a name means. (Within one policy's files, {@code duplicate-name} reports it.)
     */
    @Check
    public void checkPolicyNameUnique(Policy policy) {
        Resource resource = policy.eResource();
        if (policy.getName() == null || resource == null || resource.getResourceSet() == null) {
            return;
        }
        List<Resource> family = family(policy).resources();
        for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
            if (other == resource
                    || family.contains(other)
                    || other.getContents().isEmpty()) {
                continue;
            }
            if (!(other.getContents().get(0) instanceof PolicyFile file)) {
                continue;
            }
            for (Element element : file.getElements()) {
                if (element instanceof Policy twin && policy.getName().equals(twin.getName())) {
                    error(
                            Rule.DUPLICATE_POLICY,
                            "policy " + quote(policy.getName()) + " is also declared in " + relative(resource, other)
                                    + ": give each policy its own name, e.g. `policy " + policy.getName()
                                    + "-2 \"...\"`, or check the two files in separate runs",
                            policy,
                            P.getElement_Name());
                    return;
                }
            }
        }
    }

    /** Where {@code other} is, seen from the folder of {@code from}: {@code ../2015/xiaomi-2015.pledge}. */
    private static String relative(Resource from, Resource other) {
        org.eclipse.emf.common.util.URI target = other.getURI();
        org.eclipse.emf.common.util.URI base = from.getURI();
        if (target.isFile() && base.isFile()) {
            java.nio.file.Path folder = java.nio.file.Paths.get(base.toFileString())
                    .toAbsolutePath()
                    .getParent();
            java.nio.file.Path file =
                    java.nio.file.Paths.get(target.toFileString()).toAbsolutePath();
            return folder == null ? file.toString() : folder.relativize(file).toString();
        }
        return target.toString();
    }

    /**
     * Words of letters and digits joined by single hyphens, starting with a letter: lower-case
     * ({@code device-id}), or any case for region codes ({@code EU}). A loop, not a regular expression: a
     * repeated group recurses once per word in {@code java.util.regex}, and a name of 2,000 words overflowed
     * the stack.
     */
    static boolean isHyphenated(String name, boolean anyCase) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = anyCase ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : c >= 'a' && c <= 'z';
            boolean ok = letter || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    @Check
    public void checkLength(Element element) {
        checkLength(element, element.getName());
    }

    @Check
    public void checkLength(DataItem item) {
        checkLength(item, item.getName());
    }

    private void checkLength(EObject declaration, String name) {
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            error(
                    Rule.NAME_TOO_LONG,
                    "name " + quote(name) + " is " + name.length() + " characters long: shorten it to at most "
                            + MAX_NAME_LENGTH + " (names become file names and Java names), e.g. `"
                            + shortened(name) + "`",
                    declaration,
                    nameFeature(declaration));
        }
    }

    /** The first words of a long name, as a suggestion. */
    private static String shortened(String name) {
        String start = name.substring(0, Math.min(40, name.length()));
        int cut = start.lastIndexOf('-');
        return cut > 0 ? start.substring(0, cut) : start;
    }

    @Check
    public void checkImportExists(Import imported) {
        Resource resource = imported.eResource();
        if (imported.getImportURI() != null && imported.getImportURI().isBlank()) {
            error(
                    Rule.IMPORT_NOT_FOUND,
                    "an empty import names no file: write the path of a policy file relative to this one, e.g."
                            + " `import \"data.pledge\"`, or delete the line",
                    imported,
                    P.getImport_ImportURI());
            return;
        }
        if (imported.getImportURI() != null && PolicyFamily.isFolder(resource, imported)) {
            error(
                    Rule.IMPORT_NOT_FOUND,
                    "imported path " + quote(imported.getImportURI()) + " is a folder, not a file: import the"
                            + " policy files in it one by one, e.g. `import \"" + imported.getImportURI()
                            + "/data.pledge\"`",
                    imported,
                    P.getImport_ImportURI());
            return;
        }
        if (imported.getImportURI() != null && PolicyFamily.resolve(resource, imported) == null) {
            error(
                    Rule.IMPORT_NOT_FOUND,
                    "imported file " + quote(imported.getImportURI())
                            + " does not exist: write a path relative to this file, e.g. `import \"data.pledge\"`",
                    imported,
                    P.getImport_ImportURI());
        }
    }

    @Check
    public void checkOnePolicy(PolicyFile file) {
        boolean seen = false;
        for (Element element : file.getElements()) {
            if (element instanceof Policy policy) {
                if (seen) {
                    error(
                            Rule.MULTIPLE_POLICIES,
                            "a file declares at most one policy: move policy " + quote(policy.getName())
                                    + " into a file of its own and `import` what it shares",
                            policy,
                            P.getElement_Name());
                }
                seen = true;
            }
        }
    }

    private static EStructuralFeature nameFeature(EObject declaration) {
        if (declaration instanceof Right right && right.getName() == null) {
            return P.getRight_Kind();
        }
        return declaration instanceof DataItem ? P.getDataItem_Name() : P.getElement_Name();
    }

    private static String location(EObject object) {
        var node = NodeModelUtils.getNode(object);
        String file = object.eResource().getURI().lastSegment();
        return node == null ? file : file + ":" + node.getStartLine();
    }
}
