// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.server;

import java.util.List;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting as {@code pledge format} does it: the editor's tab size and spaces are ignored (the
 * layout is the language's, so a file formatted in any editor passes {@code pledge format --check}),
 * a file with syntax errors is left alone, and edits that change nothing are not sent.
 */
public class PledgeFormattingService extends FormattingService {

    @Override
    public List<TextEdit> format(
            XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        return super.format(resource, document, offset, length, null).stream()
                .filter(edit -> !edit.getNewText().equals(document.getSubstring(edit.getRange())))
                .toList();
    }
}
