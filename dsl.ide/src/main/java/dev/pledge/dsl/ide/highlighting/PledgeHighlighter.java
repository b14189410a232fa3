// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.highlighting;

import com.google.inject.Inject;
import dev.pledge.dsl.ide.DeclarationKinds;
import dev.pledge.dsl.pledge.PledgePackage;
import java.util.Set;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens, from the grammar and the linked model: a declaration's name and every reference
 * to it get the type of the declaration's kind ({@code purpose}, {@code dataItem}, ... see
 * {@link DeclarationKinds}; the name also the {@code declaration} modifier); keywords, strings,
 * numbers, comments and enum values (legal bases, kinds, channels) get the standard types, and the
 * language of a translation ({@code zh "..."}) gets {@value #LANGUAGE_TAG}. Nothing here names a
 * construct of the language, so constructs added to the grammar are coloured too.
 */
public class PledgeHighlighter implements ISemanticHighlightingCalculator {

    /** Token type of a language code: {@code languages en, zh} and the {@code zh} of a translation. */
    public static final String LANGUAGE_TAG = "languageTag";

    private static final Set<EStructuralFeature> LANGUAGE_FEATURES =
            Set.of(PledgePackage.eINSTANCE.getTranslation_Language(), PledgePackage.eINSTANCE.getPolicy_Languages());

    @Inject
    private EObjectAtOffsetHelper references;

    @Inject
    private OperationCanceledManager cancellation;

    @Override
    public void provideHighlightingFor(
            XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            cancellation.checkCanceled(cancelIndicator);
            if (leaf.getLength() > 0) {
                String[] token = classify(resource, leaf);
                if (token != null) {
                    acceptor.addPosition(leaf.getOffset(), leaf.getLength(), token);
                }
            }
        }
    }

    /** The token type (and modifiers) of a leaf, or null for punctuation, white space and errors. */
    String[] classify(XtextResource resource, ILeafNode leaf) {
        EObject element = leaf.getGrammarElement();
        if (leaf.isHidden()) {
            return element instanceof TerminalRule rule && rule.getName().endsWith("COMMENT")
                    ? new String[] {SemanticTokenTypes.Comment}
                    : null;
        }
        if (!(element instanceof AbstractElement grammar)) {
            return null;
        }
        AbstractRule rule = GrammarUtil.containingRule(grammar);
        if (rule instanceof EnumRule) {
            return new String[] {SemanticTokenTypes.EnumMember};
        }
        if (GrammarUtil.isDatatypeRule(rule) && leaf.getParent() != null) {
            // a part of a name (ValidID, where keywords may be names) or of a unit (`days`)
            String[] name = name(resource, leaf, leaf.getParent());
            if (name != null) {
                return name;
            }
        }
        if (grammar instanceof Keyword keyword) {
            return Character.isLetter(keyword.getValue().charAt(0)) ? new String[] {SemanticTokenTypes.Keyword} : null;
        }
        if (grammar instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal) {
            switch (terminal.getName()) {
                case "STRING":
                    return new String[] {SemanticTokenTypes.String};
                case "INT":
                    return new String[] {SemanticTokenTypes.Number};
                default:
                    return name(resource, leaf, leaf);
            }
        }
        return null;
    }

    /** A name, declared or referenced, at {@code node} (the leaf itself, or the datatype rule call around it). */
    private String[] name(XtextResource resource, ILeafNode leaf, INode node) {
        EObject element = node.getGrammarElement();
        if (!(element instanceof AbstractElement grammar)) {
            return null;
        }
        CrossReference crossReference = grammar instanceof CrossReference self
                ? self
                : grammar.eContainer() instanceof CrossReference container ? container : null;
        if (crossReference != null) {
            EObject target = references.resolveCrossReferencedElementAt(resource, leaf.getOffset());
            EClass kind = target == null || target.eIsProxy()
                    ? GrammarUtil.getReference(crossReference).getEReferenceType()
                    : target.eClass();
            return DeclarationKinds.all().contains(kind) ? new String[] {DeclarationKinds.tokenType(kind)} : null;
        }
        Assignment assignment = GrammarUtil.containingAssignment(grammar);
        if (assignment == null) {
            return null;
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(node instanceof ICompositeNode ? node : leaf);
        if (owner == null) {
            return null;
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
        if (feature == null || feature instanceof EReference) {
            return null;
        }
        if (LANGUAGE_FEATURES.contains(feature)) {
            return new String[] {LANGUAGE_TAG};
        }
        if (feature.getName().equals("name") && DeclarationKinds.isDeclaration(owner)) {
            return new String[] {DeclarationKinds.tokenType(owner.eClass()), SemanticTokenModifiers.Declaration};
        }
        return null;
    }
}
