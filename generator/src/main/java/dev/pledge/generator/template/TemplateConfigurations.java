// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.template;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker configuration every Pledge backend starts from, set up for deterministic output
 * and loud failure: a fixed FreeMarker version ({@code 2.3.34}, never the running library's), UTF-8,
 * the root locale and UTC, computer number and boolean formats, no localized template lookup,
 * errors rethrown (never printed into the output, never logged), unchecked exceptions wrapped, and
 * no access from templates to Java classes ({@code ?api}, {@code ?new}). Record components read as
 * properties ({@code ${purpose.title}}); that needs FreeMarker's Java 16 classes, so a shaded jar
 * must keep {@code Multi-Release: true} in its manifest (without it, this fails at once, clearly).
 *
 * <p>Templates named {@code *.ftlh} are HTML and auto-escape every {@code ${...}}; a backend adds
 * its own output formats (e.g. Markdown) with {@code setRegisteredCustomOutputFormats}.
 */
public final class TemplateConfigurations {

    private TemplateConfigurations() {}

    /**
     * A new configuration that loads templates from a class-path folder.
     *
     * @param base a class of the backend, whose class loader sees the templates
     * @param folder the absolute class-path folder, e.g. {@code /dev/pledge/generator/notice}
     */
    public static Configuration deterministic(Class<?> base, String folder) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(base, folder);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNumberFormat("c");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        configuration.setObjectWrapper(wrapper.build());
        return configuration;
    }
}
