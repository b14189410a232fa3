// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import dev.pledge.dsl.ide.highlighting.PledgeHighlighter;
import dev.pledge.dsl.ide.hover.PledgeHoverService;
import dev.pledge.dsl.ide.quickfix.PledgeCodeActions;
import dev.pledge.dsl.ide.server.PledgeFormattingService;
import dev.pledge.dsl.ide.server.PolicyFamilyResourceDescriptionManager;
import dev.pledge.dsl.ide.symbols.PledgeSymbolDetails;
import dev.pledge.dsl.ide.symbols.PledgeSymbolKinds;
import dev.pledge.dsl.ide.symbols.PledgeSymbolNames;
import dev.pledge.dsl.ide.validation.EditorResourceValidator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.IResourceValidator;

/**
 * Guice bindings of the language server (and any other IDE integration), on top of the runtime
 * module's (which already make diagnostics what {@code pledge check} reports and bind the formatter):
 * policy-wide checks kept up to date across files, editor hints, quick fixes, hover, semantic tokens,
 * outline.
 */
public class PledgeIdeModule extends AbstractPledgeIdeModule {

    /** After an edit, re-check every file whose policy the edited file belongs to. */
    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return PolicyFamilyResourceDescriptionManager.class;
    }

    /** Diagnostics as {@code pledge check} reports them, plus editor-only hints (missing translations). */
    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return EditorResourceValidator.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return PledgeCodeActions.class;
    }

    public Class<? extends FormattingService> bindFormattingService() {
        return PledgeFormattingService.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return PledgeHighlighter.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return PledgeHoverService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return PledgeSymbolKinds.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return PledgeSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return PledgeSymbolDetails.class;
    }
}
