// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.validation;

import dev.pledge.dsl.ide.DeclarationKinds;
import dev.pledge.dsl.naming.PledgeNameProvider;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Text;
import dev.pledge.dsl.pledge.Translation;
import dev.pledge.dsl.validation.PledgeResourceValidator;
import dev.pledge.dsl.validation.PolicyFamily;
import dev.pledge.dsl.validation.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

/**
 * What {@code pledge check} reports, plus what only an editor shows: a {@code missing-translation}
 * note on each text that lacks one of the policy's languages (the note {@code pledge notice} gives,
 * with a quick fix that writes {@code zh "..."}). The language server shows these as hints, which
 * editors keep out of their problem lists.
 */
public class EditorResourceValidator extends PledgeResourceValidator {

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator monitor) {
        List<Issue> issues = super.validate(resource, mode, monitor);
        if (issues == null
                || !(resource instanceof XtextResource xtext)
                || xtext.getParseResult() == null
                || xtext.getParseResult().hasSyntaxErrors()
                || resource.getContents().isEmpty()) {
            return issues;
        }
        List<Issue> all = new ArrayList<>(issues);
        all.addAll(missingTranslations(xtext));
        return all;
    }

    private List<Issue> missingTranslations(XtextResource resource) {
        Set<String> languages = new LinkedHashSet<>();
        PolicyFamily.of(resource.getContents().get(0))
                .all(Policy.class)
                .forEach(p -> languages.addAll(p.getLanguages()));
        if (languages.size() < 2) {
            return List.of();
        }
        String first = languages.iterator().next();
        String shownIn = Locale.forLanguageTag(first).getDisplayLanguage(Locale.ENGLISH);
        List<Issue> hints = new ArrayList<>();
        resource.getAllContents().forEachRemaining(object -> {
            if (object instanceof Text text && text.getValue() != null) {
                Set<String> missing = new LinkedHashSet<>(languages);
                missing.remove(first);
                text.getTranslations().stream().map(Translation::getLanguage).forEach(missing::remove);
                for (String language : missing) {
                    hints.add(hint(
                            resource,
                            text,
                            language,
                            subject(text) + " has no " + language
                                    + " translation: the " + language + " notice shows the "
                                    + (shownIn.isEmpty() ? first : shownIn)
                                    + " text; write " + language + " \"...\" after it"));
                }
            }
        });
        return hints;
    }

    /** {@code purpose 'ads': title}, as {@code pledge notice} names a text. */
    private String subject(Text text) {
        EObject owner = text.eContainer();
        while (owner != null && !DeclarationKinds.isDeclaration(owner)) {
            owner = owner.eContainer();
        }
        String feature = text.eContainingFeature().getName();
        if (owner == null) {
            return feature;
        }
        String kind = DeclarationKinds.tokenType(owner.eClass());
        for (ILeafNode leaf : NodeModelUtils.getNode(owner).getLeafNodes()) {
            if (!leaf.isHidden()) {
                kind = leaf.getText(); // the declaration's keyword, as written
                break;
            }
        }
        return kind + " '" + PledgeNameProvider.nameOf(owner) + "': " + feature;
    }

    private static Issue hint(XtextResource resource, Text text, String language, String message) {
        INode node = NodeModelUtils.findNodesForFeature(text, PledgePackage.eINSTANCE.getText_Value())
                .get(0);
        LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setCode(Rule.MISSING_TRANSLATION.id());
        issue.setSeverity(Severity.INFO);
        issue.setMessage(message);
        issue.setType(CheckType.NORMAL);
        issue.setUriToProblem(resource.getURI());
        issue.setOffset(node.getOffset());
        issue.setLength(node.getLength());
        issue.setLineNumber(start.getLine());
        issue.setColumn(start.getColumn());
        issue.setLineNumberEnd(end.getLine());
        issue.setColumnEnd(end.getColumn());
        issue.setData(new String[] {language});
        return issue;
    }
}
