package dev.pledge.generator.notice;

import dev.pledge.generator.model.Contact;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Retention;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.Tracking;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.notice.NoticeModel.Cell;
import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Row;
import dev.pledge.generator.notice.NoticeModel.Summary;
import dev.pledge.generator.notice.NoticeModel.Table;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first layer of the notice: who is responsible and how to reach them; one row per data
 * category saying what data, who receives it, where it goes and how long it is kept; one row per
 * legal basis saying why (each purpose once) and with what data; then the rights and how to use
 * them. Nothing is repeated row after row: a purpose would otherwise appear once per category it
 * touches, and a default retention period once per category.
 */
final class SummaryBuilder {

	private final Policy policy;
	private final Localizer lz;
	private final Refs refs;
	private final RightsSections rights;

	private static final int WHAT = 0;
	private static final int WHO = 1;
	private static final int WHERE = 2;
	private static final int HOW_LONG = 3;

	SummaryBuilder(Policy policy, Localizer lz, Refs refs, RightsSections rights) {
		this.policy = policy;
		this.lz = lz;
		this.refs = refs;
		this.rights = rights;
	}

	Summary build() {
		Set<String> named = new LinkedHashSet<>();
		List<List<Cell>> rows = new ArrayList<>();
		for (DataCategory category : policy.categories()) {
			List<String> items = category.items().stream().map(DataItem::id).toList();
			List<Purpose> purposes = policy.purposes().stream().filter(p -> p.items().stream().anyMatch(items::contains))
					.toList();
			List<String> recipients = recipients(items);
			named.addAll(recipients);
			rows.add(List.of(new Cell(refs.ref(category.id()), itemValues(category)), cell(refs.refs(recipients)),
					cell(refs.refs(destinations(recipients))), cell(retention(category, items, purposes))));
		}
		List<String> headers = List.of(lz.msg("summary.what"), lz.msg("summary.who"), lz.msg("summary.where"),
				lz.msg("summary.how-long"));
		Facts facts = contacts();
		// a column that says the same in every row is said once, above the table
		boolean sameWhere = same(rows, WHERE);
		boolean sameHowLong = same(rows, HOW_LONG);
		if (sameWhere) {
			facts.add(headers.get(WHERE), rows.get(0).get(WHERE).values());
		}
		if (sameHowLong) {
			List<Value> kept = rows.get(0).get(HOW_LONG).values();
			facts.add(headers.get(HOW_LONG), kept.equals(defaultRules()) ? defaultPeriods() : kept);
		} else {
			defaultPeriods().forEach(period -> facts.add(ruleTitle(period.anchor()), period));
		}
		List<Integer> columns = new ArrayList<>(List.of(WHAT, WHO));
		if (!sameWhere) {
			columns.add(WHERE);
		}
		if (!sameHowLong) {
			columns.add(HOW_LONG);
		}
		Table data = new Table(lz.msg("summary.data-caption"), columns.stream().map(headers::get).toList(),
				rows.stream().map(row -> new Row(columns.stream().map(row::get).toList())).toList());
		List<String> others = policy.parties().stream().map(Party::id).filter(id -> !named.contains(id)).toList();
		Fact othersFact = others.isEmpty() ? null : new Fact(lz.msg("summary.others"), refs.refs(others), false);
		return new Summary("summary", lz.msg("chrome.summary"), lz.msg("summary.intro"), facts.build(), data, othersFact,
				purposesTable(), rightsTable());
	}

	/** Whether every row (at least one) has the same values in a column. */
	private static boolean same(List<List<Cell>> rows, int column) {
		return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column).values().equals(rows.get(0).get(column).values()));
	}

	/** One row per legal basis: the purposes resting on it (each purpose once) and the data they use. */
	private Table purposesTable() {
		List<Row> rows = new ArrayList<>();
		for (LegalBasis basis : LegalBasis.values()) {
			List<Purpose> purposes = policy.purposes().stream().filter(p -> p.basis() == basis).toList();
			if (purposes.isEmpty()) {
				continue;
			}
			Set<String> categories = new LinkedHashSet<>();
			for (DataCategory category : policy.categories()) {
				if (category.items().stream().anyMatch(i -> purposes.stream().anyMatch(p -> p.items().contains(i.id())))) {
					categories.add(category.id());
				}
			}
			rows.add(new Row(List.of(new Cell(Value.of(lz.keyword("basis", basis)), List.of()),
					cell(refs.refs(purposes.stream().map(Purpose::id).toList())), cell(refs.refs(List.copyOf(categories))))));
		}
		return new Table(lz.msg("summary.purposes-caption"), List.of(lz.msg("summary.basis"), lz.msg("summary.why"),
				lz.msg("summary.data-used")), rows);
	}

	private List<Value> itemValues(DataCategory category) {
		return category.items().stream().map(item -> {
			Value ref = refs.ref(item.id());
			return item.sensitive() ? Value.ref(lz.msg("summary.sensitive-item", ref.text()), ref.anchor()) : ref;
		}).toList();
	}

	/** Parties that receive any of the items, or track them, in the policy's order. */
	private List<String> recipients(List<String> items) {
		Set<String> recipients = new LinkedHashSet<>();
		for (Party party : policy.parties()) {
			if (party.receivedItems().stream().anyMatch(items::contains)) {
				recipients.add(party.id());
			}
		}
		for (Tracking tracking : policy.trackings()) {
			if (tracking.items().stream().anyMatch(items::contains)) {
				recipients.addAll(tracking.parties());
			}
		}
		return policy.parties().stream().map(Party::id).filter(recipients::contains).toList();
	}

	/** Where the recipients are, and where transfers take data (all of it, or these recipients'). */
	private List<String> destinations(List<String> recipients) {
		Set<String> regions = new LinkedHashSet<>();
		policy.parties().stream().filter(p -> recipients.contains(p.id())).forEach(p -> regions.addAll(p.locations()));
		for (Transfer transfer : policy.transfers()) {
			if (transfer.recipients().isEmpty() || transfer.recipients().stream().anyMatch(recipients::contains)) {
				regions.addAll(transfer.to());
			}
		}
		return List.copyOf(regions);
	}

	/**
	 * The purposes' retention and the rules that cover the data, in words; else a link to the
	 * default rules, whose periods the summary's facts give once.
	 */
	private List<Value> retention(DataCategory category, List<String> items, List<Purpose> purposes) {
		Set<String> periods = new LinkedHashSet<>();
		for (Purpose purpose : purposes) {
			if (purpose.retention() != null) {
				periods.add(lz.period(purpose.retention(), Refs.subject("purpose", purpose.id(), "retention")));
			}
		}
		List<String> covering = Stream.concat(Stream.of(category.id()),
				Stream.concat(items.stream(), purposes.stream().map(Purpose::id))).toList();
		for (Retention rule : policy.retentions()) {
			if (rule.targets().stream().anyMatch(covering::contains)) {
				periods.add(rule.period() != null ? lz.period(rule.period(), Refs.subject("retention", rule.id(), "keep"))
						: ruleTitle(rule));
			}
		}
		return periods.isEmpty() ? defaultRules() : periods.stream().map(Value::of).toList();
	}

	/** The default retention rules by title, linked to their entries. */
	private List<Value> defaultRules() {
		return policy.retentions().stream().filter(Retention::isDefault)
				.map(rule -> Value.ref(ruleTitle(rule), Refs.anchor("retention", rule.id()))).toList();
	}

	/** The default retention rules' periods (their titles when they state none), linked to their entries. */
	private List<Value> defaultPeriods() {
		return policy.retentions().stream().filter(Retention::isDefault)
				.map(rule -> Value.ref(rule.period() == null ? ruleTitle(rule)
						: lz.period(rule.period(), Refs.subject("retention", rule.id(), "keep")), Refs.anchor("retention", rule.id())))
				.toList();
	}

	private String ruleTitle(Retention rule) {
		return rule.title() == null ? lz.msg("section.retention") : refs.title("retention", rule.id(), rule.title());
	}

	/** The title of the retention rule an entry anchor names. */
	private String ruleTitle(String anchor) {
		return policy.retentions().stream().filter(r -> Refs.anchor("retention", r.id()).equals(anchor)).findFirst()
				.map(this::ruleTitle).orElseThrow();
	}

	/** Who is responsible, and how to reach them. */
	private Facts contacts() {
		Facts facts = new Facts().add(lz.msg("summary.controllers"),
				refs.refs(policy.controllers().stream().map(c -> c.id()).toList()));
		List<Value> contacts = new ArrayList<>();
		for (Contact contact : policy.contacts()) {
			String reach = Stream.of(contact.emails(), contact.urls(), contact.phones()).flatMap(List::stream).findFirst()
					.orElse(null);
			if (reach != null) {
				contacts.add(Value.link(lz.prefixed(refs.title("contact", contact.id(), contact.title())), reach,
						Links.any(reach)));
			}
		}
		return facts.channels(lz.msg("summary.contacts"), contacts);
	}

	private Table rightsTable() {
		List<Row> rows = new ArrayList<>();
		for (Right right : policy.rights()) {
			String deadline = rights.deadline(right);
			String fee = lz.text(right.fee(), Refs.subject("right", right.id(), "fee"));
			rows.add(new Row(List.of(new Cell(Value.ref(rights.rightTitle(right), Refs.anchor("right", right.id())), List.of()),
					cell(lz.channels(right.channels(), "right '" + right.id() + "': via")),
					cell(deadline == null ? List.of() : List.of(Value.of(deadline))),
					cell(fee == null ? List.of() : List.of(Value.of(fee))))));
		}
		return new Table(lz.msg("summary.rights-caption"), List.of(lz.msg("summary.right"), lz.msg("summary.how"),
				lz.msg("summary.within"), lz.msg("summary.fee")), rows);
	}

	private Cell cell(List<Value> values) {
		return new Cell(null, values);
	}
}
