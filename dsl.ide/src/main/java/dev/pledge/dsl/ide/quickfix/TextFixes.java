// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import dev.pledge.dsl.load.PolicyFormatter;
import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataOrigin;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Text;
import dev.pledge.dsl.pledge.Translation;
import dev.pledge.dsl.validation.Declarations;
import dev.pledge.dsl.validation.PolicyFamily;
import dev.pledge.dsl.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Fixes that write text the message proposes: the keyword a misspelt word meant, a closing quote
 * or brace, the skeleton a GDPR completeness warning shows, a {@code zh "..."} translation.
 */
final class TextFixes {

    /** Parties offered as the source of data obtained from others. */
    static final int SOURCES = 5;

    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>\"]+)>");

    private final PolicyFormatter formatter;

    TextFixes(PolicyFormatter formatter) {
        this.formatter = formatter;
    }

    /** A misspelt keyword, an unclosed string, a missing closing brace. */
    void syntax(FixContext fix) {
        ILeafNode leaf = fix.leaf();
        String token = fix.marked().isEmpty() && leaf != null ? leaf.getText() : fix.marked();
        Optional<String> keyword = Optional.ofNullable(fix.proposal());
        if (keyword.isPresent()) {
            fix.offerPreferred(
                    "Change to `" + keyword.get() + "`",
                    fix.edit().replace(fix.resource(), fix.offset(), token.length(), keyword.get()));
            return;
        }
        String text = SourceEdit.text(fix.resource());
        if (token.startsWith("\"") && (token.length() == 1 || !token.endsWith("\""))) {
            int lineEnd = text.indexOf('\n', fix.offset());
            int end = lineEnd < 0 ? text.length() : lineEnd;
            while (end > fix.offset() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            fix.offerPreferred("Close the string", fix.edit().insert(fix.resource(), end, "\""));
            return;
        }
        int open = 0;
        for (ILeafNode node : fix.resource().getParseResult().getRootNode().getLeafNodes()) {
            if (!node.isHidden()) {
                open += node.getText().equals("{") ? 1 : node.getText().equals("}") ? -1 : 0;
            }
        }
        if (open > 0 && fix.offset() >= text.stripTrailing().length()) {
            fix.offerPreferred(
                    "Close " + (open == 1 ? "the open block" : "the " + open + " open blocks"),
                    fix.edit()
                            .insert(
                                    fix.resource(),
                                    text.length(),
                                    (text.endsWith("\n") ? "" : "\n") + "}\n".repeat(open)));
        }
    }

    /** Writes the skeleton a completeness warning shows: a declaration, or a clause of the policy. */
    void completeness(FixContext fix) {
        Policy policy = fix.enclosing(Policy.class);
        String skeleton = fix.proposal();
        if (policy == null || skeleton == null) {
            return;
        }
        String code = names(skeleton);
        String declaration;
        try {
            declaration = formatter.format(code).strip();
        } catch (IllegalArgumentException notADeclaration) {
            fix.offer("Add `" + skeleton + "` to the policy", fix.edit().addClause(policy, code));
            return;
        }
        fix.offer("Add `" + skeleton + "`", fix.edit().appendDeclaration(policy.eResource(), declaration));
    }

    /** Names the party data obtained from others comes from, in each data item that lacks it. */
    void source(FixContext fix) {
        Policy policy = fix.enclosing(Policy.class);
        if (policy == null) {
            return;
        }
        PolicyFamily family = PolicyFamily.of(policy);
        List<DataItem> unsourced = new ArrayList<>();
        for (DataItem item : family.all(DataItem.class)) {
            boolean written = !NodeModelUtils.findNodesForFeature(
                            item, dev.pledge.dsl.pledge.PledgePackage.eINSTANCE.getDataItem_Origin())
                    .isEmpty();
            DataOrigin origin = written || !(item.eContainer() instanceof DataCategory category)
                    ? item.getOrigin()
                    : category.getOrigin();
            if ((written || item.eContainer() instanceof DataCategory)
                    && origin == DataOrigin.THIRD_PARTY
                    && item.getFrom().isEmpty()) {
                unsourced.add(item);
            }
        }
        if (unsourced.isEmpty()) {
            return;
        }
        List<Party> parties = family.all(Party.class);
        for (Party party : parties.subList(0, Math.min(SOURCES, parties.size()))) {
            SourceEdit edit = fix.edit();
            unsourced.forEach(item -> edit.addClause(item, "from " + party.getName()));
            fix.offer(
                    "Add `from " + party.getName() + "` to "
                            + String.join(
                                    ", ",
                                    unsourced.stream().map(DataItem::getName).toList()),
                    edit);
        }
    }

    /** Adds a {@code zh "..."} translation after the text, in the order of the policy's languages. */
    void missingTranslation(FixContext fix) {
        Text text = fix.enclosing(Text.class);
        String language = fix.proposal();
        if (text == null || language == null) {
            return;
        }
        List<String> order = new ArrayList<>();
        PolicyFamily.of(text).all(Policy.class).forEach(p -> order.addAll(p.getLanguages()));
        INode after = NodeModelUtils.findNodesForFeature(
                        text, dev.pledge.dsl.pledge.PledgePackage.eINSTANCE.getText_Value())
                .get(0);
        for (Translation translation : text.getTranslations()) {
            int index = order.indexOf(translation.getLanguage());
            if (index >= 0 && index < order.indexOf(language)) {
                after = NodeModelUtils.getNode(translation);
            }
        }
        String source = SourceEdit.text(text.eResource());
        boolean wrapped = text.getTranslations().stream()
                .anyMatch(
                        t -> source.lastIndexOf('\n', NodeModelUtils.getNode(t).getOffset())
                                > NodeModelUtils.getNode(text).getOffset());
        String separator = wrapped
                ? "\n"
                        + SourceEdit.indentOf(
                                source,
                                NodeModelUtils.getNode(text.getTranslations().get(0))
                                        .getOffset())
                : " ";
        fix.offerPreferred(
                "Add `" + language + " \"...\"`",
                fix.edit().insert(text.eResource(), after.getEndOffset(), separator + language + " \"...\""));
    }

    /** {@code <name>} outside quotes becomes a valid name ({@code name}); inside quotes it stays. */
    static String names(String skeleton) {
        StringBuilder code = new StringBuilder();
        String[] parts = skeleton.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                code.append('"');
            }
            if (i % 2 == 0) {
                Matcher placeholder = PLACEHOLDER.matcher(parts[i]);
                code.append(placeholder.replaceAll(
                        m -> Declarations.kebabCase(m.group(1).replace(' ', '-'))));
            } else {
                code.append(parts[i]);
            }
        }
        return code.toString();
    }

    /** The rules whose fix is the message's skeleton (all completeness warnings but the data source). */
    static boolean isSkeleton(Rule rule) {
        return rule.id().startsWith("gdpr-") && rule != Rule.GDPR_SOURCE;
    }
}
