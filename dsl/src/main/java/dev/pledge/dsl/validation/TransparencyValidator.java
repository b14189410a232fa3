// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.DataCategory;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataOrigin;
import dev.pledge.dsl.pledge.DecisionLogic;
import dev.pledge.dsl.pledge.Duration;
import dev.pledge.dsl.pledge.LegalBasis;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Telling;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.validation.Check;

/**
 * What people must be told about single declarations: which law makes data sensitive, ways to
 * withdraw consent only where there is consent, whether people must provide data (GDPR Art.
 * 13(2)(e)), the logic of automated decisions (Art. 13(2)(f)) and when people hear about data
 * obtained from others (Art. 14(3)).
 */
final class TransparencyValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    /** How many names a warning lists before "and N more". */
    private static final int NAMES = 5;

    @Check
    public void checkSensitiveLaw(DataItem item) {
        if (item.isSensitive() && item.getSensitiveUnder().isEmpty()) {
            warning(
                    Rule.SENSITIVE_WITHOUT_LAW,
                    "data item " + quote(item.getName())
                            + " is sensitive without saying under which law (GDPR special categories, PIPL sensitive"
                            + " personal information and India's sensitive personal data are different things):"
                            + " write `sensitive under gdpr-art-9` (or gdpr-art-10, pipl-art-28, gb-t-35273,"
                            + " india-spdi, ccpa, lgpd, appi, russia-152-fz, popia)",
                    item,
                    P.getDataItem_Sensitive());
        }
    }

    @Check
    public void checkWithdrawOnlyWithConsent(Purpose purpose) {
        boolean unknown = purpose.getBases().isEmpty()
                || purpose.getBases().stream().anyMatch(b -> b.getBasis() == LegalBasis.UNSTATED);
        if (!unknown
                && !PurposeValidator.needsConsent(purpose)
                && !purpose.getWithdraw().isEmpty()) {
            String bases = String.join(
                    ", ",
                    purpose.getBases().stream()
                            .map(b -> b.getBasis().getLiteral())
                            .distinct()
                            .toList());
            warning(
                    Rule.WITHDRAW_WITHOUT_CONSENT,
                    "purpose " + quote(purpose.getName()) + " is based on " + bases
                            + ", not consent, so there is no consent to withdraw: write `opt-out` instead of"
                            + " `withdraw` (the notice shows these ways under how to object)",
                    purpose,
                    P.getPurpose_Withdraw());
        }
    }

    @Check
    public void checkDecisionLogic(Purpose purpose) {
        if (!purpose.isAutomatedDecisions()) {
            return;
        }
        DecisionLogic logic = purpose.getDecisionLogic();
        List<String> missing = new ArrayList<>();
        if (logic == null || logic.getLogic() == null) {
            missing.add("logic");
        }
        if (logic == null || logic.getSignificance() == null) {
            missing.add("significance");
        }
        if (logic == null || logic.getConsequences() == null) {
            missing.add("consequences");
        }
        if (!missing.isEmpty()) {
            warning(
                    Rule.GDPR_AUTOMATED_LOGIC,
                    "purpose " + quote(purpose.getName())
                            + " makes automated decisions but the notice does not give their "
                            + String.join(", ", missing) + " (Art. 13(2)(f)): write `automated-decisions { "
                            + String.join(
                                    " ",
                                    missing.stream().map(m -> m + " \"...\"").toList())
                            + " }`",
                    purpose,
                    P.getPurpose_AutomatedDecisions());
        }
    }

    /**
     * Every purpose that uses data collected from the person says whether people must provide it
     * and what happens if they do not: on the purpose, on each item it uses, or for the whole policy.
     */
    @Check
    public void checkProvision(Policy policy) {
        PolicyFamily family = family(policy);
        if (family.all(Policy.class).stream().anyMatch(p -> p.getProvision() != null)) {
            return;
        }
        List<String> silent = new ArrayList<>();
        for (Purpose purpose : family.all(Purpose.class)) {
            List<DataItem> fromPerson = items(purpose.getUses()).stream()
                    .filter(item -> fromThePerson(origin(item)))
                    .toList();
            if (purpose.getProvision() == null
                    && !fromPerson.isEmpty()
                    && fromPerson.stream().anyMatch(item -> item.getProvision() == null)) {
                silent.add(purpose.getName());
            }
        }
        if (!silent.isEmpty()) {
            warning(
                    Rule.GDPR_PROVISION,
                    "the notice does not say whether people must provide their data, and what happens if they do"
                            + " not (Art. 13(2)(e)), for " + names(silent, "purpose")
                            + ": add `provision required-for-contract consequence \"...\"` (or voluntary,"
                            + " required-by-law, required-by-contract) to each, or `provision voluntary consequence"
                            + " \"...\"` to the policy",
                    policy,
                    P.getElement_Name());
        }
    }

    /** Every item obtained from others says when people are told about it: itself, its category or the policy. */
    @Check
    public void checkTiming(Policy policy) {
        PolicyFamily family = family(policy);
        if (family.all(Policy.class).stream().anyMatch(p -> !p.getTold().isEmpty())) {
            return;
        }
        List<String> untold = new ArrayList<>();
        for (DataItem item : family.all(DataItem.class)) {
            boolean categoryTells = item.eContainer() instanceof DataCategory category
                    && !category.getTold().isEmpty();
            if (origin(item) == DataOrigin.THIRD_PARTY && item.getTold().isEmpty() && !categoryTells) {
                untold.add(item.getName());
            }
        }
        if (!untold.isEmpty()) {
            warning(
                    Rule.GDPR_SOURCE_TIMING,
                    "the notice does not say when people are told about data obtained from others (Art. 14(3)), for "
                            + names(untold, "data item")
                            + ": add `told within 1 month` (or at-collection, at-first-contact,"
                            + " at-first-disclosure) to each item or its category, or to the policy",
                    policy,
                    P.getElement_Name());
        }
    }

    /** Art. 14(3)(a): within a reasonable period, at the latest within one month. */
    @Check
    public void checkTimingLimit(Telling telling) {
        Duration within = telling.getWithin();
        if (within != null && days(within) > 31) {
            warning(
                    Rule.GDPR_SOURCE_TIMING,
                    "people must be told about data obtained from others within one month at the latest"
                            + " (Art. 14(3)(a)): write `told within 1 month` or less",
                    telling,
                    P.getTelling_Within());
        }
    }

    private static boolean fromThePerson(DataOrigin origin) {
        return origin != DataOrigin.THIRD_PARTY && origin != DataOrigin.DERIVED;
    }

    /** The longest a duration can be, in days. */
    private static long days(Duration duration) {
        String unit = duration.getUnit();
        long perUnit = switch (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) {
            case "hour" -> 0;
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 31;
            default -> 366;
        };
        return unit.startsWith("hour") ? duration.getAmount() / 24 : duration.getAmount() * perUnit;
    }

    private static String names(List<String> names, String kind) {
        String shown = String.join(
                ", ",
                names.subList(0, Math.min(NAMES, names.size())).stream()
                        .map(PledgeCheck::quote)
                        .toList());
        int more = names.size() - NAMES;
        return names.size() + " " + kind + (names.size() == 1 ? "" : "s") + " (" + shown
                + (more > 0 ? " and " + more + " more" : "") + ")";
    }
}
