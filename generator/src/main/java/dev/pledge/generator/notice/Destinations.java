// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.model.Transfer;
import dev.pledge.generator.model.TransferMechanism;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where data goes, and under which safeguard (GDPR Art. 13(1)(f)): every region a transfer takes
 * data to and every region a recipient is in, each under the safeguard it relies on, in full. A
 * line per safeguard and region data leaves ({@code Standard contractual clauses, from the EEA:
 * Global}), or per safeguard only when that would take more than {@link #LINES} lines. "Permitted by
 * law" always says which law: the laws of the region data leaves, or else that region's law (which
 * also says where the data comes from).
 */
final class Destinations {

    /** The most lines before destinations are grouped by safeguard only. */
    static final int LINES = 6;

    /**
     * The most destinations a line names; a line with more says how many there are instead (linked
     * to the full list), so that no list of destinations looks complete when it is not.
     */
    static final int NAMED = 12;

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;

    Destinations(Policy policy, Localizer lz, Refs refs) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
    }

    List<Line> lines() {
        Map<String, Set<String>> groups = groups(true);
        if (groups.size() > LINES) {
            groups = groups(false);
        }
        List<Line> lines = new ArrayList<>();
        String anchor = policy.transfers().isEmpty() ? "recipients" : "transfers";
        groups.forEach((label, regions) -> lines.add(new Line(
                label,
                regions.size() <= NAMED
                        ? refs.refs(inPolicyOrder(regions))
                        : List.of(Value.ref(lz.msg("summary.regions", regions.size()), anchor)),
                null)));
        return lines;
    }

    /** Destination regions by the label of their safeguard, in the order first met. */
    private Map<String, Set<String>> groups(boolean withOrigin) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Transfer transfer : policy.transfers()) {
            String label = safeguards(transfer.mechanisms(), transfer.from());
            boolean byLawOnly = transfer.mechanisms().stream().allMatch(m -> m == TransferMechanism.PERMITTED_BY_LAW);
            if (withOrigin
                    && !transfer.from().isEmpty()
                    && !(byLawOnly && !transfer.mechanisms().isEmpty())) {
                label = lz.msg("summary.from", label, names(transfer.from()));
            }
            groups.computeIfAbsent(label, l -> new LinkedHashSet<>()).addAll(transfer.to());
        }
        for (Party party : policy.parties()) {
            if (!party.locations().isEmpty()) {
                groups.computeIfAbsent(safeguards(party.mechanisms(), List.of()), l -> new LinkedHashSet<>())
                        .addAll(party.locations());
            }
        }
        return groups;
    }

    /** The safeguards of a transfer or recipient, as one label; "no safeguard stated" for none. */
    String safeguards(List<TransferMechanism> mechanisms, List<String> from) {
        if (mechanisms.isEmpty()) {
            return lz.msg("summary.no-safeguard");
        }
        return String.join(
                lz.msg("comma"),
                mechanisms.stream().map(m -> safeguard(m, from)).toList());
    }

    /**
     * A safeguard in words; "permitted by law" names the law: {@code Permitted by law (Relevant
     * Russian law)}, or {@code Permitted by law (law of Mainland China)} when the region states none.
     */
    String safeguard(TransferMechanism mechanism, List<String> from) {
        if (mechanism != TransferMechanism.PERMITTED_BY_LAW || from.isEmpty()) {
            return lz.keyword("mechanism", mechanism);
        }
        List<String> laws = new ArrayList<>();
        for (String id : from) {
            List<Text> stated = policy.region(id).map(Region::laws).orElse(List.of());
            if (stated.isEmpty()) {
                laws.add(lz.msg("summary.law-of", refs.ref(id).text()));
            } else {
                laws.addAll(lz.texts(stated, Refs.subject("region", id, "law")));
            }
        }
        return lz.msg("summary.permitted-by", lz.keyword("mechanism", mechanism), String.join(lz.msg("comma"), laws));
    }

    private String names(List<String> regions) {
        return String.join(
                lz.msg("comma"), refs.refs(regions).stream().map(Value::text).toList());
    }

    /** Region ids in the order the policy declares its regions (ids it does not declare last). */
    private List<String> inPolicyOrder(Set<String> regions) {
        List<String> ordered = new ArrayList<>(policy.regions().stream()
                .map(Region::id)
                .filter(regions::contains)
                .toList());
        regions.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }
}
