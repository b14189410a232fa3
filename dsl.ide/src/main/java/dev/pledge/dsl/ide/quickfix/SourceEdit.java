// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import dev.pledge.dsl.formatting.ClauseStarts;
import dev.pledge.dsl.formatting.PledgeFormatter;
import dev.pledge.dsl.ide.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The text changes of one fix, in any file of the policy, as Pledge source wants them: a clause goes
 * on a line of its own in its declaration's block, indented like its neighbours; a declaration goes
 * at the end of a file. Offsets are the resource's (its text is the editor's, the server having
 * built the latest version before any read).
 */
final class SourceEdit {

    private static final String INDENT = " ".repeat(PledgeFormatter.INDENT_WIDTH);

    private final ClauseStarts starts;
    private final UriExtensions uris;
    private final Map<Resource, List<int[]>> ranges = new LinkedHashMap<>();
    private final Map<Resource, List<String>> texts = new LinkedHashMap<>();

    SourceEdit(ClauseStarts starts, UriExtensions uris) {
        this.starts = starts;
        this.uris = uris;
    }

    SourceEdit replace(Resource resource, int offset, int length, String text) {
        ranges.computeIfAbsent(resource, r -> new ArrayList<>()).add(new int[] {offset, length});
        texts.computeIfAbsent(resource, r -> new ArrayList<>()).add(text);
        return this;
    }

    SourceEdit insert(Resource resource, int offset, String text) {
        return replace(resource, offset, 0, text);
    }

    SourceEdit replace(EObject owner, INode node, String text) {
        return replace(owner.eResource(), node.getOffset(), node.getLength(), text);
    }

    /** Removes a node and the space before it: {@code , x} from a list, {@code zh "..."} from a text. */
    SourceEdit delete(EObject owner, INode node) {
        String text = text(owner.eResource());
        int start = node.getOffset();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return replace(owner.eResource(), start, node.getEndOffset() - start, "");
    }

    /**
     * Removes one item of a comma list ({@code uses a, b, c}): the item and one comma next to it; the
     * whole clause when it is the only item.
     */
    SourceEdit removeListItem(EObject owner, INode item, INode first, INode last) {
        String text = text(owner.eResource());
        if (first == last) {
            int start = keywordBefore(text, first.getOffset());
            return deleteLines(owner.eResource(), start, item.getEndOffset());
        }
        if (item == last) {
            int comma = text.lastIndexOf(',', item.getOffset());
            return replace(owner.eResource(), comma, item.getEndOffset() - comma, "");
        }
        int next = text.indexOf(',', item.getEndOffset()) + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return replace(owner.eResource(), item.getOffset(), next - item.getOffset(), "");
    }

    /** Deletes the text from {@code start} to {@code end}, and the whole lines when nothing else is on them. */
    SourceEdit deleteLines(Resource resource, int start, int end) {
        String text = text(resource);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        boolean alone = text.substring(lineStart, start).isBlank()
                && text.substring(end, lineEnd).isBlank();
        return alone
                ? replace(resource, lineStart, lineEnd - lineStart, "")
                : replace(resource, start, end - start, "");
    }

    /** Where the word before {@code offset} starts (the clause keyword before a list). */
    private static int keywordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Adds a clause to a declaration's block (making one when it has none), after its last clause. */
    SourceEdit addClause(EObject declaration, String clause) {
        Block block = Block.of(declaration, starts);
        Resource resource = declaration.eResource();
        String text = text(resource);
        if (!block.hasBraces()) {
            List<ILeafNode> header = block.header();
            int end = header.get(header.size() - 1).getEndOffset();
            return insert(
                    resource,
                    end,
                    " {\n" + indentOf(text, header.get(0).getOffset()) + INDENT + clause + "\n"
                            + indentOf(text, header.get(0).getOffset()) + "}");
        }
        ILeafNode open = block.open();
        ILeafNode close = block.close();
        if (line(text, open.getOffset()) == line(text, close.getOffset())) {
            // a block on one line: `{ }` or `{ via web "..." }`
            String inside =
                    text.substring(open.getEndOffset(), close.getOffset()).strip();
            String lead = indentOf(text, open.getOffset());
            String body = inside.isEmpty() ? clause : inside + "\n" + lead + INDENT + clause;
            String multiline = inside.isEmpty() ? " " + clause + " " : "\n" + lead + INDENT + body + "\n" + lead;
            return replace(resource, open.getEndOffset(), close.getOffset() - open.getEndOffset(), multiline);
        }
        String indent = block.clauses().isEmpty()
                ? indentOf(text, close.getOffset()) + INDENT
                : indentOf(text, block.clauses().get(0).offset());
        int lineStart = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
        return insert(resource, lineStart, indent + clause + "\n");
    }

    /** Adds a declaration at the end of a file, after a blank line. */
    SourceEdit appendDeclaration(Resource resource, String declaration) {
        String text = text(resource);
        String before = text.isEmpty() ? "" : text.endsWith("\n") ? "\n" : "\n\n";
        return insert(resource, text.length(), before + declaration + "\n");
    }

    WorkspaceEdit build() {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        ranges.forEach((resource, list) -> {
            Document document = new Document(1, text(resource));
            List<TextEdit> edits = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                int[] range = list.get(i);
                edits.add(new TextEdit(
                        new Range(document.getPosition(range[0]), document.getPosition(range[0] + range[1])),
                        texts.get(resource).get(i)));
            }
            changes.put(uris.toUriString(resource.getURI()), edits);
        });
        return new WorkspaceEdit(changes);
    }

    static String text(Resource resource) {
        return resource instanceof XtextResource xtext && xtext.getParseResult() != null
                ? xtext.getParseResult().getRootNode().getText()
                : "";
    }

    /** The white space that starts the line of {@code offset}. */
    static String indentOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /** The first node written for a feature of an object, or null. */
    static INode node(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
