// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.formatting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Where a clause begins, read from the grammar's structure rather than listed: each alternative
 * between a rule's {@code '{'} and {@code '}'} is a clause ({@code basis ...}, {@code uses ...},
 * a nested {@code data ...}), and so is each declaration at the top of a file. A construct added to
 * the grammar is laid out one clause per line without any change here.
 */
public final class ClauseStarts {

    private final Set<AbstractElement> starts = new HashSet<>();

    public ClauseStarts(Grammar grammar) {
        for (Group group : EcoreUtil2.eAllOfType(grammar, Group.class)) {
            List<AbstractElement> elements = group.getElements();
            for (int open = 0; open < elements.size(); open++) {
                if (isKeyword(elements.get(open), "{")) {
                    for (int i = open + 1; i < elements.size() && !isKeyword(elements.get(i), "}"); i++) {
                        add(elements.get(i));
                    }
                }
            }
        }
        ParserRule root = GrammarUtil.allParserRules(grammar).get(0);
        if (root.getAlternatives() instanceof Group sequence) {
            sequence.getElements().forEach(this::add);
        } else {
            add(root.getAlternatives());
        }
    }

    /** True when the token of this leaf is the first of a clause (or of a top-level declaration). */
    public boolean startsClause(ILeafNode leaf) {
        for (INode node = leaf; node != null && node.getOffset() == leaf.getOffset(); node = node.getParent()) {
            EObject element = node.getGrammarElement();
            if (element instanceof AbstractElement grammar
                    && (starts.contains(grammar) || starts.contains(GrammarUtil.containingAssignment(grammar)))) {
                return true;
            }
        }
        return false;
    }

    /** The first element of each alternative of a block's content is where a clause starts. */
    private void add(AbstractElement element) {
        if (element instanceof Alternatives alternatives) {
            alternatives.getElements().forEach(this::add);
        } else if (element instanceof Group group && !group.getElements().isEmpty()) {
            add(group.getElements().get(0));
        } else {
            starts.add(element);
        }
    }

    private static boolean isKeyword(AbstractElement element, String value) {
        return element instanceof Keyword keyword && keyword.getValue().equals(value);
    }
}
