// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide;

import dev.pledge.dsl.formatting.ClauseStarts;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A declaration as its source shows it: the header, the {@code { ... }} block (if any) and the
 * clauses in the block, each as its tokens. Clauses are found the way the formatter finds them, from
 * the grammar ({@link ClauseStarts}), so new constructs need nothing here.
 */
public final class Block {

    /** One clause of a block: its tokens (no white space or comments), in order. */
    public record Clause(List<ILeafNode> tokens) {

        public int offset() {
            return tokens.get(0).getOffset();
        }

        public int endOffset() {
            return tokens.get(tokens.size() - 1).getEndOffset();
        }

        /** The clause's first word: its keyword ({@code basis}, {@code uses}, {@code data}, ...). */
        public String keyword() {
            return tokens.get(0).getText();
        }
    }

    private final ILeafNode open;
    private final ILeafNode close;
    private final List<Clause> clauses;
    private final List<ILeafNode> header;

    private Block(List<ILeafNode> header, ILeafNode open, ILeafNode close, List<Clause> clauses) {
        this.header = header;
        this.open = open;
        this.close = close;
        this.clauses = clauses;
    }

    /** The block of a declaration; a declaration without braces has a header and no clauses. */
    public static Block of(EObject declaration, ClauseStarts starts) {
        ICompositeNode node = NodeModelUtils.getNode(declaration);
        List<ILeafNode> header = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        ILeafNode open = null;
        ILeafNode close = null;
        List<ILeafNode> current = null;
        int depth = 0;
        if (node != null) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (leaf.isHidden() || leaf.getLength() == 0) {
                    continue;
                }
                String text = leaf.getText();
                if (open == null) {
                    if (text.equals("{")) {
                        open = leaf;
                        depth = 1;
                    } else {
                        header.add(leaf);
                    }
                    continue;
                }
                if (depth == 1 && text.equals("}")) {
                    close = leaf;
                    break;
                }
                if (depth == 1 && (current == null || starts.startsClause(leaf))) {
                    current = new ArrayList<>();
                    clauses.add(new Clause(current));
                }
                current.add(leaf);
                if (text.equals("{")) {
                    depth++;
                } else if (text.equals("}")) {
                    depth--;
                }
            }
        }
        return new Block(List.copyOf(header), open, close, List.copyOf(clauses));
    }

    /** The header's tokens: keyword, name, title... up to the block. */
    public List<ILeafNode> header() {
        return header;
    }

    public boolean hasBraces() {
        return open != null && close != null;
    }

    /** The {@code {} token, or null. */
    public ILeafNode open() {
        return open;
    }

    /** The {@code }} token, or null. */
    public ILeafNode close() {
        return close;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** The tokens as one line: single spaces, none before a comma. */
    public static String text(List<ILeafNode> tokens) {
        StringBuilder text = new StringBuilder();
        for (ILeafNode token : tokens) {
            if (text.length() > 0 && !token.getText().equals(",")) {
                text.append(' ');
            }
            text.append(token.getText());
        }
        return text.toString();
    }
}
