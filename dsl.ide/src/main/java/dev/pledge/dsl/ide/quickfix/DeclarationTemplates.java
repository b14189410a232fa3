// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import java.util.Optional;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;

/**
 * The shortest declaration of a kind the grammar accepts, read from the kind's rule: its keyword,
 * the name, a {@code "..."} title, and {@code { }} when a block is required
 * ({@code purpose ads "..." { }}, {@code data imei "..."}). Kinds whose rule asks for more
 * (a region a data centre is in, the kind of a right) have none.
 */
final class DeclarationTemplates {

    private final Grammar grammar;

    DeclarationTemplates(Grammar grammar) {
        this.grammar = grammar;
    }

    Optional<String> minimal(EClass kind, String name) {
        AbstractRule rule = GrammarUtil.findRuleForName(grammar, kind.getName());
        if (!(rule instanceof ParserRule parser) || !(parser.getAlternatives() instanceof Group group)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (AbstractElement element : group.getElements()) {
            boolean optional = GrammarUtil.isOptionalCardinality(element);
            if (element instanceof Keyword keyword && !optional) {
                text.append(' ').append(keyword.getValue());
                if (keyword.getValue().equals("{")) {
                    return Optional.of(text.append(" }").toString().strip());
                }
            } else if (element instanceof Alternatives choice && !optional) {
                Optional<String> keyword = firstKeyword(choice.getElements().get(0));
                if (keyword.isEmpty()) {
                    return Optional.empty();
                }
                text.append(' ').append(keyword.get());
            } else if (element instanceof Assignment assignment
                    && assignment.getFeature().equals("name")) {
                text.append(' ').append(name);
            } else if (element instanceof Assignment assignment
                    && assignment.getFeature().equals("title")
                    && !GrammarUtil.isMultipleCardinality(assignment)) {
                text.append(" \"...\"");
            } else if (!optional) {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString().strip());
    }

    private static Optional<String> firstKeyword(AbstractElement element) {
        if (element instanceof Keyword keyword) {
            return Optional.of(keyword.getValue());
        }
        if (element instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword keyword) {
            return Optional.of(keyword.getValue());
        }
        return Optional.empty();
    }
}
