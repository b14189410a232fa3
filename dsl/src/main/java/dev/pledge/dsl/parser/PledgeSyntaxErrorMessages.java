// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.parser;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.pledge.dsl.validation.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Parser errors in the words of a policy author: what was found, what fits there, and a hint
 * for the usual slips (an unclosed string, an unknown keyword).
 */
@Singleton // stateless once set up; every parse of every file asks for one, and setting up reads the whole grammar
public class PledgeSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    private static final String UNCLOSED = "string is not closed: add the closing quote before the end of the file";

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
        } else if (text != null && !text.isBlank() && expectedKinds != null && expectedKinds.at(exception) != null) {
            proposal = closest(text, expectedKinds.at(exception).words());
            message = notAKind(text, expectedKinds.at(exception));
        } else if (text != null && !text.isBlank()) {
            proposal = closestKeyword(text).orElse(null);
            message = "unexpected '" + abbreviate(text) + "'" + expectation(context, exception) + suggestion(text)
                    + "; see the language reference in README.md for the clauses allowed here";
        } else if (context.getDefaultMessage() != null
                && context.getDefaultMessage().startsWith("mismatched character '<EOF>'")) {
            message = UNCLOSED;
        } else {
            message = context.getDefaultMessage();
        }
        return proposal == null
                ? new SyntaxErrorMessage(message, Rule.SYNTAX.id())
                : new SyntaxErrorMessage(message, Rule.SYNTAX.id(), new String[] {proposal});
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        return new SyntaxErrorMessage(context.getDefaultMessage() + ": write a whole number", Rule.SYNTAX.id());
    }

    /** "unexpected 'foo': a party kind is expected here: advertising, analytics, ... (did you mean `x`?)". */
    private static String notAKind(String text, ExpectedKinds.Kinds kinds) {
        String closest = closest(text, kinds.words());
        return "unexpected '" + abbreviate(text) + "': a " + kinds.description() + " is expected here, one of: "
                + String.join(", ", kinds.words()) + (closest == null ? "" : " (did you mean `" + closest + "`?)");
    }

    private static String closest(String word, List<String> candidates) {
        return candidates.stream()
                .filter(k -> distance(k, word) <= Math.max(2, word.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(k, word)).thenComparing(k -> k))
                .orElse(null);
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

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
