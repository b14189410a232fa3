// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.template.TemplateConfigurations;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The notice templates ({@code dev/pledge/generator/notice/*} on the class path) on the shared
 * deterministic FreeMarker configuration, with the Markdown and plain-text output formats
 * registered: {@code *.ftlh} escape for HTML, templates declaring {@code output_format="Markdown"}
 * for Markdown, {@code output_format="NoticeText"} for plain text.
 */
final class NoticeTemplates {

    private static final Configuration CONFIGURATION = configuration();

    private NoticeTemplates() {}

    private static Configuration configuration() {
        Configuration configuration =
                TemplateConfigurations.deterministic(NoticeTemplates.class, "/dev/pledge/generator/notice");
        configuration.setRegisteredCustomOutputFormats(
                List.of(MarkdownOutputFormat.INSTANCE, TextOutputFormat.INSTANCE));
        return configuration;
    }

    /** Renders a notice; line breaks are {@code \n}. A template error is a bug in Pledge. */
    static String render(NoticeFormat format, NoticeModel model) {
        return render(format.template(), model);
    }

    /** Renders a template of this folder on a data model (plain records). */
    static String render(String template, Object model) {
        StringWriter out = new StringWriter();
        try {
            CONFIGURATION.getTemplate(template).process(model, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
