// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * Clauses that take one value, written twice ({@code version "1" ... version "2"}): the grammar lets clauses
 * come in any order, so the second would silently replace the first. Checked for every construct from the
 * grammar's own shape (single-valued features), so new constructs are covered without a rule of their own.
 */
final class ClauseValidator extends PledgeCheck {

    @Check
    public void checkWrittenOnce(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        if (node == null) {
            return;
        }
        Map<String, List<INode>> written = writtenFeatures(object, node);
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            List<INode> values = written.getOrDefault(feature.getName(), List.of());
            if (values.size() < 2) {
                continue;
            }
            INode first = values.get(0);
            INode second = values.get(1);
            String clause = clause(second, feature);
            getMessageAcceptor()
                    .acceptError(
                            "`" + clause + "` is written twice here (first at " + at(first)
                                    + "): it takes one value, so the second would replace the first; keep one",
                            object,
                            second.getOffset(),
                            second.getLength(),
                            Rule.DUPLICATE_CLAUSE.id());
        }
    }

    /**
     * The nodes of each feature written for {@code object}, by feature name: what {@link
     * NodeModelUtils#findNodesForFeature} finds for one feature, for all of them in one walk of the object's
     * nodes instead of one walk per feature (the walk was a tenth of checking a large policy).
     */
    private static Map<String, List<INode>> writtenFeatures(EObject object, ICompositeNode node) {
        Map<String, List<INode>> written = new HashMap<>();
        BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode child = nodes.next();
            EObject grammarElement = child.getGrammarElement();
            if (grammarElement instanceof Action action) {
                if (child.getSemanticElement() == object) {
                    INode value = nodes.next();
                    if (action.getFeature() != null) {
                        written.computeIfAbsent(action.getFeature(), k -> new ArrayList<>())
                                .add(value);
                    }
                } else {
                    INode first = ((ICompositeNode) child).getFirstChild();
                    while (first.getGrammarElement() instanceof Action) {
                        first = ((ICompositeNode) first).getFirstChild();
                    }
                    Assignment assignment = GrammarUtil.containingAssignment(first.getGrammarElement());
                    if (assignment != null) {
                        written.computeIfAbsent(assignment.getFeature(), k -> new ArrayList<>())
                                .add(child);
                    }
                }
                nodes.prune();
            } else if (grammarElement != null && child != node) {
                Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
                if (assignment != null) {
                    written.computeIfAbsent(assignment.getFeature(), k -> new ArrayList<>())
                            .add(child);
                    nodes.prune();
                }
            }
        }
        return written;
    }

    private static String at(INode node) {
        var lineAndColumn = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        return "line " + lineAndColumn.getLine() + ", column " + lineAndColumn.getColumn();
    }

    /** The keyword that introduces a value ({@code version}), or the feature's name when there is none. */
    private static String clause(INode value, EStructuralFeature feature) {
        if (value.getGrammarElement() instanceof Keyword keyword) {
            return keyword.getValue();
        }
        for (INode n = value.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof ILeafNode leaf && leaf.isHidden()) {
                continue;
            }
            return n.getGrammarElement() instanceof Keyword keyword ? keyword.getValue() : feature.getName();
        }
        return feature.getName();
    }
}
