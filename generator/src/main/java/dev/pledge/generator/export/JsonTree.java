// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.Channel;
import dev.pledge.generator.model.Duration;
import dev.pledge.generator.model.Period;
import dev.pledge.generator.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small helpers to build the maps {@link Json} writes: objects that leave out absent values, view values as JSON. */
final class JsonTree {

    private final Map<String, Object> object = new LinkedHashMap<>();

    static JsonTree object() {
        return new JsonTree();
    }

    /** Adds a member unless the value is null. */
    JsonTree put(String name, Object value) {
        if (value != null) {
            object.put(name, value);
        }
        return this;
    }

    Map<String, Object> build() {
        return object;
    }

    /** A text as {@code {"en": "...", "zh": "..."}}, languages in the order written; null stays null. */
    static Map<String, Object> text(Text text) {
        if (text == null) {
            return null;
        }
        return new LinkedHashMap<>(text.translations());
    }

    static List<Object> texts(List<Text> texts) {
        return texts.stream().map(t -> (Object) text(t)).toList();
    }

    static Map<String, Object> channel(Channel channel) {
        return channel == null
                ? null
                : object().put("kind", channel.kind().id())
                        .put("value", text(channel.value()))
                        .build();
    }

    static List<Object> channels(List<Channel> channels) {
        return channels.stream().map(c -> (Object) channel(c)).toList();
    }

    static Map<String, Object> duration(Duration duration) {
        return duration == null
                ? null
                : object().put("amount", duration.amount())
                        .put("unit", duration.unit().id())
                        .build();
    }

    static Map<String, Object> period(Period period) {
        return period == null
                ? null
                : object().put("duration", duration(period.duration()))
                        .put("trigger", text(period.trigger()))
                        .build();
    }

    static <E extends Enum<E>> List<Object> keywords(List<E> values, Function<E, String> id) {
        return values.stream().map(v -> (Object) id.apply(v)).toList();
    }
}
