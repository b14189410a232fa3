// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.java;

import dev.pledge.generator.template.TemplateConfigurations;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The FreeMarker templates of the Java backend ({@code dev/pledge/generator/java/*.ftl} on the
 * class path), in the configuration every backend shares ({@link TemplateConfigurations}).
 */
final class Templates {

    private static final Configuration CONFIGURATION =
            TemplateConfigurations.deterministic(Templates.class, "/dev/pledge/generator/java");

    private Templates() {}

    /** Renders a template over a data model; line breaks are always {@code \n}. */
    static String render(String template, Object model) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        CONFIGURATION.getTemplate(template).process(model, out);
        return out.toString();
    }
}
