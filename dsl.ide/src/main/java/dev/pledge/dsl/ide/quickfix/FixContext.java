// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.pledge.dsl.formatting.ClauseStarts;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * One diagnostic to fix, in its file: where it is, what it is about, and where the fixes go. The
 * first fix offered is the preferred one.
 */
final class FixContext {

    private final XtextResource resource;
    private final Diagnostic diagnostic;
    private final ClauseStarts starts;
    private final UriExtensions uris;
    private final List<Either<Command, CodeAction>> actions;
    private final int offset;
    private final int endOffset;
    private final EObject element;

    FixContext(
            XtextResource resource,
            Diagnostic diagnostic,
            ClauseStarts starts,
            UriExtensions uris,
            EObjectAtOffsetHelper at,
            List<Either<Command, CodeAction>> actions) {
        this.resource = resource;
        this.diagnostic = diagnostic;
        this.starts = starts;
        this.uris = uris;
        this.actions = actions;
        Document document = new Document(1, SourceEdit.text(resource));
        int length = document.getContents().length();
        this.offset = Math.min(length, document.getOffSet(diagnostic.getRange().getStart()));
        this.endOffset = Math.min(
                length,
                Math.max(offset, document.getOffSet(diagnostic.getRange().getEnd())));
        this.element = at.resolveContainedElementAt(resource, offset);
    }

    XtextResource resource() {
        return resource;
    }

    ClauseStarts starts() {
        return starts;
    }

    int offset() {
        return offset;
    }

    int endOffset() {
        return endOffset;
    }

    /** The source text the diagnostic marks. */
    String marked() {
        return SourceEdit.text(resource).substring(offset, endOffset);
    }

    /** The token at the diagnostic's start, or null. */
    ILeafNode leaf() {
        return resource.getParseResult() == null
                ? null
                : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
    }

    /** The innermost object of this type around the diagnostic's start, or null. */
    <T extends EObject> T enclosing(Class<T> type) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            if (type.isInstance(object)) {
                return type.cast(object);
            }
        }
        return null;
    }

    /**
     * The text the check proposes (the issue's data): from the diagnostic as the editor sent it back
     * or, when the editor dropped it, from checking the file again.
     */
    String proposal() {
        String sent = first(diagnostic.getData());
        if (sent != null) {
            return sent;
        }
        String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
        List<Issue> issues = resource.getResourceServiceProvider()
                .getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        for (Issue issue : issues) {
            if (issue.getCode() != null
                    && issue.getCode().equals(code)
                    && issue.getOffset() != null
                    && issue.getOffset() == offset
                    && issue.getData() != null
                    && issue.getData().length > 0) {
                return issue.getData()[0];
            }
        }
        return null;
    }

    private static String first(Object data) {
        if (data instanceof String[] strings && strings.length > 0) {
            return strings[0];
        }
        if (data instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonPrimitive text) {
            return text.getAsString();
        }
        if (data instanceof JsonElement json && json.isJsonPrimitive()) {
            return json.getAsString();
        }
        return null;
    }

    SourceEdit edit() {
        return new SourceEdit(starts, uris);
    }

    /** Offers one of several fixes: the author chooses (a legal basis, a mechanism...). */
    void offer(String title, SourceEdit edit) {
        add(title, edit, false);
    }

    /** Offers the one obvious fix (a misspelt keyword, a duplicate to delete); editors may apply it on their own. */
    void offerPreferred(String title, SourceEdit edit) {
        add(title, edit, true);
    }

    private void add(String title, SourceEdit edit, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(edit.build());
        if (preferred) {
            action.setIsPreferred(true);
        }
        actions.add(Either.forRight(action));
    }
}
