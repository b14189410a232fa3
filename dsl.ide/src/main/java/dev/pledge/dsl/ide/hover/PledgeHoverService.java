// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.hover;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.pledge.dsl.formatting.ClauseStarts;
import dev.pledge.dsl.ide.DeclarationKinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hover over a declaration's name or a reference to it: {@link DeclarationHover}. Other places
 * (keywords, texts) show nothing.
 */
@Singleton
public class PledgeHoverService extends HoverService {

    private final ClauseStarts starts;

    @Inject
    public PledgeHoverService(IGrammarAccess grammar) {
        starts = new ClauseStarts(grammar.getGrammar());
    }

    @Override
    public String getContents(EObject element) {
        return DeclarationKinds.isDeclaration(element) ? new DeclarationHover(element, starts).markdown() : "";
    }
}
