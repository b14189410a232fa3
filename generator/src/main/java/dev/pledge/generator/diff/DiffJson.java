// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.export.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diff as JSON: {@code before}/{@code after} ({@code policy}, {@code version}), {@code counts}
 * (per kind), {@code purposes} (each changed purpose: {@code purpose}, {@code impact}
 * {@code fresh-consent|notice}, {@code reasons}, {@code oldVersion}, {@code newVersion},
 * {@code versionRaised}), {@code restructures} (since 1.1: removed declarations the new version says
 * differently: {@code kind}, {@code before}, {@code afterKind}, {@code after}, see {@link Restructure})
 * and {@code changes} ({@code kind}, {@code subject}, then the change's own values, see
 * {@link Change#details()}).
 */
public final class DiffJson {

    /** Version of this document format. */
    public static final String FORMAT_VERSION = "1.1";

    private DiffJson() {}

    public static String write(PolicyDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("formatVersion", FORMAT_VERSION);
        json.put("before", version(diff.before()));
        json.put("after", version(diff.after()));
        json.put("counts", new LinkedHashMap<String, Object>(diff.counts()));
        json.put("purposes", diff.purposes().stream().map(DiffJson::impact).toList());
        json.put(
                "restructures",
                diff.restructures().stream().map(DiffJson::restructure).toList());
        json.put("changes", diff.changes().stream().map(DiffJson::change).toList());
        return Json.write(json);
    }

    private static Map<String, Object> version(PolicyDiff.Version version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("policy", version.policy());
        json.put("version", version.version());
        return json;
    }

    private static Object impact(PurposeImpact impact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("purpose", impact.purpose());
        json.put("impact", impact.impact().id());
        json.put("reasons", List.copyOf(impact.reasons()));
        json.put("oldVersion", impact.oldVersion());
        json.put("newVersion", impact.newVersion());
        json.put("versionRaised", impact.versionRaised());
        return json;
    }

    private static Object restructure(Restructure restructure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", restructure.kind());
        json.put("before", restructure.before());
        json.put("afterKind", restructure.afterKind());
        json.put("after", restructure.after());
        return json;
    }

    private static Object change(Change change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", change.kind());
        json.put("subject", change.subject());
        json.putAll(change.details());
        return json;
    }
}
