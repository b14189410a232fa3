// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;

/**
 * Where the grammar expects a keyword of a fixed set (a party kind after {@code kind}, a legal basis after
 * {@code basis}, a channel after {@code via}...), which set it is: so that a word outside it is answered with
 * the valid words, not with a generic syntax error. Decided from the tokens before the offending one: the
 * clause keyword, skipping a list written so far ({@code kind security, <here>}), and the keyword of the
 * enclosing declaration where one clause keyword means different sets ({@code kind} of a party, a tracking
 * technology or a security measure).
 */
final class ExpectedKinds {

    /** A set of keywords: what the user calls it, and its words in grammar order. */
    record Kinds(String description, List<String> words) {}

    private static final Set<String> CHANNEL_CLAUSES = Set.of("via", "withdraw", "opt-out", "deletion", "copy");
    private static final Set<String> DECLARATIONS = Set.of(
            "policy",
            "controller",
            "contact",
            "region",
            "data-centre",
            "category",
            "data",
            "service",
            "purpose",
            "party",
            "recipient",
            "tracking",
            "right",
            "transfer",
            "retention",
            "children",
            "security",
            "certification",
            "direct-marketing",
            "changes");
    /** How far back to look for the clause keyword: a list longer than this is not worth the search. */
    private static final int LOOK_BACK = 200;

    private final Map<String, Kinds> byRule = new LinkedHashMap<>();
    /** Keywords that start a clause or declaration: every keyword that is not only a word of a set. */
    private final Set<String> clauses = new HashSet<>();

    ExpectedKinds(Grammar grammar) {
        Set<String> setWords = new HashSet<>();
        for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
            if (rule instanceof EnumRule enumRule) {
                List<String> words = EcoreUtil2.getAllContentsOfType(enumRule, Keyword.class).stream()
                        .map(Keyword::getValue)
                        .toList();
                byRule.put(rule.getName(), new Kinds(describe(rule.getName()), words));
                setWords.addAll(words);
            }
        }
        clauses.addAll(GrammarUtil.getAllKeywords(grammar));
        clauses.removeAll(setWords);
        clauses.removeAll(Set.of(",", "(", ")"));
    }

    /** The set of keywords expected where the parser failed, or null when it is not a place for one. */
    Kinds at(RecognitionException exception) {
        if (exception == null || !(exception.input instanceof TokenStream tokens) || exception.token == null) {
            return null;
        }
        List<String> before = before(tokens, exception.token.getTokenIndex());
        if (before.isEmpty()) {
            return null;
        }
        String rule = ruleFor(before);
        return rule == null ? null : byRule.get(rule);
    }

    /** The enum rule whose keyword belongs where the next token is, given the tokens before it (nearest first). */
    private String ruleFor(List<String> before) {
        int i = 0;
        // a list written so far: `kind security, <here>` or `via web "...", <here>`
        if (before.get(0).equals(",")) {
            i = 1;
            while (i < before.size() && !isClause(before.get(i))) {
                i++;
            }
            if (i == before.size()) {
                return null;
            }
        }
        String clause = before.get(i);
        String previous = i + 1 < before.size() ? before.get(i + 1) : "";
        String declaration = declaration(before, i);
        return switch (clause) {
            case "kind" ->
                switch (declaration) {
                    case "party", "recipient" -> "PartyKind";
                    case "tracking" -> "TrackingKind";
                    case "security" -> "SecurityKind";
                    default -> null;
                };
            case "role" -> declaration.equals("contact") ? "ContactRole" : "PartyRole";
            case "basis" -> "LegalBasis";
            case "origin" -> "DataOrigin";
            case "need" -> "ChildRequirement";
            case "when" -> "TriggerKind";
            case "safeguards" -> "SafeguardKind";
            case "right" -> i == 0 ? "RightKind" : null;
            case "by" -> declaration.equals("transfer") || previous.equals("transfer") ? "TransferMechanism" : null;
            default -> CHANNEL_CLAUSES.contains(clause) ? "ChannelKind" : null;
        };
    }

    private boolean isClause(String word) {
        return clauses.contains(word);
    }

    /** The keyword of the declaration whose block holds token {@code from}, or "" at the top level. */
    private static String declaration(List<String> before, int from) {
        int depth = 0;
        for (int i = from; i < before.size(); i++) {
            String word = before.get(i);
            if (word.equals("}")) {
                depth++;
            } else if (word.equals("{")) {
                if (depth == 0) {
                    for (int j = i + 1; j < before.size(); j++) {
                        if (DECLARATIONS.contains(before.get(j))) {
                            return before.get(j);
                        }
                    }
                    return "";
                }
                depth--;
            }
        }
        return "";
    }

    /** The texts of the visible tokens before index {@code end}, nearest first. */
    private static List<String> before(TokenStream tokens, int end) {
        List<String> words = new ArrayList<>();
        for (int i = end - 1; i >= 0 && words.size() < LOOK_BACK; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getText() != null) {
                words.add(token.getText());
            }
        }
        return words;
    }

    /** {@code PartyKind} to {@code party kind}. */
    private static String describe(String ruleName) {
        return switch (ruleName) {
            case "LegalBasis" -> "legal basis";
            case "DataOrigin" -> "data origin";
            case "ChildRequirement" -> "children's requirement";
            case "ChannelKind" -> "channel";
            case "TransferMechanism" -> "transfer mechanism";
            case "TriggerKind" -> "disclosure trigger";
            case "SafeguardKind" -> "safeguard";
            default -> ruleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        };
    }
}
