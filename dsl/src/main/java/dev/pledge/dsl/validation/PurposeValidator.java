// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Basis;
import dev.pledge.dsl.pledge.DataItem;
import dev.pledge.dsl.pledge.DataSet;
import dev.pledge.dsl.pledge.LegalBasis;
import dev.pledge.dsl.pledge.Marketing;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.RequestProcedure;
import dev.pledge.dsl.pledge.Retained;
import dev.pledge.dsl.pledge.Retention;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.pledge.RightKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/** Purposes: a legal basis, a stated interest, a way to withdraw, explicit consent for sensitive data, retention. */
final class PurposeValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkBasis(Purpose purpose) {
        List<Basis> bases = purpose.getBases();
        List<Basis> everywhere =
                bases.stream().filter(b -> b.getRegions().isEmpty()).toList();
        if (everywhere.isEmpty() && !coversItsRegions(purpose)) {
            error(
                    Rule.MISSING_LEGAL_BASIS,
                    "purpose " + quote(purpose.getName())
                            + (bases.isEmpty()
                                    ? " has no legal basis"
                                    : " has no legal basis outside " + regionsOf(bases))
                            + ": add `basis consent`, `basis contract`, `basis legal-obligation`, "
                            + "`basis legitimate-interest \"<the interest>\"`, `basis explicit-consent`, "
                            + "`basis vital-interest` or `basis public-task`; if the policy gives none, write "
                            + "`basis unstated`",
                    purpose,
                    P.getElement_Name());
        }
        if (everywhere.size() > 1) {
            error(
                    Rule.DUPLICATE_BASIS,
                    "purpose " + quote(purpose.getName())
                            + " states two legal bases for the same regions: keep one `basis` without `in`, and give "
                            + "the others the regions they apply to, e.g. `basis consent in eea`",
                    everywhere.get(1),
                    P.getBasis_Basis());
        }
        Set<Region> seen = new HashSet<>();
        for (Basis basis : bases) {
            for (int i = 0; i < basis.getRegions().size(); i++) {
                Region region = basis.getRegions().get(i);
                if (!region.eIsProxy() && !seen.add(region)) {
                    error(
                            Rule.DUPLICATE_BASIS,
                            "purpose " + quote(purpose.getName()) + " states two legal bases in region "
                                    + quote(region.getName()) + ": remove it from one of the `basis ... in` lists",
                            basis,
                            P.getBasis_Regions(),
                            i);
                }
            }
            checkBasis(purpose, basis);
        }
    }

    private void checkBasis(Purpose purpose, Basis basis) {
        List<LegalBasis> kinds = Bases.kinds(basis);
        for (LegalBasis kind : List.of(LegalBasis.IMPLIED_CONSENT, LegalBasis.NO_OBJECTION)) {
            if (kinds.contains(kind)) {
                warning(
                        Rule.GDPR_CONSENT_FORM,
                        "purpose " + quote(purpose.getName()) + " rests on " + kind.getLiteral()
                                + (kind == LegalBasis.IMPLIED_CONSENT
                                        ? ", consent deemed given by an action, which is not consent under the GDPR"
                                        : ", the absence of an objection, which is no legal basis under the GDPR")
                                + " (Art. 4(11), 7): where the GDPR applies, give that region its own basis, e.g. "
                                + "`basis consent in eea`, if the policy states one",
                        basis,
                        P.getBasis_Basis());
            }
        }
        if (kinds.contains(LegalBasis.UNSTATED) && kinds.size() > 1) {
            error(
                    Rule.MISSING_LEGAL_BASIS,
                    "`unstated` cannot be one of several alternatives: write the bases the policy gives, or only "
                            + "`basis unstated`",
                    basis,
                    P.getBasis_Alternatives());
        }
        if (basis.getBasis() == LegalBasis.UNSTATED) {
            warning(
                    Rule.GDPR_LEGAL_BASIS,
                    "the notice does not state the legal basis of purpose " + quote(purpose.getName())
                            + (basis.getRegions().isEmpty() ? "" : " in " + regionsOf(List.of(basis)))
                            + " (Art. 13(1)(c)): replace `basis unstated` with the basis the policy gives, e.g. "
                            + "`basis consent` or `basis legitimate-interest \"<the interest>\"`",
                    basis,
                    P.getBasis_Basis());
        }
        if (basis.getBasis() == LegalBasis.LEGITIMATE_INTEREST && basis.getInterest() == null) {
            error(
                    Rule.MISSING_INTEREST,
                    "purpose " + quote(purpose.getName())
                            + " relies on legitimate interest without stating it: write `basis legitimate-interest \"<the interest pursued>\"`",
                    basis,
                    P.getBasis_Basis());
        }
    }

    /** A purpose limited to regions needs no basis for "everywhere else" when its bases cover all its regions. */
    private static boolean coversItsRegions(Purpose purpose) {
        if (purpose.getRegions().isEmpty() || purpose.getBases().isEmpty()) {
            return false;
        }
        Set<Region> covered = new HashSet<>();
        purpose.getBases().forEach(b -> covered.addAll(b.getRegions()));
        return covered.containsAll(purpose.getRegions());
    }

    private static String regionsOf(List<Basis> bases) {
        Set<String> names = new java.util.LinkedHashSet<>();
        bases.forEach(b -> b.getRegions().forEach(r -> names.add(quote(r.getName()))));
        return String.join(", ", names);
    }

    @Check
    public void checkVersion(Purpose purpose) {
        if (written(purpose, P.getPurpose_Version()) && purpose.getVersion() < 1) {
            error(
                    Rule.INVALID_PURPOSE_VERSION,
                    "purpose versions start at 1: write `version 1`, and raise it when " + "the purpose widens",
                    purpose,
                    P.getPurpose_Version());
        }
    }

    @Check
    public void checkWithdrawal(Purpose purpose) {
        if (!needsConsent(purpose) || !purpose.getWithdraw().isEmpty()) {
            return;
        }
        PolicyFamily family = family(purpose);
        boolean policyWide = family.memo("withdraw-consent-right", () -> {
            List<RequestProcedure> procedures = family.all(RequestProcedure.class);
            return family.all(Right.class).stream()
                    .anyMatch(right -> right.getKind() == RightKind.WITHDRAW_CONSENT
                            && (!right.getChannels().isEmpty() || hasChannel(RightProcedures.of(right, procedures))));
        });
        if (!policyWide) {
            error(
                    Rule.MISSING_WITHDRAWAL,
                    "purpose " + quote(purpose.getName())
                            + " is based on consent but gives no way to withdraw it: add `withdraw settings \"<path>\"` "
                            + "(or `withdraw web \"<url>\"`, `withdraw email \"<address>\"`) to the purpose, "
                            + "or declare `right withdraw-consent { via web \"<url>\" }`",
                    purpose,
                    P.getPurpose_Bases());
        }
    }

    /**
     * Sensitive data needs explicit consent. An unstated basis is a gap (gdpr-legal-basis), not a contradiction:
     * the consent guard asks for consent. Alternatives that include explicit consent leave open where it applies
     * (a warning); the consent guard applies the strictest alternative.
     */
    @Check
    public void checkSensitive(Purpose purpose) {
        Basis weaker = firstOf(purpose, Bases.ForSensitive.WEAKER);
        Basis named = weaker != null ? weaker : firstOf(purpose, Bases.ForSensitive.OPEN);
        if (named == null) {
            return;
        }
        List<DataSet> uses = purpose.getUses();
        for (int i = 0; i < uses.size(); i++) {
            DataItem item = items(uses.get(i)).stream()
                    .filter(DataItem::isSensitive)
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                continue;
            }
            String where = "purpose " + quote(purpose.getName()) + " uses sensitive data item " + quote(item.getName())
                    + " under basis " + Bases.literal(named) + regionsSuffix(named);
            if (weaker != null) {
                error(
                        Rule.SENSITIVE_WITHOUT_EXPLICIT_CONSENT,
                        where + ": change it to `basis explicit-consent`, or remove " + quote(item.getName())
                                + " from `uses`",
                        purpose,
                        P.getPurpose_Uses(),
                        i);
            } else {
                warning(
                        Rule.SENSITIVE_EXPLICIT_CONSENT_OPEN,
                        where + ": the policy leaves open where explicit consent applies, so the consent guard asks "
                                + "for it everywhere; if the policy names the regions, write `basis explicit-consent "
                                + "in <regions>`",
                        purpose,
                        P.getPurpose_Uses(),
                        i);
            }
        }
    }

    private static Basis firstOf(Purpose purpose, Bases.ForSensitive kind) {
        return purpose.getBases().stream()
                .filter(b -> Bases.forSensitive(b) == kind)
                .findFirst()
                .orElse(null);
    }

    private static String regionsSuffix(Basis basis) {
        return basis.getRegions().isEmpty() ? "" : " in " + regionsOf(List.of(basis));
    }

    @Check
    public void checkUnstatedData(Purpose purpose) {
        if (purpose.getUnstatedData() != null) {
            dataUnstated(
                    "data purpose " + quote(purpose.getName()) + " uses", "uses", purpose, P.getPurpose_UnstatedData());
        }
    }

    @Check
    public void checkRetention(Purpose purpose) {
        if (purpose.getRetention() != null) {
            return;
        }
        for (Retention retention : family(purpose).all(Retention.class)) {
            if (inScope(retention, purpose)
                    && (retention.getTargets().isEmpty() || covers(retention.getTargets(), purpose))) {
                return;
            }
        }
        warning(
                Rule.MISSING_RETENTION,
                "purpose " + quote(purpose.getName())
                        + " says nothing about how long data is kept: add `retention 30 days after \"<event>\"` "
                        + "or `retention until \"<event>\"` to it, or a rule `retention <name> { for "
                        + purpose.getName() + " keep ... }`",
                purpose,
                P.getElement_Name());
    }

    @Check
    public void checkUsed(DataItem item) {
        PolicyFamily family = family(item);
        Set<DataItem> used = family.memo("used-items", () -> {
            Set<DataItem> all = new HashSet<>();
            family.all(Purpose.class).forEach(purpose -> all.addAll(items(purpose.getUses())));
            family.all(Marketing.class).forEach(marketing -> all.addAll(items(marketing.getUses())));
            family.all(dev.pledge.dsl.pledge.Extension.class).forEach(e -> all.addAll(items(e.getUses())));
            return all;
        });
        if (used.contains(item)) {
            return;
        }
        warning(
                Rule.UNUSED_DATA,
                "data item " + quote(item.getName())
                        + " is used by no purpose: add it to the `uses` of the purpose that needs it, or delete it",
                item,
                P.getDataItem_Name());
    }

    private static boolean hasChannel(RequestProcedure procedure) {
        return procedure != null && !procedure.getChannels().isEmpty();
    }

    /** Whether the policy bases the purpose on consent, in at least one region. */
    static boolean needsConsent(Purpose purpose) {
        return purpose.getBases().stream().anyMatch(Bases::consent);
    }

    /** Whether a rule's services and regions hold wherever the purpose does. */
    private static boolean inScope(Retention rule, Purpose purpose) {
        boolean services =
                rule.getServices().isEmpty() || purpose.getServices().stream().anyMatch(rule.getServices()::contains);
        boolean regions = rule.getRegions().isEmpty()
                || !purpose.getRegions().isEmpty() && rule.getRegions().containsAll(purpose.getRegions());
        return services && regions;
    }

    private static boolean covers(List<Retained> targets, Purpose purpose) {
        if (targets.contains(purpose)) {
            return true;
        }
        return !purpose.getUses().isEmpty()
                && targets.stream()
                        .filter(DataSet.class::isInstance)
                        .map(DataSet.class::cast)
                        .anyMatch(set -> new HashSet<>(items(set)).containsAll(items(purpose.getUses())));
    }
}
