// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Commitment;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Promise;
import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;

/** The policy's commitments, each promise as one sentence in the notice's language. */
final class CommitmentSections {

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;

    CommitmentSections(Policy policy, Localizer lz, Refs refs) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
    }

    Section commitments() {
        List<Entry> entries = new ArrayList<>();
        for (Commitment c : policy.commitments()) {
            String subject = "commitment '" + c.id() + "': ";
            Facts facts = new Facts()
                    .sentences(
                            lz.msg("fact.promises"),
                            c.promises().stream().map(this::sentence).toList());
            entries.add(Sections.entry(
                    "commitment",
                    c.id(),
                    refs.title("commitment", c.id(), c.title()),
                    facts,
                    lz.text(c.description(), subject + "description")));
        }
        return Sections.of("commitments", lz.msg("section.commitments"), entries);
    }

    /** {@code We do not share Email with Advertising partners (for: Ads), except: When the law requires it.} */
    String sentence(Promise p) {
        String text = switch (p.kind()) {
            case NO_SHARING -> noSharing(p);
            case NOT_LINKED -> lz.msg("promise.not-linked", names(refs.refs(p.data())), names(refs.refs(p.others())));
            case NO_TRANSFER_OUT_OF -> lz.msg("promise.no-transfer-out-of", names(refs.refs(p.regions())));
            default -> lz.keyword("promise", p.kind());
        };
        return lz.msg("promise.sentence", text);
    }

    private String noSharing(Promise p) {
        List<Value> recipients = new ArrayList<>(refs.refs(p.parties()));
        p.kinds().forEach(k -> recipients.add(Value.of(lz.keyword("party-kind", k))));
        String data = names(refs.refs(p.data()));
        String text = recipients.isEmpty()
                ? lz.msg("promise.no-sharing-anyone", data)
                : lz.msg("promise.no-sharing", data, names(recipients));
        if (!p.purposes().isEmpty()) {
            text = lz.msg("value.disclosure", text, names(refs.refs(p.purposes())));
        }
        if (!p.exceptions().isEmpty()) {
            text = lz.msg(
                    "promise.except",
                    text,
                    names(p.exceptions().stream()
                            .map(t -> Value.of(lz.keyword("trigger", t)))
                            .toList()));
        }
        return text;
    }

    private String names(List<Value> values) {
        return String.join(lz.msg("comma"), values.stream().map(Value::text).toList());
    }
}
