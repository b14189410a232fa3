// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.parser;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.pledge.dsl.validation.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Parser errors in the words of a policy author: what was found, what fits there, and a hint
 * for the usual slips (an unclosed string, an unknown keyword).
 */
@Singleton // stateless once set up; every parse of every file asks for one, and setting up reads the whole grammar
public class PledgeSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    private static final String UNCLOSED = PledgeLexer.UNCLOSED;

    private List<String> keywords = List.of();
    private ExpectedKinds expectedKinds;

    @Inject
    void setGrammar(IGrammarAccess grammar) {
        expectedKinds = new ExpectedKinds(grammar.getGrammar());
        keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
                .filter(k -> k.chars().allMatch(c -> Character.isLetter(c) || c == '-'))
                .sorted()
                .toList();
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException exception = context.getRecognitionException();
        Token token = exception == null ? null : exception.token;
        String text = token == null ? null : token.getText();
        String message;
        // the word the message proposes, passed on as the data for the editor's quick fix
        String proposal = null;
        if (token != null && token.getType() == Token.EOF) {
            message = "unexpected end of file: close every open `{` with `}` and every string with a quote";
        } else if (text != null && isUnclosedString(text)) {
            message = UNCLOSED;
        } else if (text != null && text.codePointCount(0, text.length()) == 1 && !isWordStart(text.codePointAt(0))) {
            message = PledgeLexer.unexpected(text.codePointAt(0)); // a character no token starts with
        } else if (text != null && !text.isBlank() && expectedKinds != null && expectedKinds.at(exception) != null) {
            proposal = closest(text, expectedKinds.at(exception).words());
            message = notAKind(text, expectedKinds.at(exception));
        } else if (text != null && !text.isBlank()) {
            proposal = closestKeyword(text).orElse(null);
            message = "unexpected '" + abbreviate(text) + "'" + expectation(context, exception) + suggestion(text)
                    + "; see the language reference in README.md for the clauses allowed here";
        } else {
            message = context.getDefaultMessage(); // a lexical error: PledgeLexer's own words
        }
        return proposal == null
                ? new SyntaxErrorMessage(plainWords(message), Rule.SYNTAX.id())
                : new SyntaxErrorMessage(plainWords(message), Rule.SYNTAX.id(), new String[] {proposal});
    }

    /** A number or a text the parser read but cannot turn into a value: too large, or a bad escape. */
    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        ValueConverterException e = context.getValueConverterException();
        INode node = e == null ? null : e.getNode();
        String text = node == null ? "" : NodeModelUtils.getTokenText(node);
        String message = switch (terminal(node)) {
            case "INT" ->
                text.chars().allMatch(Character::isDigit) && !text.isEmpty()
                        ? "number " + abbreviate(text) + " is too large: write a whole number up to "
                                + Integer.MAX_VALUE
                        : "'" + abbreviate(text) + "' is not a whole number: write digits only, e.g. `30`";
            case "STRING" -> ValueErrors.badEscape(text);
            default -> "'" + abbreviate(text) + "' cannot be read here: see the language reference in README.md";
        };
        return new SyntaxErrorMessage(message, Rule.SYNTAX.id());
    }

    /** The terminal rule a value node was read with ({@code INT}, {@code STRING}), or "". */
    private static String terminal(INode node) {
        EObject element = node == null ? null : node.getGrammarElement();
        if (element instanceof RuleCall call && call.getRule() != null) {
            return call.getRule().getName();
        }
        return element instanceof AbstractRule rule ? rule.getName() : "";
    }

    /**
     * Grammar internals in words: ANTLR's default messages name token types ({@code RULE_STRING}) and end of
     * input ({@code <EOF>}); none of that may reach a policy author.
     */
    static String plainWords(String message) {
        if (message == null) {
            return "the text does not follow the grammar here; see the language reference in README.md";
        }
        return message.replace("RULE_STRING", "a quoted text")
                .replace("RULE_ID", "a name")
                .replace("RULE_INT", "a whole number")
                .replace("RULE_ML_COMMENT", "a comment")
                .replace("RULE_SL_COMMENT", "a comment")
                .replace("RULE_WS", "a space")
                .replace("RULE_ANY_OTHER", "a character")
                .replace("'<EOF>'", "the end of the file")
                .replace("<EOF>", "the end of the file")
                .replace("mismatched input", "unexpected")
                .replace("no viable alternative at input", "unexpected")
                .replace("extraneous input", "unexpected")
                .replace("expecting", "expected");
    }

    /** "unexpected 'foo': a party kind is expected here: advertising, analytics, ... (did you mean `x`?)". */
    private static String notAKind(String text, ExpectedKinds.Kinds kinds) {
        String closest = closest(text, kinds.words());
        return "unexpected '" + abbreviate(text) + "': a " + kinds.description() + " is expected here, one of: "
                + String.join(", ", kinds.words()) + (closest == null ? "" : " (did you mean `" + closest + "`?)");
    }

    /** The words other laws and policies use for a kind (CCPA's right to delete, to correct, to know, to opt out). */
    private static final Map<String, String> SYNONYMS = Map.of(
            "delete", "erasure",
            "deletion", "erasure",
            "correct", "rectification",
            "correction", "rectification",
            "know", "access",
            "opt-out", "object");

    /**
     * The kind a word most likely meant: the kind of another law's word for it (`deletion` → `erasure`), one a few
     * edits away (`advertsing`), else one that shares a whole part of four letters or more with it (`adequacy` →
     * `adequacy-decision`).
     */
    private static String closest(String word, List<String> candidates) {
        String synonym = SYNONYMS.get(word.toLowerCase(java.util.Locale.ROOT));
        if (synonym != null && candidates.contains(synonym)) {
            return synonym;
        }
        Comparator<String> nearest =
                Comparator.comparingInt((String k) -> distance(k, word)).thenComparing(k -> k);
        return candidates.stream()
                .filter(k -> distance(k, word) <= Math.max(2, word.length() / 3))
                .min(nearest)
                .or(() -> candidates.stream().filter(k -> sharesAPart(k, word)).min(nearest))
                .orElse(null);
    }

    private static boolean sharesAPart(String kind, String word) {
        List<String> parts = List.of(kind.split("-"));
        for (String part : word.toLowerCase(java.util.Locale.ROOT).split("-")) {
            if (part.length() >= 4 && parts.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String expectation(IParserErrorContext context, RecognitionException exception) {
        if (exception instanceof MismatchedTokenException mismatch
                && mismatch.expecting >= 0
                && context.getTokenNames() != null
                && mismatch.expecting < context.getTokenNames().length) {
            return ": expected " + readable(context.getTokenNames()[mismatch.expecting]);
        }
        if (exception instanceof NoViableAltException) {
            return ": this is not a keyword, name or text that fits here";
        }
        return "";
    }

    private static boolean isWordStart(int c) {
        return Character.isLetterOrDigit(c) || "{}\"',^-".indexOf(c) >= 0;
    }

    private static boolean isUnclosedString(String text) {
        char quote = text.charAt(0);
        return (quote == '"' || quote == '\'') && (text.length() == 1 || text.charAt(text.length() - 1) != quote);
    }

    /** " (did you mean `policy`?)" for a misspelt keyword, or nothing. */
    String suggestion(String word) {
        return closestKeyword(word).map(k -> " (did you mean `" + k + "`?)").orElse("");
    }

    /** The keyword a misspelt word most likely meant, if one is close enough (editors offer it as a fix). */
    public Optional<String> closestKeyword(String word) {
        if (!word.matches("[A-Za-z][A-Za-z-]*") || keywords.contains(word)) {
            return Optional.empty();
        }
        return keywords.stream()
                .filter(k -> distance(k, word) <= Math.max(1, Math.min(2, word.length() / 3)))
                .min(Comparator.comparingInt((String k) -> distance(k, word)).thenComparing(k -> k));
    }

    /** Edit distance (Levenshtein) between two words. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String readable(String tokenName) {
        return switch (tokenName) {
            case "RULE_ID" -> "a name (kebab-case, e.g. `device-id`)";
            case "RULE_STRING" -> "a quoted text";
            case "RULE_INT" -> "a whole number";
            default -> tokenName.replace('\'', '`');
        };
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
