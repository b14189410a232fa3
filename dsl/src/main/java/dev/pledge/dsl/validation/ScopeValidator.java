// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.Children;
import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Purpose;
import dev.pledge.dsl.pledge.Region;
import dev.pledge.dsl.pledge.RequestProcedure;
import dev.pledge.dsl.pledge.Retention;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.pledge.RightKind;
import dev.pledge.dsl.pledge.Tracking;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * Scopes and the request procedure: a rule names its regions or says it holds in all of them, not both;
 * a right tells people how to use it, by its own channel or its procedure's.
 */
final class ScopeValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkScope(Children rule) {
        checkScope(rule, rule.getRegions(), rule.isAllRegions(), P.getChildren_AllRegions());
    }

    @Check
    public void checkScope(Retention rule) {
        checkScope(rule, rule.getRegions(), rule.isAllRegions(), P.getRetention_AllRegions());
    }

    @Check
    public void checkScope(Right right) {
        checkScope(right, right.getRegions(), right.isAllRegions(), P.getRight_AllRegions());
    }

    @Check
    public void checkScope(Tracking tracking) {
        checkScope(tracking, tracking.getRegions(), tracking.isAllRegions(), P.getTracking_AllRegions());
        if (tracking.isConsentRequired() && tracking.isImpliedConsent()) {
            error(
                    Rule.CONFLICTING_CONSENT,
                    "tracking " + quote(tracking.getName()) + " cannot need consent and have it deemed given: keep "
                            + "`consent-required` if people are asked, or `implied-consent \"<the policy's words>\"` if "
                            + "the policy deems an action consent",
                    tracking,
                    P.getTracking_ImpliedConsent());
        }
    }

    private void checkScope(
            EObject rule, List<Region> regions, boolean all, org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (all && !regions.isEmpty()) {
            error(
                    Rule.CONFLICTING_SCOPE,
                    "a rule cannot hold in `all-regions` and only in `regions "
                            + regions.get(0).getName() + "`: remove `all-regions`, or the `regions` clause",
                    rule,
                    feature);
        }
    }

    @Check
    public void checkChannel(Right right) {
        if (!right.getChannels().isEmpty() || right.getKind() == RightKind.INFORMATION) {
            return;
        }
        RequestProcedure procedure = RightProcedures.of(right, family(right).all(RequestProcedure.class));
        if (procedure != null && !procedure.getChannels().isEmpty()) {
            return;
        }
        if (right.getKind() == RightKind.WITHDRAW_CONSENT
                && family(right).all(Purpose.class).stream().anyMatch(PurposeValidator::needsConsent)) {
            return; // missing-withdrawal answers for consent-based purposes: their own channel or this right's
        }
        if (right.getKind() == RightKind.COMPLAINT
                && family(right).all(Region.class).stream()
                        .anyMatch(r -> r.getAuthority() != null || r.getAuthorityUrl() != null)) {
            return;
        }
        String name =
                right.getName() != null ? right.getName() : right.getKind().getLiteral();
        warning(
                Rule.RIGHT_WITHOUT_CHANNEL,
                "right " + quote(name) + " does not say how to use it: add `via web \"<url>\"` (or `via email`, "
                        + "`via settings`, ...) to it"
                        + (RightProcedures.REQUESTS.contains(right.getKind())
                                ? ", or a `request-procedure <name> { via ... }` the policy's request rights follow"
                                : ""),
                right,
                right.getName() != null ? P.getElement_Name() : P.getRight_Kind());
    }
}
