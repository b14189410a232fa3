// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.pledge.scanner.model.CodeRef;
import java.nio.file.Path;
import java.util.List;

/** The data map as JSON: {@code {"policy", "items": [...], "parties": [...], "purposes": [...]}}. */
final class DataMapJson {

    static final String FORMAT = "pledge-data-map/1";

    private DataMapJson() {}

    static String write(DataMap map, Path base) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("policy", map.policy());
        JsonArray items = new JsonArray();
        for (DataMap.ItemUse item : map.items()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", item.id());
            json.addProperty("title", item.title());
            json.addProperty("declared", item.declared());
            json.add("purposes", strings(item.purposes()));
            json.add("sharedWith", strings(item.parties()));
            JsonArray reads = new JsonArray();
            for (DataMap.Read read : item.reads()) {
                JsonObject r = code(read.at(), base);
                if (read.field()) {
                    r.addProperty("field", read.api());
                } else {
                    r.addProperty("api", read.api());
                }
                r.add("purposes", strings(read.purposes()));
                r.add("sharedWith", strings(read.parties()));
                if (!read.reachable()) {
                    r.addProperty("reachable", false);
                }
                reads.add(r);
            }
            json.add("reads", reads);
            items.add(json);
        }
        root.add("items", items);
        JsonArray parties = new JsonArray();
        for (DataMap.PartyUse party : map.parties()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", party.id());
            json.addProperty("title", party.title());
            json.addProperty("declared", party.declared());
            json.add("items", strings(party.items()));
            json.add("receives", strings(party.receives()));
            JsonArray calls = new JsonArray();
            for (DataMap.SdkCall call : party.calls()) {
                JsonObject c = code(call.at(), base);
                c.addProperty("api", call.api());
                c.add("items", strings(call.items()));
                calls.add(c);
            }
            json.add("calls", calls);
            parties.add(json);
        }
        root.add("parties", parties);
        JsonArray purposes = new JsonArray();
        for (DataMap.PurposeUse use : map.purposes()) {
            JsonObject json = code(use.at(), base);
            json.add("purposes", strings(use.purposes()));
            json.add("declared", strings(use.declared()));
            json.add("used", strings(use.used()));
            purposes.add(json);
        }
        root.add("purposes", purposes);
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }

    private static JsonObject code(CodeRef at, Path base) {
        JsonObject json = new JsonObject();
        json.addProperty("class", at.className());
        if (at.method() != null) {
            json.addProperty("method", at.method());
        }
        json.addProperty("file", file(at, base));
        json.addProperty("line", at.line());
        if (at.caller() != null) {
            json.addProperty(
                    "inlinedAt", file(at.caller(), base) + ":" + at.caller().line());
        }
        return json;
    }

    static String file(CodeRef at, Path base) {
        return at.place(base);
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
