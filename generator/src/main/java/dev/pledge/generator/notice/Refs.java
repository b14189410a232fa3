// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Commitment;
import dev.pledge.generator.model.Controller;
import dev.pledge.generator.model.DataCategory;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Region;
import dev.pledge.generator.model.RequestProcedure;
import dev.pledge.generator.model.Service;
import dev.pledge.generator.model.Text;
import dev.pledge.generator.notice.NoticeModel.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names the policy's declarations in the notice's language, with the anchor of their entry in the
 * full notice. References by id resolve to titles; an id the policy does not declare (a checked
 * policy has none) is shown as written.
 */
final class Refs {

    private final Localizer lz;
    private final Map<String, Value> values = new HashMap<>();

    Refs(Policy policy, Localizer lz) {
        this.lz = lz;
        register("controller", policy.controllers(), Controller::id, Controller::title);
        register("region", policy.regions(), Region::id, Region::title);
        register("category", policy.categories(), DataCategory::id, DataCategory::title);
        register("item", policy.items(), DataItem::id, DataItem::title);
        register("service", policy.services(), Service::id, Service::title);
        register("purpose", policy.purposes(), Purpose::id, Purpose::title);
        register("party", policy.parties(), Party::id, Party::title);
        register("procedure", policy.procedures(), RequestProcedure::id, RequestProcedure::title);
        register("commitment", policy.commitments(), Commitment::id, Commitment::title);
    }

    /** The subject of a warning about a declaration's text: {@code purpose 'ads': title}. */
    static String subject(String kind, String id, String field) {
        return kind + " '" + id + "': " + field;
    }

    /** The anchor of a declaration's entry: {@code purpose-ads}. */
    static String anchor(String kind, String id) {
        return kind + "-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The title of a declaration, or its id when it has none. */
    String title(String kind, String id, Text title) {
        String text = lz.text(title, subject(kind, id, "title"));
        return text == null || text.isEmpty() ? id : text;
    }

    /** A declared name (item, category, purpose...) by id. */
    Value ref(String id) {
        Value value = values.get(id);
        return value != null ? value : Value.of(id);
    }

    List<Value> refs(List<String> ids) {
        return ids.stream().distinct().map(this::ref).toList();
    }

    private <T> void register(String kind, List<T> declarations, Function<T, String> id, Function<T, Text> title) {
        for (T declaration : declarations) {
            String name = id.apply(declaration);
            values.putIfAbsent(name, Value.ref(title(kind, name, title.apply(declaration)), anchor(kind, name)));
        }
    }
}
