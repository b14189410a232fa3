// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
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
        if (NodeModelUtils.getNode(object) == null) {
            return;
        }
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            List<INode> written = NodeModelUtils.findNodesForFeature(object, feature);
            if (written.size() < 2) {
                continue;
            }
            INode first = written.get(0);
            INode second = written.get(1);
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
