// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.PledgePackage;
import dev.pledge.dsl.pledge.Policy;
import dev.pledge.dsl.pledge.Text;
import dev.pledge.dsl.pledge.Translation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/** Texts and policy identity: translations only in declared languages, a version, ISO dates. */
final class TextValidator extends PledgeCheck {

    private static final PledgePackage P = PledgePackage.eINSTANCE;

    @Check
    public void checkTranslation(Translation translation) {
        Set<String> declared = languages(translation);
        if (declared.isEmpty() || declared.contains(translation.getLanguage())) {
            return;
        }
        error(
                Rule.UNKNOWN_LANGUAGE,
                "translation in " + quote(translation.getLanguage())
                        + ", which the policy does not declare: add it to `languages " + String.join(", ", declared)
                        + "` in the policy, or use one of " + declared,
                translation,
                P.getTranslation_Language());
    }

    @Check
    public void checkTranslatedOnce(Text text) {
        Set<String> seen = new LinkedHashSet<>();
        for (Translation translation : text.getTranslations()) {
            if (!seen.add(translation.getLanguage())) {
                error(
                        Rule.DUPLICATE_TRANSLATION,
                        "this text already has a " + quote(translation.getLanguage())
                                + " translation: delete one of them, e.g. the second `" + translation.getLanguage()
                                + " \"...\"`",
                        translation,
                        P.getTranslation_Language());
            }
        }
    }

    @Check
    public void checkExtends(Policy policy) {
        Set<Policy> seen = new LinkedHashSet<>();
        for (Policy current = policy; current != null && !current.eIsProxy(); current = current.getBase()) {
            if (!seen.add(current)) {
                error(
                        Rule.EXTENDS_CYCLE,
                        "policy " + quote(policy.getName()) + " extends itself through "
                                + seen.stream().map(Policy::getName).toList()
                                + ": remove one `extends` so the chain ends at a base policy",
                        policy,
                        P.getPolicy_Base());
                return;
            }
        }
    }

    /** Past this many, a list of thousands of made-up languages gets no more errors: the first ones say it. */
    private static final int MAX_LANGUAGE_ERRORS = 20;

    @Check
    public void checkLanguages(Policy policy) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> languages = policy.getLanguages();
        int reported = 0;
        for (int i = 0; i < languages.size() && reported < MAX_LANGUAGE_ERRORS; i++) {
            String tag = languages.get(i);
            String problem = LanguageTags.problem(tag);
            if (problem != null || seen.contains(tag)) {
                reported++;
            }
            if (problem != null) {
                error(Rule.INVALID_LANGUAGE, problem, policy, P.getPolicy_Languages(), i);
            } else if (!seen.add(tag)) {
                error(
                        Rule.INVALID_LANGUAGE,
                        "language " + quote(tag) + " is listed twice: delete the second",
                        policy,
                        P.getPolicy_Languages(),
                        i);
            }
        }
    }

    @Check
    public void checkIdentity(Policy policy) {
        if (policy.getVersion() == null || policy.getVersion().isBlank()) {
            error(
                    Rule.MISSING_VERSION,
                    "policy " + quote(policy.getName())
                            + " states no version: add `version \"2024-01-31\"` (any label; the date of the text is usual)",
                    policy,
                    P.getElement_Name());
        }
        if (policy.getEffective() != null && !isDate(policy.getEffective())) {
            error(
                    Rule.INVALID_DATE,
                    "effective date " + quote(policy.getEffective())
                            + " is not a date: write it as YYYY-MM-DD, e.g. `effective \"2021-01-15\"`",
                    policy,
                    P.getPolicy_Effective());
        }
    }

    private Set<String> languages(Translation translation) {
        Set<String> declared = new LinkedHashSet<>();
        for (Policy policy : family(translation).all(Policy.class)) {
            declared.addAll(policy.getLanguages());
        }
        return declared;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
