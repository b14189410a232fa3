// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.generator.template.TemplateConfigurations;
import dev.pledge.scanner.model.CodeRef;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The data map as one self-contained HTML page (inline CSS, no scripts, no external resources). */
final class DataMapHtml {

    private static final Configuration CONFIGURATION =
            TemplateConfigurations.deterministic(DataMapHtml.class, "/dev/pledge/scanner");

    private DataMapHtml() {}

    static String write(DataMap map, Path base) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("policy", map.policy());
        model.put(
                "items",
                map.items().stream()
                        .map(item -> Map.of(
                                "id",
                                item.id(),
                                "title",
                                item.title(),
                                "declared",
                                item.declared(),
                                "purposes",
                                item.purposes(),
                                "parties",
                                item.parties(),
                                "reads",
                                item.reads().stream()
                                        .map(read -> Map.of(
                                                "where",
                                                read.at().where(),
                                                "place",
                                                place(read.at(), base),
                                                "api",
                                                read.api(),
                                                "purposes",
                                                read.purposes(),
                                                "parties",
                                                read.parties(),
                                                "reachable",
                                                read.reachable(),
                                                "field",
                                                read.field()))
                                        .toList()))
                        .toList());
        model.put(
                "parties",
                map.parties().stream()
                        .map(party -> Map.of(
                                "id",
                                party.id(),
                                "title",
                                party.title(),
                                "declared",
                                party.declared(),
                                "items",
                                party.items(),
                                "receives",
                                party.receives(),
                                "calls",
                                party.calls().stream()
                                        .map(call -> Map.of(
                                                "where",
                                                call.at().where(),
                                                "place",
                                                place(call.at(), base),
                                                "api",
                                                call.api(),
                                                "items",
                                                call.items()))
                                        .toList()))
                        .toList());
        model.put(
                "purposes",
                map.purposes().stream()
                        .map(use -> Map.of(
                                "where",
                                use.at().where(),
                                "place",
                                place(use.at(), base),
                                "purposes",
                                use.purposes(),
                                "declared",
                                use.declared(),
                                "used",
                                use.used()))
                        .toList());
        try {
            Template template = CONFIGURATION.getTemplate("data-map.html.ftlh");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the data-map template is part of the scanner jar", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the data-map template does not fit its model: " + e.getMessage(), e);
        }
    }

    private static String place(CodeRef at, Path base) {
        String file = DataMapJson.file(at, base);
        return at.line() > 0 ? file + ":" + at.line() : file;
    }
}
