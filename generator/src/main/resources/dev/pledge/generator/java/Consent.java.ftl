<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import dev.pledge.runtime.ConsentDeniedException;
import dev.pledge.runtime.ConsentGuard;
import dev.pledge.runtime.Decision;
import dev.pledge.runtime.SubjectConsent;

<@c.javadoc policyDoc + ["<p>", "The consent guard of this policy: whether a subject's data may be processed for a {@link Purpose}.", "A check reads a few bits of the subject's {@link SubjectConsent} and allocates nothing:", "<pre>", "SubjectConsent subject = ledger.subject(userId).age(age);", "if (${consentClass}.check(subject, Purpose.X).allowed()) { ... }", "${consentClass}.require(subject, Purpose.X); // throws ConsentDeniedException", "</pre>"]/>
public final class ${consentClass} {

	/** The policy id, as consent records store it. */
	public static final String POLICY_ID = ${policyId};

	/** The policy version this code was generated from, as consent records store it. */
	public static final String POLICY_VERSION = ${policyVersion};

	/** The language of texts the policy writes without a language mark. */
	public static final String DEFAULT_LANGUAGE = PolicyValues.DEFAULT_LANGUAGE;

	private static final ConsentGuard GUARD = ConsentGuard.of(Purpose.values(), Region.values());

	private ${consentClass}() {
	}

	/** The runtime guard over this policy's purposes and regions. */
	public static ConsentGuard guard() {
		return GUARD;
	}

	/** An empty consent state for a subject: no consent given, region and age unknown. */
	public static SubjectConsent newSubject(String subjectId) {
		return GUARD.newSubject(subjectId);
	}

	/** Whether the subject's data may be processed for the purpose, and why (or why not). */
	public static Decision check(SubjectConsent subject, Purpose purpose) {
		return GUARD.check(subject, purpose);
	}

	/**
	 * Like {@link #check}, but throws when processing is not allowed.
	 *
	 * @throws ConsentDeniedException carrying the denying {@link Decision}
	 */
	public static void require(SubjectConsent subject, Purpose purpose) {
		GUARD.require(subject, purpose);
	}

	/** Whether the subject counts as a child in their region, so consent needs a parent's consent too. */
	public static boolean isChild(SubjectConsent subject) {
		return GUARD.isChild(subject);
	}
}
