// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.notice.NoticeModel.Answer;
import dev.pledge.generator.notice.NoticeModel.Line;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The lines answers of the summary are made of. What the law requires a notice to give (who the
 * controllers are, every legal basis, every transfer destination and its safeguard, profiling and
 * automated decisions, every right of the law, how to object, withdraw consent and complain) is
 * shown {@link #all in full}; other lists may be {@link #some cut} to a few names followed by
 * "and N more", linked to the part of the full notice that lists them all.
 */
final class SummaryLines {

    private final Localizer lz;

    SummaryLines(Localizer lz) {
        this.lz = lz;
    }

    /** Every value, never cut; null when there are none. */
    Line all(String label, List<Value> values) {
        return values.isEmpty() ? null : new Line(label, values, null);
    }

    /**
     * At most {@code max} values, then "and N more" linked to a part of the full notice
     * ({@code anchor}); all of them when only one would be left out (it takes the room of "and 1
     * more"); null when there are no values.
     */
    Line some(String label, List<Value> values, String anchor, int max) {
        if (values.size() <= max + 1) {
            return all(label, values);
        }
        return new Line(label, values.subList(0, max), Value.ref(lz.msg("summary.more", values.size() - max), anchor));
    }

    /**
     * At most {@code max} values, then "and N more" (even "and 1 more"): for lines of long names, such as
     * purposes, where a name takes more room than the link.
     */
    Line first(String label, List<Value> values, String anchor, int max) {
        if (values.size() <= max) {
            return all(label, values);
        }
        return new Line(label, values.subList(0, max), Value.ref(lz.msg("summary.more", values.size() - max), anchor));
    }

    /** A fixed sentence of the notice on a line of its own, linked to the part of the full notice that explains it. */
    Line sentence(String key, String anchor) {
        return new Line(null, List.of(Value.ref(lz.msg(key), anchor)), null);
    }

    Answer answer(String topic, Line... lines) {
        return answer(topic, Arrays.asList(lines));
    }

    /** An answer of its non-empty lines; with none, the notice shows that nothing is stated. */
    Answer answer(String topic, List<Line> lines) {
        return new Answer(lz.msg(topic), lines.stream().filter(Objects::nonNull).toList());
    }
}
