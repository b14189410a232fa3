// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The summary's answers about the person's rights. The right to object comes first, in an answer
 * of its own (GDPR Art. 21(4): explicitly, clearly and separately), then withdrawing consent
 * (Art. 13(2)(c)), then every other right of the policy, one name per kind and none left out
 * (Art. 13(2)(b)), how to use them, and how to complain (Art. 13(2)(d)).
 */
final class RightsSummary {

    /** The kinds with an answer of their own; the "your rights" answer names the others. */
    private static final Set<RightKind> OWN_ANSWER =
            EnumSet.of(RightKind.OBJECT, RightKind.WITHDRAW_CONSENT, RightKind.COMPLAINT);

    /**
     * The most ways to withdraw consent named: those of {@code right withdraw-consent} come first, then
     * those of each purpose, which the full notice lists with the purpose.
     */
    static final int WITHDRAW_CHANNELS = 2;

    private final Policy policy;
    private final Localizer lz;
    private final Refs refs;
    private final SummaryLines lines;
    private final RightsSections sections;

    RightsSummary(Policy policy, Localizer lz, Refs refs, SummaryLines lines, RightsSections sections) {
        this.policy = policy;
        this.lz = lz;
        this.refs = refs;
        this.lines = lines;
        this.sections = sections;
    }

    /** What the person can object to, and how; nothing when the policy declares no right to object. */
    Answer objection() {
        List<Right> rights = sections.ofKind(RightKind.OBJECT);
        List<Line> answer = new ArrayList<>();
        if (!rights.isEmpty()) {
            boolean interests = !sections.purposes(LegalBasis::isObjectable).isEmpty();
            boolean marketing = !policy.marketing().isEmpty();
            if (interests) {
                answer.add(lines.sentence("summary.object-interests", RightsSections.OBJECT));
            }
            if (marketing) {
                answer.add(lines.sentence("summary.object-marketing", RightsSections.OBJECT));
            }
            if (!interests && !marketing) {
                answer.add(lines.sentence("summary.object-any", RightsSections.OBJECT));
            }
            answer.add(how(rights.stream().flatMap(this::channels), RightsSections.OBJECT, SummaryBuilder.CHANNELS));
        }
        return lines.answer("summary.object", answer);
    }

    /** That consent can be withdrawn at any time, and how; nothing when no purpose rests on consent. */
    Answer withdrawal() {
        List<Right> rights = sections.ofKind(RightKind.WITHDRAW_CONSENT);
        List<Purpose> consented = policy.purposes().stream()
                .filter(p -> p.bases().stream().flatMap(b -> b.kinds().stream()).anyMatch(LegalBasis::isConsent))
                .toList();
        List<Line> answer = new ArrayList<>();
        if (!rights.isEmpty() || !consented.isEmpty()) {
            answer.add(lines.sentence("summary.withdraw-any-time", RightsSections.WITHDRAW));
            Stream<Value> purposeChannels = consented.stream()
                    .flatMap(p -> lz.channels(p.withdraw(), Refs.subject("purpose", p.id(), "withdraw")).stream());
            answer.add(how(
                    Stream.concat(rights.stream().flatMap(this::channels), purposeChannels),
                    RightsSections.WITHDRAW,
                    WITHDRAW_CHANNELS));
        }
        return lines.answer("summary.withdraw", answer);
    }

    /**
     * Every other right, one name per kind, in the order of the law (other controls last), never
     * cut; then how to use them (the first few ways) and how soon the answer comes.
     */
    Answer rights() {
        List<Value> kinds = new ArrayList<>();
        for (RightKind kind : RightKind.values()) {
            if (!OWN_ANSWER.contains(kind)) {
                sections.ofKind(kind).stream()
                        .findFirst()
                        .ifPresent(first ->
                                kinds.add(Value.ref(lz.keyword("right", kind), Refs.anchor("right", first.id()))));
            }
        }
        List<Right> others = policy.rights().stream()
                .filter(r -> !OWN_ANSWER.contains(r.kind()))
                .sorted((a, b) -> a.kind().compareTo(b.kind()))
                .toList();
        return lines.answer(
                "summary.rights",
                lines.all(null, kinds),
                how(others.stream().flatMap(this::channels), "rights", SummaryBuilder.CHANNELS),
                lines.some(
                        lz.msg("summary.within"),
                        SummaryBuilder.texts(others.stream().map(sections::deadline)),
                        "rights",
                        SummaryBuilder.NAMES));
    }

    /**
     * That the person can complain, how (the first few ways of {@code right complaint}), and the
     * supervisory authorities the regions link to (the first few).
     */
    Answer complaint() {
        List<Right> rights = sections.ofKind(RightKind.COMPLAINT);
        List<Region> authorities = policy.regions().stream()
                .filter(r -> r.authority() != null && (r.authorityUrl() != null || rights.isEmpty()))
                .toList();
        List<Line> answer = new ArrayList<>();
        if (!rights.isEmpty() || !authorities.isEmpty()) {
            String anchor = rights.isEmpty()
                    ? "regions"
                    : Refs.anchor("right", rights.get(0).id());
            answer.add(lines.sentence("summary.complain", anchor));
            answer.add(how(rights.stream().flatMap(this::channels), "rights", SummaryBuilder.CHANNELS));
            List<Value> named = new ArrayList<>();
            for (Region region : authorities) {
                String authority = lz.text(region.authority(), Refs.subject("region", region.id(), "authority"));
                String prefix = lz.prefixed(refs.ref(region.id()).text());
                named.add(
                        region.authorityUrl() == null
                                ? Value.ref(prefix, authority, Refs.anchor("region", region.id()))
                                : Value.link(prefix, authority, Links.web(region.authorityUrl())));
            }
            answer.add(lines.some(lz.msg("summary.authorities"), named, "regions", SummaryBuilder.NAMES));
        }
        return lines.answer("summary.complaint", answer);
    }

    /** "How" and the first few distinct ways, then "and N more" linked to the part that lists them all. */
    private Line how(Stream<Value> channels, String anchor, int max) {
        return lines.some(lz.msg("summary.how"), channels.distinct().toList(), anchor, max);
    }

    private Stream<Value> channels(Right right) {
        return lz.channels(right.channels(), Refs.subject("right", right.id(), "via")).stream();
    }
}
