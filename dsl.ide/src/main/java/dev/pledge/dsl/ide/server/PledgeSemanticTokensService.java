// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import dev.pledge.dsl.ide.DeclarationKinds;
import dev.pledge.dsl.ide.highlighting.PledgeHighlighter;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/**
 * The semantic token legend: the LSP standard types, one type per declaration kind ({@code purpose},
 * {@code dataItem}, {@code party}, ...) and {@value PledgeHighlighter#LANGUAGE_TAG} for the language
 * of a translation. Editors that know nothing of the kinds' types still colour keywords, strings,
 * numbers, comments and enum values.
 */
public class PledgeSemanticTokensService extends SemanticTokensService {

    @Override
    protected void addTokenTypes() {
        super.addTokenTypes();
        DeclarationKinds.all().forEach(kind -> getTokenTypes().add(DeclarationKinds.tokenType(kind)));
        getTokenTypes().add(PledgeHighlighter.LANGUAGE_TAG);
    }
}
