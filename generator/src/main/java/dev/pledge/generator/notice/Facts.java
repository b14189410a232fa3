// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the facts of an entry, leaving out what the policy does not state. */
final class Facts {

    private final List<Fact> facts = new ArrayList<>();

    /** Names or phrases on one line; nothing when there are none. */
    Facts add(String label, List<Value> values) {
        if (!values.isEmpty()) {
            facts.add(new Fact(label, values, false));
        }
        return this;
    }

    /** One value; nothing when null. */
    Facts add(String label, Value value) {
        return value == null ? this : add(label, List.of(value));
    }

    /** One text; nothing when null. */
    Facts add(String label, String text) {
        return text == null ? this : add(label, Value.of(text));
    }

    /** Sentences as a bulleted list; nothing when there are none. */
    Facts sentences(String label, List<String> texts) {
        List<Value> values =
                texts.stream().filter(Objects::nonNull).map(Value::of).toList();
        if (!values.isEmpty()) {
            facts.add(new Fact(label, values, true));
        }
        return this;
    }

    /** Links as a bulleted list (several) or on one line (one); texts that are no address stay text. */
    Facts links(String label, List<String> addresses) {
        List<Value> values =
                addresses.stream().map(a -> Value.link(null, a, Links.any(a))).toList();
        if (!values.isEmpty()) {
            facts.add(new Fact(label, values, values.size() > 1));
        }
        return this;
    }

    /** Channels (how to do something), each on its own line. */
    Facts channels(String label, List<Value> channels) {
        if (!channels.isEmpty()) {
            facts.add(new Fact(label, channels, channels.size() > 1));
        }
        return this;
    }

    List<Fact> build() {
        return List.copyOf(facts);
    }
}
