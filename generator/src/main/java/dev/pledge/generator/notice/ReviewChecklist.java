// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.dsl.load.Finding;
import dev.pledge.generator.model.Basis;
import dev.pledge.generator.model.ContactRole;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataOrigin;
import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.notice.NoticeModel.Section;
import dev.pledge.generator.notice.ReviewItem.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The review checklist for the legal team's sign-off: for each element GDPR Art. 12-14 and 21(4)
 * require of a privacy notice ({@link ReviewElement}), whether the English notice gives it
 * (present, partial, absent, or not applicable when the policy does nothing that requires it),
 * where, and what to add to the policy: the findings of {@code pledge check} for it, or the clause
 * to write. "Present" means the policy states it; whether what it states is true and enough is
 * the reviewer's call.
 */
public final class ReviewChecklist {

    /** Plain English, the target of the generator's own text (Art. 12(1)). */
    static final double PLAIN = 60;
    /** The most sentences over 25 words a plain notice has, as a share. */
    static final double LONG_SHARE = 0.1;

    private final Policy policy;
    private final List<Finding> findings;
    private final Path base;
    private final NoticeModel notice;
    private final Messages messages = new Messages(Messages.ENGLISH, new Warnings());

    private ReviewChecklist(Policy policy, List<Finding> findings, Path base) {
        this.policy = policy;
        this.findings = findings;
        this.base = base.toAbsolutePath();
        this.notice = NoticeGenerator.model(policy, null, Messages.ENGLISH, new Warnings());
    }

    /**
     * The checklist of a policy.
     *
     * @param findings what {@code pledge check} reported on the policy's files (its warnings say what to add)
     * @param base the folder the findings' file names are shown relative to
     */
    public static List<ReviewItem> of(Policy policy, List<Finding> findings, Path base) {
        ReviewChecklist checklist = new ReviewChecklist(policy, List.copyOf(findings), base);
        return Arrays.stream(ReviewElement.values()).map(checklist::item).toList();
    }

    /** {@code <policy>.review.md}, next to the notices. */
    public static String fileName(Policy policy) {
        return policy.id().replaceAll("[^A-Za-z0-9._-]", "-") + ".review.md";
    }

    /**
     * The checklist as a Markdown file for the legal team: a table of the elements, the counts, a
     * sign-off line.
     *
     * @param base the folder file names are shown relative to
     */
    public static String markdown(Policy policy, List<ReviewItem> items, Path base) {
        String files = String.join(
                ", ", policy.files().stream().map(f -> Finding.display(f, base)).toList());
        return NoticeTemplates.render(
                "review.md.ftl",
                new Report(
                        policy.title() == null ? policy.id() : policy.title().text(),
                        policy.info().version(),
                        files,
                        NoticeGenerator.fileName(policy, NoticeFormat.HTML, Messages.ENGLISH),
                        items));
    }

    /** The data model of {@code review.md.ftl}. */
    public record Report(String title, String version, String files, String notice, List<ReviewItem> items) {

        public long count(String status) {
            return items.stream().filter(i -> i.status().name().equals(status)).count();
        }
    }

    private ReviewItem item(ReviewElement element) {
        if (!applies(element)) {
            return new ReviewItem(element.article, element.element, Status.NOT_APPLICABLE, List.of(), List.of());
        }
        List<String> toAdd = new ArrayList<>();
        findings.stream()
                .filter(f -> element.rules.contains(f.ruleId()))
                .map(f -> f.format(base).replace('\n', ' '))
                .forEach(toAdd::add);
        toAdd.addAll(gaps(element));
        boolean stated = stated(element);
        if (!stated && toAdd.isEmpty()) {
            toAdd.add("add `" + element.clause + "`");
        }
        Status status = !stated ? Status.ABSENT : toAdd.isEmpty() ? Status.PRESENT : Status.PARTIAL;
        return new ReviewItem(element.article, element.element, status, stated ? where(element) : List.of(), toAdd);
    }

    private boolean applies(ReviewElement element) {
        return switch (element) {
            case INTERESTS -> bases().anyMatch(b -> b.kinds().contains(LegalBasis.LEGITIMATE_INTEREST));
            case WITHDRAW -> bases().anyMatch(b -> b.kinds().stream().anyMatch(LegalBasis::isConsent));
            case LOGIC -> policy.purposes().stream().anyMatch(p -> p.profiling() || p.automatedDecisions());
            case SOURCE, TIMING -> fromOthers();
            default -> true;
        };
    }

    /** Whether the policy states (some of) the element. */
    private boolean stated(ReviewElement element) {
        return switch (element) {
            case PLAIN_LANGUAGE -> true;
            case CONTROLLER -> !policy.controllers().isEmpty();
            case DPO -> policy.contacts().stream().anyMatch(c -> c.role() == ContactRole.DPO);
            case PURPOSES -> !policy.purposes().isEmpty();
            case LEGAL_BASIS -> bases().anyMatch(b -> b.basis() != LegalBasis.UNSTATED);
            case INTERESTS -> bases().anyMatch(b -> b.interest() != null);
            case DATA -> !policy.items().isEmpty();
            case RECIPIENTS -> !policy.parties().isEmpty();
            case TRANSFERS -> !policy.transfers().isEmpty();
            case RETENTION ->
                !policy.retentions().isEmpty() || policy.purposes().stream().anyMatch(p -> p.retention() != null);
            case RIGHTS -> !policy.rights().isEmpty();
            case OBJECT, WITHDRAW -> section(element.anchors.get(0)) != null;
            case COMPLAINT ->
                policy.rights().stream().anyMatch(r -> r.kind() == RightKind.COMPLAINT)
                        || policy.regions().stream().anyMatch(r -> r.authority() != null);
            case PROVISION ->
                policy.info().provision() != null
                        || policy.purposes().stream().anyMatch(p -> p.provision() != null)
                        || policy.items().stream().anyMatch(i -> i.provision() != null);
            case AUTOMATED ->
                policy.info().automatedDecisions() != null
                        || policy.purposes().stream().anyMatch(p -> p.profiling() || p.automatedDecisions());
            case LOGIC ->
                policy.purposes().stream()
                        .flatMap(p -> Stream.of(p.profilingLogic(), p.decisionLogic()))
                        .filter(Objects::nonNull)
                        .anyMatch(l -> l.logic() != null);
            case SOURCE -> policy.items().stream().anyMatch(i -> !i.from().isEmpty());
            case TIMING ->
                !policy.info().told().isEmpty()
                        || policy.categories().stream().anyMatch(c -> !c.told().isEmpty())
                        || policy.items().stream().anyMatch(i -> !i.told().isEmpty());
        };
    }

    /** What the check does not report but a reviewer would: the parts of an element some declarations lack. */
    private List<String> gaps(ReviewElement element) {
        List<String> gaps = new ArrayList<>();
        switch (element) {
            case PLAIN_LANGUAGE -> {
                Readability notice = Readability.of(List.of(new NoticeGenerator()
                        .render(policy, NoticeFormat.TEXT, Messages.ENGLISH)
                        .text()
                        .split("\n")));
                if (notice.readingEase() < PLAIN || notice.longShare() > LONG_SHARE) {
                    gaps.add(String.format(
                            java.util.Locale.ROOT,
                            "the English notice reads at Flesch %.0f (plain English is %.0f or more) with %d of %d"
                                    + " sentences over %d words: write the policy's texts in shorter sentences and"
                                    + " plainer words",
                            notice.readingEase(),
                            PLAIN,
                            notice.longSentences(),
                            notice.sentences(),
                            Readability.LONG));
                }
            }
            case TRANSFERS ->
                policy.transfers().stream()
                        .filter(t -> t.mechanisms().isEmpty() && t.safeguards().isEmpty())
                        .forEach(t -> gaps.add("transfer `" + t.id()
                                + "` names no safeguard: add `by standard-contractual-clauses` (or the mechanism it"
                                + " uses)"));
            default -> {}
        }
        return gaps;
    }

    /** The parts of the English notice that give the element: {@code Why we use your data (#purposes)}. */
    private List<String> where(ReviewElement element) {
        List<String> where = new ArrayList<>();
        if (element == ReviewElement.PLAIN_LANGUAGE) {
            where.add(notice.summary().heading() + " (#" + notice.summary().anchor() + ")");
        }
        for (String anchor : element.anchors) {
            Section section = section(anchor);
            if (section != null) {
                where.add(section.heading() + " (#" + section.anchor() + ")");
            }
        }
        for (String key : element.facts) {
            String label = messages.get(key);
            for (Section section : notice.sections()) {
                if (section.facts().stream().anyMatch(f -> f.label().equals(label))) {
                    where.add("\"" + label + "\" in " + section.heading() + " (#" + section.anchor() + ")");
                }
                long entries = NoticeModel.flat(section.entries()).stream()
                        .filter(e -> e.facts().stream().anyMatch(f -> f.label().equals(label)))
                        .count();
                if (entries > 0) {
                    where.add("\"" + label + "\" in " + entries + (entries == 1 ? " entry" : " entries") + " of "
                            + section.heading() + " (#" + section.anchor() + ")");
                }
            }
        }
        return where;
    }

    private Section section(String anchor) {
        return notice.sections().stream()
                .filter(s -> s.anchor().equals(anchor))
                .findFirst()
                .orElse(null);
    }

    private Stream<Basis> bases() {
        return policy.purposes().stream().map(Purpose::bases).flatMap(List::stream);
    }

    private boolean fromOthers() {
        return policy.items().stream()
                        .anyMatch(i -> i.origin() == DataOrigin.THIRD_PARTY
                                || !i.from().isEmpty())
                || policy.categories().stream().map(DataCategory::origin).anyMatch(o -> o == DataOrigin.THIRD_PARTY);
    }
}
