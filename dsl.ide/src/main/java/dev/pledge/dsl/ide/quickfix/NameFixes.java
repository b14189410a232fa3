// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import dev.pledge.dsl.ide.DeclarationKinds;
import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.parser.PledgeSyntaxErrorMessages;
import dev.pledge.dsl.pledge.Import;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.validation.Declarations;
import dev.pledge.dsl.validation.PolicyFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * Fixes about names: an unknown name (the closest names in scope, or a new declaration of it), a
 * duplicate name, a name that is not kebab-case (renamed everywhere in the policy), an import of a
 * file that does not exist (the closest policy files), and an empty file.
 */
final class NameFixes {

    /** How many similar names to offer. */
    static final int CANDIDATES = 3;

    /** How far the folder search for imports goes. */
    private static final int IMPORT_SEARCH_DEPTH = 4;

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    private final IScopeProvider scopes;
    private final DeclarationTemplates templates;

    NameFixes(IScopeProvider scopes, DeclarationTemplates templates) {
        this.scopes = scopes;
        this.templates = templates;
    }

    void unresolvedName(FixContext fix) {
        INode reference = fix.leaf();
        while (reference != null && !(reference.getGrammarElement() instanceof CrossReference)) {
            reference = reference.getParent();
        }
        if (reference == null) {
            return;
        }
        EReference feature = GrammarUtil.getReference((CrossReference) reference.getGrammarElement());
        EObject source = NodeModelUtils.findActualSemanticObjectFor(reference);
        String name = NodeModelUtils.getTokenText(reference);
        List<String> names = new ArrayList<>();
        for (IEObjectDescription candidate : scopes.getScope(source, feature).getAllElements()) {
            names.add(candidate.getName().toString());
        }
        INode node = reference;
        for (String closest : closest(name, names)) {
            fix.offer("Change to `" + closest + "`", fix.edit().replace(source, node, closest));
        }
        for (EClass kind : DeclarationKinds.all()) {
            if (feature.getEReferenceType().isSuperTypeOf(kind)) {
                declare(fix, kind, name);
            }
        }
    }

    /** Declares the name as a new declaration of this kind: at the end of the file, or in its container. */
    private void declare(FixContext fix, EClass kind, String name) {
        Optional<String> template = templates.minimal(kind, name);
        if (template.isEmpty()) {
            return;
        }
        String what = Declarations.describe(kind);
        if (kind.getEAllSuperTypes().contains(P.getElement())) {
            fix.offer(
                    "Declare " + what + " `" + name + "`: `" + template.get() + "`",
                    fix.edit().appendDeclaration(fix.resource(), template.get()));
            return;
        }
        // a kind declared inside another (a data item in a category): in the nearest such container
        for (EObject container : containers(fix.resource(), kind)) {
            fix.offer(
                    "Declare " + what + " `" + name + "` in " + Declarations.describe(container.eClass()) + " `"
                            + PledgeNameProvider.nameOf(container) + "`",
                    fix.edit().addClause(container, template.get()));
            return;
        }
    }

    /** Declarations that hold this kind (categories for data items), in this file first, then the policy's. */
    private static List<EObject> containers(Resource resource, EClass kind) {
        List<EObject> found = new ArrayList<>();
        List<Resource> resources = new ArrayList<>(List.of(resource));
        if (!resource.getContents().isEmpty()) {
            resources.addAll(PolicyFamily.of(resource.getContents().get(0)).resources());
        }
        for (Resource file : new LinkedHashSet<>(resources)) {
            file.getAllContents().forEachRemaining(object -> {
                for (EReference containment : object.eClass().getEAllContainments()) {
                    if (containment.getEReferenceType() == kind && DeclarationKinds.isDeclaration(object)) {
                        found.add(object);
                    }
                }
            });
            if (!found.isEmpty()) {
                return List.of(found.get(found.size() - 1));
            }
        }
        return found;
    }

    void duplicateName(FixContext fix) {
        EObject declaration = declaration(fix);
        if (declaration instanceof Right right && right.getName() == null) {
            INode kind = SourceEdit.node(right, P.getRight_Kind());
            String name = right.getKind().getLiteral() + "-2";
            fix.offer(
                    "Name it `right " + right.getKind().getLiteral() + " " + name + "`",
                    fix.edit().insert(right.eResource(), kind.getEndOffset(), " " + name));
            return;
        }
        INode name = nameNode(declaration);
        if (name != null) {
            String renamed = PledgeNameProvider.nameOf(declaration) + "-"
                    + declaration.eClass().getName().toLowerCase();
            fix.offer("Rename to `" + renamed + "`", fix.edit().replace(declaration, name, renamed));
        }
    }

    /** Two files of one run declare a policy of one name: this one gets {@code <name>-2}, as the message proposes. */
    void duplicatePolicy(FixContext fix) {
        EObject policy = declaration(fix);
        INode name = nameNode(policy);
        if (name != null) {
            String renamed = PledgeNameProvider.nameOf(policy) + "-2";
            fix.offer("Rename the policy to `" + renamed + "`", fix.edit().replace(policy, name, renamed));
        }
    }

    /** Renames the declaration and every reference to it in the policy. */
    void identifierStyle(FixContext fix) {
        EObject declaration = declaration(fix);
        INode name = nameNode(declaration);
        String current = PledgeNameProvider.nameOf(declaration);
        if (name == null || current == null) {
            return;
        }
        String renamed = Declarations.kebabCase(current.startsWith("^") ? current.substring(1) : current);
        SourceEdit edit = fix.edit().replace(declaration, name, renamed);
        PolicyFamily family = PolicyFamily.of(declaration);
        for (Setting setting : EcoreUtil.UsageCrossReferencer.find(declaration, family.resources())) {
            EObject source = setting.getEObject();
            EStructuralFeature feature = setting.getEStructuralFeature();
            List<INode> nodes = NodeModelUtils.findNodesForFeature(source, feature);
            Object value = source.eGet(feature, false);
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (int i = 0; i < nodes.size() && i < values.size(); i++) {
                if (values.get(i) == declaration) {
                    edit.replace(source, nodes.get(i), renamed);
                }
            }
        }
        fix.offerPreferred("Rename to `" + renamed + "` everywhere in the policy", edit);
    }

    void importNotFound(FixContext fix) {
        Import imported = fix.enclosing(Import.class);
        INode node = imported == null ? null : SourceEdit.node(imported, P.getImport_ImportURI());
        if (node == null || !imported.eResource().getURI().isFile()) {
            return;
        }
        Path folder = Path.of(imported.eResource().getURI().toFileString()).getParent();
        Path self = Path.of(imported.eResource().getURI().toFileString()).getFileName();
        List<String> files = new ArrayList<>();
        Path root = folder.getParent() == null ? folder : folder.getParent();
        try (Stream<Path> walk = Files.walk(root, IMPORT_SEARCH_DEPTH)) {
            walk.filter(p -> p.toString().endsWith(".pledge") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().equals(self) || !p.getParent().equals(folder))
                    .limit(2_000)
                    .forEach(p -> files.add(folder.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (String file : closest(imported.getImportURI(), files)) {
            fix.offer("Import \"" + file + "\" instead", fix.edit().replace(imported, node, "\"" + file + "\""));
        }
    }

    void emptyFile(FixContext fix) {
        String file = fix.resource().getURI().trimFileExtension().lastSegment();
        String name = Declarations.kebabCase(file == null ? "policy" : file);
        String policy = "policy " + (name.isEmpty() ? "policy" : name) + " \"<title>\" {\n  version \""
                + LocalDate.now() + "\"\n}";
        fix.offer(
                "Start the file with `policy " + name + " \"<title>\" { version ... }`",
                fix.edit().appendDeclaration(fix.resource(), policy));
    }

    private static EObject declaration(FixContext fix) {
        EObject declaration = fix.enclosing(EObject.class);
        while (declaration != null && !DeclarationKinds.isDeclaration(declaration)) {
            declaration = declaration.eContainer();
        }
        return declaration;
    }

    private static INode nameNode(EObject declaration) {
        if (declaration == null) {
            return null;
        }
        EStructuralFeature name = declaration.eClass().getEStructuralFeature("name");
        return name == null ? null : SourceEdit.node(declaration, name);
    }

    /** The candidates nearest to {@code word} (edit distance), if near enough to be a slip. */
    static List<String> closest(String word, List<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        Set<String> unique = new LinkedHashSet<>(candidates);
        unique.remove(word);
        return unique.stream()
                .filter(c -> PledgeSyntaxErrorMessages.distance(c, word) <= limit)
                .sorted(Comparator.comparingInt((String c) -> PledgeSyntaxErrorMessages.distance(c, word))
                        .thenComparing(c -> c))
                .limit(CANDIDATES)
                .toList();
    }
}
