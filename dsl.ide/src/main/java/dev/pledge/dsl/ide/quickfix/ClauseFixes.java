// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

import dev.pledge.dsl.pledge.Basis;
import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.Disclosure;
import dev.pledge.dsl.pledge.LegalBasis;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Transfer;
import dev.pledge.dsl.pledge.TransferMechanism;
import dev.pledge.dsl.pledge.Translation;
import dev.pledge.dsl.validation.PolicyFamily;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Fixes that add, change or remove a clause: a legal basis, a stated interest, a withdrawal channel,
 * a version, an ISO date, a transfer mechanism, a retention period; and the edits that resolve a
 * contradiction (explicit consent for sensitive data, a disclosed item the purpose must use).
 * Choices the grammar offers (bases, mechanisms) are read from it, one fix each.
 */
final class ClauseFixes {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    /** Regions offered to limit a basis to. */
    static final int REGIONS = 5;

    /** Date formats a policy's effective date is commonly written in, turned into ISO dates. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private ClauseFixes() {}

    static void missingLegalBasis(FixContext fix) {
        Purpose purpose = fix.enclosing(Purpose.class);
        if (purpose == null) {
            return;
        }
        for (LegalBasis basis : LegalBasis.VALUES) {
            String clause = "basis " + basis.getLiteral()
                    + (basis == LegalBasis.LEGITIMATE_INTEREST ? " \"<the interest pursued>\"" : "");
            fix.offer("Add `" + clause + "`", fix.edit().addClause(purpose, clause));
        }
    }

    static void missingInterest(FixContext fix) {
        Basis basis = fix.enclosing(Basis.class);
        INode node = basis == null ? null : SourceEdit.node(basis, P.getBasis_Basis());
        if (node != null) {
            fix.offerPreferred(
                    "State the interest: `basis legitimate-interest \"<the interest pursued>\"`",
                    fix.edit().insert(basis.eResource(), node.getEndOffset(), " \"<the interest pursued>\""));
        }
    }

    /** {@code basis unstated}: write the basis the policy gives instead (one fix per basis). */
    static void unstatedBasis(FixContext fix) {
        Basis basis = fix.enclosing(Basis.class);
        INode node = basis == null ? null : SourceEdit.node(basis, P.getBasis_Basis());
        if (node == null) {
            return;
        }
        for (LegalBasis stated : LegalBasis.VALUES) {
            if (stated != LegalBasis.UNSTATED) {
                String text = stated.getLiteral()
                        + (stated == LegalBasis.LEGITIMATE_INTEREST && basis.getInterest() == null
                                ? " \"<the interest pursued>\""
                                : "");
                fix.offer("Change to `basis " + text + "`", fix.edit().replace(basis, node, text));
            }
        }
    }

    /**
     * Two bases for the same regions: limit this one to a region ({@code basis consent in eea}), one
     * fix per region of the policy; or take a region off a {@code basis ... in} list.
     */
    static void duplicateBasis(FixContext fix) {
        Basis basis = fix.enclosing(Basis.class);
        if (basis == null) {
            return;
        }
        List<INode> regions = NodeModelUtils.findNodesForFeature(basis, P.getBasis_Regions());
        for (INode region : regions) {
            if (region.getOffset() <= fix.offset() && fix.offset() < region.getEndOffset()) {
                fix.offer(
                        "Remove `" + region.getText().strip() + "` from this `basis ... in`",
                        fix.edit().removeListItem(basis, region, regions.get(0), regions.get(regions.size() - 1)));
                return;
            }
        }
        if (regions.isEmpty()) {
            INode end = NodeModelUtils.getNode(basis);
            List<Region> all = PolicyFamily.of(basis).all(Region.class);
            for (Region region : all.subList(0, Math.min(REGIONS, all.size()))) {
                fix.offer(
                        "Limit it to `" + region.getName() + "`: `in " + region.getName() + "`",
                        fix.edit().insert(basis.eResource(), end.getEndOffset(), " in " + region.getName()));
            }
        }
    }

    static void missingWithdrawal(FixContext fix) {
        Purpose purpose = fix.enclosing(Purpose.class);
        if (purpose == null) {
            return;
        }
        for (String channel : List.of("settings \"<path>\"", "web \"<url>\"", "email \"<address>\"")) {
            String clause = "withdraw " + channel;
            fix.offer("Add `" + clause + "`", fix.edit().addClause(purpose, clause));
        }
        fix.offer(
                "Declare `right withdraw-consent { via web \"<url>\" }`",
                fix.edit().appendDeclaration(purpose.eResource(), "right withdraw-consent {\n  via web \"<url>\"\n}"));
    }

    static void missingVersion(FixContext fix) {
        Policy policy = fix.enclosing(Policy.class);
        if (policy != null) {
            String clause = "version \"" + LocalDate.now() + "\"";
            fix.offerPreferred("Add `" + clause + "`", fix.edit().addClause(policy, clause));
        }
    }

    static void invalidDate(FixContext fix) {
        Policy policy = fix.enclosing(Policy.class);
        INode node = policy == null ? null : SourceEdit.node(policy, P.getPolicy_Effective());
        if (node == null || policy.getEffective() == null) {
            return;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                String iso = "\"" + LocalDate.parse(policy.getEffective().strip(), format) + "\"";
                fix.offerPreferred("Write the date as " + iso, fix.edit().replace(policy, node, iso));
                return;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
    }

    static void invalidPurposeVersion(FixContext fix) {
        Purpose purpose = fix.enclosing(Purpose.class);
        INode node = purpose == null ? null : SourceEdit.node(purpose, P.getPurpose_Version());
        if (node != null) {
            fix.offerPreferred("Write `version 1`", fix.edit().replace(purpose, node, "1"));
        }
    }

    static void extendsCycle(FixContext fix) {
        Policy policy = fix.enclosing(Policy.class);
        INode base = policy == null ? null : SourceEdit.node(policy, P.getPolicy_Base());
        if (base == null) {
            return;
        }
        ILeafNode keyword = null;
        for (ILeafNode leaf : NodeModelUtils.getNode(policy).getLeafNodes()) {
            if (leaf.getOffset() >= base.getOffset()) {
                break;
            }
            if (!leaf.isHidden() && leaf.getText().equals("extends")) {
                keyword = leaf;
            }
        }
        if (keyword != null) {
            String text = SourceEdit.text(policy.eResource());
            int start = keyword.getOffset();
            while (start > 0 && text.charAt(start - 1) == ' ') {
                start--;
            }
            fix.offer(
                    "Remove `extends " + base.getText().strip() + "`",
                    fix.edit().replace(policy.eResource(), start, base.getEndOffset() - start, ""));
        }
    }

    static void duplicateTranslation(FixContext fix) {
        Translation translation = fix.enclosing(Translation.class);
        if (translation != null) {
            fix.offerPreferred(
                    "Delete this `" + translation.getLanguage() + "` translation",
                    fix.edit().delete(translation, NodeModelUtils.getNode(translation)));
        }
    }

    static void unknownLanguage(FixContext fix) {
        Translation translation = fix.enclosing(Translation.class);
        if (translation == null || translation.getLanguage() == null) {
            return;
        }
        for (Policy policy : PolicyFamily.of(translation).all(Policy.class)) {
            List<INode> languages = NodeModelUtils.findNodesForFeature(policy, P.getPolicy_Languages());
            if (!languages.isEmpty()) {
                INode last = languages.get(languages.size() - 1);
                fix.offer(
                        "Add `" + translation.getLanguage() + "` to the policy's `languages`",
                        fix.edit().insert(policy.eResource(), last.getEndOffset(), ", " + translation.getLanguage()));
                for (String declared : policy.getLanguages()) {
                    INode language = SourceEdit.node(translation, P.getTranslation_Language());
                    fix.offer("Change to `" + declared + "`", fix.edit().replace(translation, language, declared));
                }
                return;
            }
        }
    }

    static void sensitiveWithoutExplicitConsent(FixContext fix) {
        Purpose purpose = fix.enclosing(Purpose.class);
        if (purpose == null) {
            return;
        }
        for (Basis basis : purpose.getBases()) {
            INode node = SourceEdit.node(basis, P.getBasis_Basis());
            if (node != null
                    && basis.getBasis() != LegalBasis.EXPLICIT_CONSENT
                    && basis.getBasis() != LegalBasis.UNSTATED) {
                INode interest = basis.getInterest() == null ? null : NodeModelUtils.getNode(basis.getInterest());
                int end = interest == null ? node.getEndOffset() : interest.getEndOffset();
                fix.offer(
                        "Change `basis " + basis.getBasis().getLiteral() + "` to `basis explicit-consent`",
                        fix.edit()
                                .replace(
                                        purpose.eResource(),
                                        node.getOffset(),
                                        end - node.getOffset(),
                                        "explicit-consent"));
                break;
            }
        }
        List<INode> uses = NodeModelUtils.findNodesForFeature(purpose, P.getPurpose_Uses());
        for (INode use : uses) {
            if (use.getOffset() <= fix.offset() && fix.offset() < use.getEndOffset()) {
                fix.offer(
                        "Remove `" + use.getText().strip() + "` from `uses`",
                        fix.edit().removeListItem(purpose, use, uses.get(0), uses.get(uses.size() - 1)));
            }
        }
    }

    static void disclosureOutsidePurpose(FixContext fix) {
        Disclosure disclosure = fix.enclosing(Disclosure.class);
        if (disclosure == null) {
            return;
        }
        List<INode> data = NodeModelUtils.findNodesForFeature(disclosure, P.getDisclosure_Data());
        for (int i = 0; i < data.size() && i < disclosure.getData().size(); i++) {
            if (data.get(i).getOffset() > fix.offset()
                    || fix.offset() >= data.get(i).getEndOffset()) {
                continue;
            }
            for (DataItem item : items(disclosure.getData().get(i))) {
                for (Purpose purpose : disclosure.getPurposes()) {
                    if (!purpose.eIsProxy() && !items(purpose.getUses()).contains(item)) {
                        fix.offer(
                                "Add `" + item.getName() + "` to the `uses` of purpose `" + purpose.getName() + "`",
                                addUse(fix, purpose, item.getName()));
                        return;
                    }
                }
            }
        }
    }

    private static SourceEdit addUse(FixContext fix, Purpose purpose, String name) {
        List<INode> uses = NodeModelUtils.findNodesForFeature(purpose, P.getPurpose_Uses());
        if (uses.isEmpty()) {
            return fix.edit().addClause(purpose, "uses " + name);
        }
        return fix.edit().insert(purpose.eResource(), uses.get(uses.size() - 1).getEndOffset(), ", " + name);
    }

    static void transferWithoutMechanism(FixContext fix) {
        Transfer transfer = fix.enclosing(Transfer.class);
        if (transfer == null) {
            return;
        }
        for (TransferMechanism mechanism : TransferMechanism.VALUES) {
            String clause = "by " + mechanism.getLiteral();
            fix.offer("Add `" + clause + "`", fix.edit().addClause(transfer, clause));
        }
    }

    static void unusedData(FixContext fix) {
        DataItem item = fix.enclosing(DataItem.class);
        if (item != null) {
            INode node = NodeModelUtils.getNode(item);
            fix.offer(
                    "Delete data item `" + item.getName() + "`",
                    fix.edit().deleteLines(item.eResource(), node.getOffset(), node.getEndOffset()));
        }
    }

    static void missingRetention(FixContext fix) {
        Purpose purpose = fix.enclosing(Purpose.class);
        if (purpose == null) {
            return;
        }
        for (String clause : List.of("retention 30 days after \"<event>\"", "retention until \"<event>\"")) {
            fix.offer("Add `" + clause + "`", fix.edit().addClause(purpose, clause));
        }
    }

    private static List<DataItem> items(List<DataSet> sets) {
        List<DataItem> items = new ArrayList<>();
        sets.forEach(set -> items.addAll(items(set)));
        return items;
    }

    private static List<DataItem> items(DataSet set) {
        if (set instanceof DataCategory category) {
            return category.getItems();
        }
        return set instanceof DataItem item && !item.eIsProxy() ? List.of(item) : List.of();
    }
}
