package dev.pledge.generator.java;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker templates of the Java backend ({@code dev/pledge/generator/java/*.ftl} on the
 * class path), configured for deterministic output: a fixed FreeMarker version, locale and time
 * zone, computer number and boolean formats, errors thrown rather than printed into the output.
 */
final class Templates {

	private static final Configuration CONFIGURATION = configuration();

	private Templates() {
	}

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setClassForTemplateLoading(Templates.class, "/dev/pledge/generator/java");
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputEncoding("UTF-8");
		configuration.setLocale(Locale.ROOT);
		configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
		configuration.setLocalizedLookup(false);
		configuration.setNumberFormat("c");
		configuration.setBooleanFormat("c");
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setAPIBuiltinEnabled(false);
		DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
		wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
				ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
		configuration.setObjectWrapper(wrapper.build());
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		return configuration;
	}

	/** Renders a template over a data model; line breaks are always {@code \n}. */
	static String render(String template, Object model) throws IOException, TemplateException {
		StringWriter out = new StringWriter();
		CONFIGURATION.getTemplate(template).process(model, out);
		return out.toString();
	}
}
