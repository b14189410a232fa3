<#-- SPDX-License-Identifier: Apache-2.0 -->
<#import "common.ftl" as c>
<@c.header/>

import dev.pledge.runtime.ConsentAction;
import dev.pledge.runtime.ConsentLedger;
import dev.pledge.runtime.ConsentRecord;
import dev.pledge.runtime.ConsentStore;
import dev.pledge.runtime.LedgerException;
import dev.pledge.runtime.SubjectConsent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

<@c.javadoc policyDoc + ["<p>", "The consent ledger of this policy, typed: records grants, withdrawals, objections and parental", "consent for {@link Purpose} constants, and replays a subject's records for {@link ${consentClass}}:", "<pre>", "try (${ledgerClass} ledger = ${ledgerClass}.open(ConsentStores.h2(Path.of(\"consent.db\")))) {", "    ledger.grant(userId, Purpose.X, Region.Y, \"app-settings\", null);", "    ${consentClass}.require(ledger.subject(userId), Purpose.X);", "}", "</pre>"]/>
public final class ${ledgerClass} implements AutoCloseable {

	private final ConsentLedger ledger;

	private ${ledgerClass}(ConsentLedger ledger) {
		this.ledger = ledger;
	}

	/** Opens the ledger over a store, stamping records with the system UTC clock. */
	public static ${ledgerClass} open(ConsentStore store) {
		return open(store, Clock.systemUTC());
	}

	/** Opens the ledger over a store, stamping records with the clock. */
	public static ${ledgerClass} open(ConsentStore store, Clock clock) {
		return new ${ledgerClass}(ConsentLedger.open(store, ${consentClass}.guard(), ${consentClass}.POLICY_ID,
				${consentClass}.POLICY_VERSION, clock));
	}

	/** Records that the subject consented to the current version of a consent-based purpose. */
	public ConsentRecord grant(String subjectId, Purpose purpose, Region jurisdiction, String channel, String evidence) {
		return ledger.grant(subjectId, purpose, jurisdiction, channel, evidence);
	}

	/** Records that the subject withdrew consent for a consent-based purpose. */
	public ConsentRecord withdraw(String subjectId, Purpose purpose, Region jurisdiction, String channel,
			String evidence) {
		return ledger.withdraw(subjectId, purpose, jurisdiction, channel, evidence);
	}

	/** Records the subject's objection to a purpose based on legitimate interest or public task. */
	public ConsentRecord object(String subjectId, Purpose purpose, Region jurisdiction, String channel, String evidence) {
		return ledger.object(subjectId, purpose, jurisdiction, channel, evidence);
	}

	/** Records that the subject withdrew an earlier objection: processing on the purpose's basis may resume. */
	public ConsentRecord withdrawObjection(String subjectId, Purpose purpose, Region jurisdiction, String channel,
			String evidence) {
		return ledger.withdrawObjection(subjectId, purpose, jurisdiction, channel, evidence);
	}

	/** Records a parent's consent, for the child subject, to the current version of a consent-based purpose. */
	public ConsentRecord parentalConsent(String subjectId, Purpose purpose, Region jurisdiction, String channel,
			String evidence) {
		return ledger.parentalConsent(subjectId, purpose, jurisdiction, channel, evidence);
	}

	/**
	 * Records an action for a purpose and region given by their policy ids, as forms and APIs send them.
	 *
	 * @param jurisdictionId a region id, or null
	 * @throws LedgerException if the policy has no such purpose or region, or the action does not fit the purpose
	 */
	public ConsentRecord record(ConsentAction action, String subjectId, String purposeId, String jurisdictionId,
			String channel, String evidence) {
		return ledger.record(action, subjectId, purpose(purposeId), jurisdictionId == null ? null : region(jurisdictionId),
				channel, evidence);
	}

	/** Rebuilds the subject's consent state from their records; set their age before checking. */
	public SubjectConsent subject(String subjectId) {
		return ledger.subject(subjectId);
	}

	/**
	 * The purpose with this policy id.
	 *
	 * @throws LedgerException naming the policy's purposes if there is none by that id
	 */
	public static Purpose purpose(String id) {
		return Purpose.byId(id).orElseThrow(() -> new LedgerException("unknown purpose '" + id + "' in policy '"
				+ ${consentClass}.POLICY_ID + "'; known purposes: " + ids(Purpose.values())));
	}

	/**
	 * The region with this policy id.
	 *
	 * @throws LedgerException naming the policy's regions if there is none by that id
	 */
	public static Region region(String id) {
		return Region.byId(id).orElseThrow(() -> new LedgerException("unknown region '" + id + "' in policy '"
				+ ${consentClass}.POLICY_ID + "'; known regions: " + ids(Region.values())));
	}

	/** The untyped ledger underneath. */
	public ConsentLedger ledger() {
		return ledger;
	}

	/** Closes the store. */
	@Override
	public void close() {
		ledger.close();
	}

	private static String ids(Purpose[] purposes) {
		List<String> ids = new ArrayList<>();
		for (Purpose purpose : purposes) {
			ids.add(purpose.id());
		}
		return String.join(", ", ids);
	}

	private static String ids(Region[] regions) {
		List<String> ids = new ArrayList<>();
		for (Region region : regions) {
			ids.add(region.id());
		}
		return String.join(", ", ids);
	}
}
