// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.MethodModel;
import java.util.Comparator;

/**
 * The order of {@link DataFlow}'s sendings, by names only, so that it is the same whatever order the analysis
 * met the classes and methods in: by the method where the data is known (class, name, descriptor), the line
 * there, the SDK call (its method, line and API), then the data: reads (by the reading method, line and API)
 * before fields (by class and name). A finding made once for several sendings (the same method, line, party
 * and items) names the first: the least origin, not the first one found.
 */
final class SendingOrder {

    private SendingOrder() {}

    private static final Comparator<MethodModel> METHOD = Comparator.comparing((MethodModel m) -> m.owner.name)
            .thenComparing(m -> m.name)
            .thenComparing(m -> m.desc);

    private static final Comparator<DataFlow.ReadLabel> READ = Comparator.comparing(DataFlow.ReadLabel::reader, METHOD)
            .thenComparingInt(r -> r.read().line())
            .thenComparing(r -> r.read().match().api());

    /** The order. */
    static final Comparator<DataFlow.Sending> ORDER = Comparator.comparing(DataFlow.Sending::at, METHOD)
            .thenComparingInt(DataFlow.Sending::line)
            .thenComparing(s -> s.sink().method(), METHOD)
            .thenComparingInt(s -> s.sink().call().line())
            .thenComparing(s -> s.sink().call().api())
            .thenComparing(DataFlow.Sending::label, SendingOrder::compare);

    private static int compare(DataFlow.Label a, DataFlow.Label b) {
        if (a instanceof DataFlow.ReadLabel x && b instanceof DataFlow.ReadLabel y) {
            return READ.compare(x, y);
        }
        if (a instanceof DataFlow.FieldLabel x && b instanceof DataFlow.FieldLabel y) {
            return x.field().key().compareTo(y.field().key());
        }
        return a instanceof DataFlow.ReadLabel ? -1 : 1;
    }
}
