// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.hover;

import dev.pledge.dsl.formatting.ClauseStarts;
import dev.pledge.dsl.ide.Block;
import dev.pledge.dsl.ide.DeclarationKinds;
import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.pledge.Text;
import dev.pledge.dsl.pledge.Translation;
import dev.pledge.dsl.validation.PolicyFamily;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What a hover over a declaration or a reference to it shows, in Markdown: the kind and name; the
 * title and every translation; the description; each clause of the declaration (its basis, what it
 * uses, receives, keeps...); what the categories it names stand for; every place of the policy that
 * refers to it, with the clause that does; and where it is declared. All of it is read from the
 * model and the grammar, so new constructs are shown without code here.
 */
final class DeclarationHover {

    /** Beyond this, a list says "and N more". */
    static final int MAX_LINES = 25;

    private static final int MAX_CLAUSE = 160;

    private final EObject declaration;
    private final ClauseStarts starts;
    private final StringBuilder markdown = new StringBuilder();

    DeclarationHover(EObject declaration, ClauseStarts starts) {
        this.declaration = declaration;
        this.starts = starts;
    }

    String markdown() {
        Block block = Block.of(declaration, starts);
        String keyword = block.header().isEmpty()
                ? DeclarationKinds.tokenType(declaration.eClass())
                : block.header().get(0).getText();
        markdown.append("**")
                .append(keyword)
                .append("** `")
                .append(PledgeNameProvider.nameOf(declaration))
                .append('`');
        Text title = text("title");
        if (title != null) {
            markdown.append(" — ").append(escape(title.getValue()));
            translations(title);
        }
        markdown.append('\n');
        Text description = text("description");
        if (description != null) {
            markdown.append('\n').append(escape(description.getValue()));
            translations(description);
            markdown.append('\n');
        }
        clauses(block, description);
        standsFor();
        usages();
        markdown.append('\n').append(declaredAt(declaration)).append('\n');
        return markdown.toString();
    }

    private Text text(String feature) {
        EStructuralFeature text = declaration.eClass().getEStructuralFeature(feature);
        return text != null && declaration.eGet(text) instanceof Text value ? value : null;
    }

    private void translations(Text text) {
        for (Translation translation : text.getTranslations()) {
            markdown.append("  \n*")
                    .append(translation.getLanguage())
                    .append("* ")
                    .append(escape(translation.getValue()));
        }
    }

    /** Each clause as written (without translations); nested declarations by name. */
    private void clauses(Block block, Text description) {
        INode described = description == null ? null : NodeModelUtils.getNode(description);
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> nested = new LinkedHashMap<>();
        for (Block.Clause clause : block.clauses()) {
            EObject owner =
                    NodeModelUtils.findActualSemanticObjectFor(clause.tokens().get(0));
            if (owner != declaration && DeclarationKinds.isDeclaration(owner)) {
                nested.computeIfAbsent(clause.keyword(), k -> new ArrayList<>()).add(PledgeNameProvider.nameOf(owner));
            } else if (described == null
                    || described.getOffset() < clause.offset()
                    || described.getOffset() > clause.endOffset()) {
                lines.add("`" + code(clauseText(clause)) + "`");
            }
        }
        nested.forEach((keyword, names) -> lines.add(names.size() + " × `" + keyword + "`: "
                + String.join(", ", names.stream().map(n -> "`" + n + "`").toList())));
        list(lines);
    }

    /** The clause's tokens, without the translations of its texts, shortened when long. */
    private static String clauseText(Block.Clause clause) {
        List<ILeafNode> tokens = new ArrayList<>();
        for (ILeafNode token : clause.tokens()) {
            if (!(NodeModelUtils.findActualSemanticObjectFor(token) instanceof Translation)) {
                tokens.add(token);
            }
        }
        String text = Block.text(tokens);
        return text.length() > MAX_CLAUSE ? text.substring(0, MAX_CLAUSE) + "…" : text;
    }

    /** For each group it refers to (a category), the declarations the group holds. */
    private void standsFor() {
        Set<EObject> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (EReference reference : declaration.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            for (EObject target : targets(declaration, reference)) {
                if (!target.eIsProxy() && seen.add(target)) {
                    List<String> members = new ArrayList<>();
                    target.eContents().stream()
                            .filter(DeclarationKinds::isDeclaration)
                            .forEach(member -> members.add("`" + PledgeNameProvider.nameOf(member) + "`"));
                    if (!members.isEmpty()) {
                        lines.add("`" + PledgeNameProvider.nameOf(target) + "` stands for " + members.size() + ": "
                                + String.join(", ", members));
                    }
                }
            }
        }
        if (!lines.isEmpty()) {
            markdown.append('\n');
            lines.forEach(line -> markdown.append(line).append("  \n"));
        }
    }

    /** Every reference to the declaration in its policy, with the clause that makes it. */
    private void usages() {
        PolicyFamily family = PolicyFamily.of(declaration);
        Collection<Setting> settings = EcoreUtil.UsageCrossReferencer.find(declaration, family.resources());
        Set<String> files = new HashSet<>();
        List<String> lines = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (Setting setting : settings) {
            EObject source = setting.getEObject();
            if (source.eResource() != null) {
                files.add(source.eResource().getURI().lastSegment());
            }
            String line = usage(source, setting.getEStructuralFeature());
            if (distinct.add(line)) {
                lines.add(line);
            }
        }
        if (settings.isEmpty()) {
            markdown.append("\nNothing in the policy refers to it.\n");
            return;
        }
        markdown.append("\n**Referred to** ")
                .append(settings.size())
                .append(settings.size() == 1 ? " time" : " times")
                .append(" in ")
                .append(files.size())
                .append(files.size() == 1 ? " file" : " files")
                .append(":\n");
        list(lines);
    }

    /** "purpose `ads`: `uses`" or, for a reference inside a nested structure, that structure's text. */
    private String usage(EObject source, EStructuralFeature feature) {
        EObject owner = source;
        while (owner != null && !DeclarationKinds.isDeclaration(owner)) {
            owner = owner.eContainer();
        }
        String who = owner == null
                ? "?"
                : Block.of(owner, starts).header().get(0).getText() + " `" + PledgeNameProvider.nameOf(owner) + "`";
        if (owner != source) {
            INode node = NodeModelUtils.getNode(source);
            return who + ": `" + code(node == null ? "" : NodeModelUtils.getTokenText(node)) + "`";
        }
        return who + " (" + keywordBefore(source, feature) + ")";
    }

    /** The clause keyword written before a reference: {@code uses}, {@code for}, {@code from}... */
    private static String keywordBefore(EObject source, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(source, feature);
        INode sourceNode = NodeModelUtils.getNode(source);
        String keyword = feature.getName();
        if (nodes.isEmpty() || sourceNode == null) {
            return keyword;
        }
        for (ILeafNode leaf : sourceNode.getLeafNodes()) {
            if (leaf.getOffset() >= nodes.get(0).getOffset()) {
                break;
            }
            if (!leaf.isHidden()
                    && leaf.getGrammarElement() instanceof Keyword word
                    && Character.isLetter(word.getValue().charAt(0))
                    && !(GrammarUtil.containingRule(word) instanceof EnumRule)
                    && !GrammarUtil.isDatatypeRule(GrammarUtil.containingRule(word))) {
                keyword = word.getValue();
            }
        }
        return keyword;
    }

    private void list(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        markdown.append('\n');
        int shown = Math.min(lines.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            markdown.append("- ").append(lines.get(i)).append('\n');
        }
        if (lines.size() > shown) {
            markdown.append("- and ").append(lines.size() - shown).append(" more\n");
        }
    }

    static String declaredAt(EObject object) {
        INode node = NodeModelUtils.getNode(object);
        String file =
                object.eResource() == null ? "?" : object.eResource().getURI().lastSegment();
        return "*Declared in* `" + file + "`" + (node == null ? "" : ", line " + node.getStartLine());
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject object, EReference reference) {
        Object value = object.eGet(reference, true);
        if (value instanceof List<?> list) {
            return (List<EObject>) list;
        }
        return value instanceof EObject single ? List.of(single) : List.of();
    }

    /** Text inside a code span: one line, no backticks. */
    private static String code(String text) {
        return text.replace('`', '\'').replaceAll("\\s+", " ").strip();
    }

    /** Text outside code spans: Markdown's special characters escaped. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1").replaceAll("\\s+", " ");
    }
}
