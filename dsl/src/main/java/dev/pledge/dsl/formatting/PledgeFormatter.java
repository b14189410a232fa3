// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.formatting;

import com.google.inject.Inject;
import dev.pledge.dsl.pledge.Text;
import dev.pledge.dsl.pledge.Translation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.preferences.TypedPreferenceKey;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The one layout of a policy file (Xtext formatter2). Whatever the editor's settings:
 * <ul>
 * <li>a block's {@code {} stays on its declaration's line, each clause of the block goes on a line of
 * its own, indented by {@value #INDENT_WIDTH} spaces per level, and {@code }} on a line of its own
 * ({@code { }} when the block is empty);</li>
 * <li>tokens within a clause are one space apart, with no space before a comma;</li>
 * <li>a line that would pass {@value #MAX_WIDTH} columns (a Chinese character takes two) breaks before the translations of a text
 * (each translation on a line of its own), before a part of a clause that does not fit ({@code for ...},
 * {@code when ...} of a {@code receives}), or after a comma of a list, filling each line; broken
 * lines are indented two levels deeper than the clause;</li>
 * <li>comments stay where they are, on their own line or after code (a block comment's lines as
 * written); one blank line between clauses
 * and declarations is kept (more become one), none after {@code {} or before {@code }};</li>
 * <li>the file ends with one line break.</li>
 * </ul>
 * The layout depends only on the tokens and comments, never on the white space the text had, so
 * formatting twice gives what formatting once gave. Clauses come from the grammar ({@link ClauseStarts}).
 * A file with syntax errors is left as it is.
 */
public class PledgeFormatter extends AbstractFormatter2 {

    public static final int MAX_WIDTH = 120;
    public static final int INDENT_WIDTH = 2;
    /** Indentation levels added to a clause's lines after the first. */
    static final int CONTINUATION = 2;

    private static final String INDENT = " ".repeat(INDENT_WIDTH);

    @Inject
    private IGrammarAccess grammar;

    private ClauseStarts clauseStarts;

    /** What goes into the hidden region before a token. */
    private enum Kind {
        NONE,
        SPACE,
        NEWLINE,
        WRAP
    }

    private record Decision(Kind kind, int level) {}

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (!(object instanceof XtextResource resource)
                || getTextRegionAccess().hasSyntaxError()
                || resource.getParseResult() == null) {
            return;
        }
        List<ISemanticRegion> tokens = tokens(getTextRegionAccess());
        if (tokens.isEmpty()) {
            return;
        }
        if (clauseStarts == null) {
            clauseStarts = new ClauseStarts(grammar.getGrammar());
        }
        INode root = resource.getParseResult().getRootNode();
        List<Decision> decisions = layout(root, tokens);
        apply(document, tokens, decisions);
    }

    /** Canonical whatever the request says: the layout is the language's, not the editor's. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T getPreference(TypedPreferenceKey<T> key) {
        if (key == FormatterPreferenceKeys.indentation) {
            return (T) INDENT;
        }
        if (key == FormatterPreferenceKeys.lineSeparator) {
            return (T) "\n";
        }
        if (key == FormatterPreferenceKeys.maxLineWidth) {
            return (T) Integer.valueOf(MAX_WIDTH);
        }
        return super.getPreference(key);
    }

    /** A block comment keeps its lines as written: only where it starts is laid out. */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        ITextReplacer replacer = super.createCommentReplacer(comment);
        if (replacer instanceof MultilineCommentReplacer) {
            return new MultilineCommentReplacer(comment, '*') {
                @Override
                public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                    return context;
                }
            };
        }
        return replacer;
    }

    /**
     * Counts the line break that ends a {@code //} comment as one of the white space's line breaks
     * (Xtext does not), so a blank line after such a comment is kept like any other, also between
     * two comments.
     */
    @Override
    public ITextReplacer createWhitespaceReplacer(ITextSegment hiddens, IHiddenRegionFormatting formatting) {
        return new WhitespaceReplacer(hiddens, formatting) {
            @Override
            protected int computeNewLineCount(ITextReplacerContext context) {
                int afterComment = trailingNewLinesOfPreviousRegion();
                Integer min = formatting.getNewLineMin();
                Integer max = formatting.getNewLineMax();
                if (afterComment == 0 || min == null || max == null) {
                    return super.computeNewLineCount(context);
                }
                int lines = hiddens.getLineCount() - 1 + afterComment;
                // between two comments, Xtext allows one line break: keep a blank line there too
                int most = min == 0 && max == 1 ? 2 : max;
                return Math.max(min, Math.min(most, lines));
            }
        };
    }

    private static List<ISemanticRegion> tokens(ITextRegionAccess access) {
        List<ISemanticRegion> tokens = new ArrayList<>();
        IHiddenRegion first = access.regionForRootEObject().getPreviousHiddenRegion();
        for (ISemanticRegion token = first.getNextSemanticRegion();
                token != null;
                token = token.getNextSemanticRegion()) {
            tokens.add(token);
        }
        return tokens;
    }

    /** decisions.get(i): the white space before token i; the last one is after the last token. */
    private List<Decision> layout(INode root, List<ISemanticRegion> tokens) {
        List<Decision> decisions = new ArrayList<>(tokens.size() + 1);
        Map<Text, Boolean> wrappedTexts = new HashMap<>();
        int depth = 0;
        int column = 0;
        ILeafNode previousLeaf = null;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).getText();
            ILeafNode leaf =
                    NodeModelUtils.findLeafNodeAtOffset(root, tokens.get(i).getOffset());
            Decision decision;
            if (i == 0) {
                decision = new Decision(Kind.NONE, 0);
            } else {
                String previous = tokens.get(i - 1).getText();
                if (text.equals("}")) {
                    depth--;
                    decision = previous.equals("{") ? space() : new Decision(Kind.NEWLINE, depth);
                } else if (previous.equals("{") || clauseStarts.startsClause(leaf)) {
                    decision = new Decision(Kind.NEWLINE, depth);
                } else if (text.equals(",")) {
                    decision = new Decision(Kind.NONE, 0);
                } else if (translation(leaf) instanceof Translation translation) {
                    Text owner = (Text) translation.eContainer();
                    Boolean wrap = wrappedTexts.get(owner);
                    if (wrap == null) {
                        wrap = column + translationsWidth(owner, tokens, i) > MAX_WIDTH;
                        wrappedTexts.put(owner, wrap);
                    }
                    decision = wrap ? new Decision(Kind.WRAP, depth + CONTINUATION) : space();
                } else if ((previous.equals(",") || subClause(leaf) && !keyword(previousLeaf))
                        && column + 1 + itemWidth(root, tokens, i) > MAX_WIDTH
                        && column > indentWidth(depth + CONTINUATION) + 1) {
                    // a break point: after a comma of a list, or before a part of a clause
                    decision = new Decision(Kind.WRAP, depth + CONTINUATION);
                } else {
                    decision = space();
                }
            }
            decisions.add(decision);
            column = switch (decision.kind()) {
                        case NEWLINE, WRAP -> indentWidth(decision.level());
                        case SPACE -> column + 1;
                        case NONE -> column;
                    }
                    + width(text);
            if (text.equals("{")) {
                depth++;
            }
            previousLeaf = leaf;
        }
        decisions.add(new Decision(Kind.NEWLINE, 0));
        return decisions;
    }

    private void apply(IFormattableDocument document, List<ISemanticRegion> tokens, List<Decision> decisions) {
        int level = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            IHiddenRegion region = i < tokens.size()
                    ? tokens.get(i).getPreviousHiddenRegion()
                    : tokens.get(i - 1).getNextHiddenRegion();
            Decision decision = decisions.get(i);
            IHiddenRegionFormatting formatting = createHiddenRegionFormatting();
            if (i == 0) {
                // keep a file's leading comments, and a blank line after them
                formatting.setSpace("");
                formatting.setNewLinesMin(0);
                formatting.setNewLinesDefault(0);
                formatting.setNewLinesMax(2);
            } else if (i == tokens.size()) {
                formatting.setNewLinesMin(1);
                formatting.setNewLinesDefault(1);
                formatting.setNewLinesMax(1);
            } else {
                switch (decision.kind()) {
                    case NONE -> formatting.setSpace("");
                    case SPACE -> formatting.setSpace(" ");
                    case WRAP -> {
                        formatting.setNewLinesMin(1);
                        formatting.setNewLinesDefault(1);
                        formatting.setNewLinesMax(1);
                    }
                    case NEWLINE -> {
                        boolean blankAllowed = !tokens.get(i - 1).getText().equals("{")
                                && !tokens.get(i).getText().equals("}");
                        formatting.setNewLinesMin(1);
                        formatting.setNewLinesDefault(1);
                        formatting.setNewLinesMax(blankAllowed ? 2 : 1);
                    }
                }
            }
            if (decision.kind() == Kind.NEWLINE || decision.kind() == Kind.WRAP) {
                int delta = decision.level() - level;
                if (delta > 0) {
                    formatting.setIndentationIncrease(delta);
                } else if (delta < 0) {
                    formatting.setIndentationDecrease(-delta);
                }
                level = decision.level();
            }
            document.addReplacer(createHiddenRegionReplacer(region, formatting));
        }
    }

    /** The translation whose first token this leaf is, or null. */
    private static EObject translation(ILeafNode leaf) {
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (owner instanceof Translation translation) {
            INode node = NodeModelUtils.getNode(translation);
            if (node != null && node.getOffset() == leaf.getOffset()) {
                return translation;
            }
        }
        return null;
    }

    /** The width of a text's translations on one line, with the comma or brace that follows the text. */
    private static int translationsWidth(Text text, List<ISemanticRegion> tokens, int first) {
        INode node = NodeModelUtils.getNode(text);
        int end = node == null ? Integer.MAX_VALUE : node.getEndOffset();
        int width = 0;
        int i = first;
        for (; i < tokens.size() && tokens.get(i).getOffset() < end; i++) {
            width += 1 + width(tokens.get(i).getText());
        }
        if (i < tokens.size()) {
            String next = tokens.get(i).getText();
            if (next.equals(",")) {
                width += 1;
            } else if (next.equals("{")) {
                width += 2;
            }
        }
        return width;
    }

    /**
     * Whether this token is the keyword of an optional part of a clause ({@code for}, {@code when}, {@code safeguards}
     * of a {@code receives}; {@code consequence} of a {@code provision}): a long clause breaks before it rather than
     * inside a list, so each part starts a line. Repeated joiners ({@code or} between bases), keywords written as names
     * the words of an enumeration ({@code legal-obligation}) and an optional block's {@code {} are no such part.
     */
    private static boolean subClause(ILeafNode leaf) {
        return keyword(leaf)
                && !leaf.getText().equals("{")
                && leaf.getGrammarElement().eContainer() instanceof Group part
                && part.getElements().get(0) == leaf.getGrammarElement()
                && "?".equals(part.getCardinality());
    }

    /** Whether a token is a keyword of a parser rule's own syntax (not a name, a datatype's or an enumeration's). */
    private static boolean keyword(ILeafNode leaf) {
        if (leaf == null || !(leaf.getGrammarElement() instanceof Keyword keyword)) {
            return false;
        }
        return GrammarUtil.containingRule(keyword) instanceof ParserRule rule && !GrammarUtil.isDatatypeRule(rule);
    }

    /**
     * The width of a list item, or of a part of a clause, that starts at token {@code first}: up to the next comma,
     * part or clause.
     */
    private int itemWidth(INode root, List<ISemanticRegion> tokens, int first) {
        int width = width(tokens.get(first).getText());
        int i = first + 1;
        for (; i < tokens.size(); i++) {
            String text = tokens.get(i).getText();
            ILeafNode leaf =
                    NodeModelUtils.findLeafNodeAtOffset(root, tokens.get(i).getOffset());
            if (text.equals(",")
                    || text.equals("{")
                    || text.equals("}")
                    || clauseStarts.startsClause(leaf)
                    || subClause(leaf)
                    || translation(leaf) != null) {
                break;
            }
            width += 1 + width(text);
        }
        return i < tokens.size() && tokens.get(i).getText().equals(",") ? width + 1 : width;
    }

    private static Decision space() {
        return new Decision(Kind.SPACE, 0);
    }

    private static int indentWidth(int level) {
        return level * INDENT_WIDTH;
    }

    /**
     * Columns a token takes on screen: two for the wide characters of Chinese, Japanese and Korean
     * (as terminals and editors show them), one for every other character.
     */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
