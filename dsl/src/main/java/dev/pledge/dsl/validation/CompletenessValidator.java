// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Contact;
import dev.pledge.dsl.pledge.ContactRole;
import dev.pledge.dsl.pledge.Controller;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataOrigin;
import dev.pledge.dsl.pledge.Party;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.Retention;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.pledge.RightKind;
import dev.pledge.dsl.pledge.Transfer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.xtext.validation.Check;

/**
 * Notice completeness, with GDPR Art. 13 and 14 as the checklist: one warning per element a
 * privacy notice must give and this policy does not.
 */
final class CompletenessValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;
    private static final Set<RightKind> ART_15_TO_21 = EnumSet.of(
            RightKind.ACCESS,
            RightKind.RECTIFICATION,
            RightKind.ERASURE,
            RightKind.RESTRICTION,
            RightKind.OBJECT,
            RightKind.PORTABILITY);

    @Check
    public void checkCompleteness(Policy policy) {
        PolicyFamily family = family(policy);
        List<Controller> controllers = family.all(Controller.class);
        if (controllers.stream()
                .noneMatch(c -> c.getAddress() != null
                        || !c.getEmails().isEmpty()
                        || !c.getUrls().isEmpty())) {
            gap(
                    policy,
                    Rule.GDPR_CONTROLLER,
                    "the identity and contact details of the controller",
                    "controller <name> \"<legal name>\" { address \"...\" email \"...\" }");
        }
        if (family.all(Contact.class).stream().noneMatch(c -> c.getRole() == ContactRole.DPO)) {
            gap(
                    policy,
                    Rule.GDPR_DPO,
                    "the contact details of the data protection officer",
                    "contact dpo \"Data Protection Officer\" { role dpo email \"dpo@...\" }");
        }
        List<Purpose> purposes = family.all(Purpose.class);
        if (purposes.isEmpty()) {
            gap(
                    policy,
                    Rule.GDPR_PURPOSES,
                    "the purposes of processing and their legal basis",
                    "purpose <name> \"...\" { basis ... uses ... }");
        }
        if (family.all(Party.class).isEmpty()) {
            gap(
                    policy,
                    Rule.GDPR_RECIPIENTS,
                    "the recipients or categories of recipients",
                    "recipient <name> \"...\" { kind service-provider receives ... for ... }");
        }
        if (family.all(Transfer.class).isEmpty()
                && family.all(dev.pledge.dsl.pledge.Promise.class).stream()
                        .noneMatch(p -> "no-transfers".equals(p.getKind()))) {
            gap(
                    policy,
                    Rule.GDPR_TRANSFERS,
                    "whether data is transferred to third countries, and the safeguards",
                    "transfer <name> { from <region> to <region> by standard-contractual-clauses }` (or, if the "
                            + "policy says it makes none, `commitment no-transfers \"...\" { no-transfers }");
        }
        if (family.all(Retention.class).isEmpty() && purposes.stream().allMatch(p -> p.getRetention() == null)) {
            gap(
                    policy,
                    Rule.GDPR_RETENTION,
                    "how long data is kept, or the criteria for it",
                    "retention default { criterion \"...\" }");
        }
        List<Right> rights = family.all(Right.class);
        Set<RightKind> missing = EnumSet.copyOf(ART_15_TO_21);
        rights.forEach(right -> missing.remove(right.getKind()));
        if (!missing.isEmpty()) {
            String kinds = missing.stream().map(RightKind::getLiteral).collect(Collectors.joining(", "));
            gap(
                    policy,
                    Rule.GDPR_RIGHTS,
                    "the rights of " + kinds,
                    "right " + missing.iterator().next().getLiteral() + " { via web \"...\" }");
        }
        boolean consent = purposes.stream().anyMatch(PurposeValidator::needsConsent);
        if (consent && rights.stream().noneMatch(r -> r.getKind() == RightKind.WITHDRAW_CONSENT)) {
            gap(
                    policy,
                    Rule.GDPR_WITHDRAWAL,
                    "the right to withdraw consent at any time",
                    "right withdraw-consent { via settings \"...\" }");
        }
        if (rights.stream().noneMatch(r -> r.getKind() == RightKind.COMPLAINT)
                && family.all(Region.class).stream().noneMatch(r -> r.getAuthority() != null)) {
            gap(
                    policy,
                    Rule.GDPR_COMPLAINT,
                    "the right to lodge a complaint with a supervisory authority",
                    "right complaint { via web \"<authority's site>\" }");
        }
        if (policy.getAutomatedDecisions() == null
                && purposes.stream().noneMatch(p -> p.isProfiling() || p.isAutomatedDecisions())) {
            gap(
                    policy,
                    Rule.GDPR_AUTOMATED_DECISIONS,
                    "whether automated decision-making or profiling takes place",
                    "automated-decisions \"We do not make decisions based solely on automated processing.\"");
        }
        List<String> unsourced = new ArrayList<>();
        for (DataItem item : family.all(DataItem.class)) {
            if (origin(item) == DataOrigin.THIRD_PARTY && item.getFrom().isEmpty()) {
                unsourced.add(item.getName());
            }
        }
        if (!unsourced.isEmpty()) {
            gap(
                    policy,
                    Rule.GDPR_SOURCE,
                    "the source of data obtained from others ("
                            + String.join(", ", unsourced.subList(0, Math.min(10, unsourced.size())))
                            + (unsourced.size() > 10 ? " and " + (unsourced.size() - 10) + " more" : "") + ")",
                    "from <party>` in each of those data items");
        }
    }

    private void gap(Policy policy, Rule rule, String what, String example) {
        warning(
                rule,
                "the notice does not state " + what + " (" + rule.description().split(":")[0] + "): add `" + example
                        + "`",
                policy,
                P.getElement_Name(),
                example);
    }
}
