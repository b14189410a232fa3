package dev.pledge.scanner;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** The data map as one self-contained HTML page (inline CSS, no scripts, no external resources). */
final class DataMapHtml {

	private static final Configuration CONFIGURATION = configuration();

	private DataMapHtml() {
	}

	static String write(DataMap map, Path base) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("policy", map.policy());
		model.put("items", map.items().stream().map(item -> Map.of("id", item.id(), "title", item.title(), "declared",
				item.declared(), "purposes", item.purposes(), "parties", item.parties(), "reads",
				item.reads().stream().map(read -> Map.of("where", read.at().where(), "place", place(read.at(), base),
						"api", read.api(), "purposes", read.purposes(), "parties", read.parties())).toList())).toList());
		model.put("parties", map.parties().stream().map(party -> Map.of("id", party.id(), "title", party.title(),
				"declared", party.declared(), "items", party.items(), "receives", party.receives(), "calls",
				party.calls().stream().map(call -> Map.of("where", call.at().where(), "place", place(call.at(), base),
						"api", call.api(), "items", call.items())).toList())).toList());
		model.put("purposes", map.purposes().stream().map(use -> Map.of("where", use.at().where(), "place",
				place(use.at(), base), "purposes", use.purposes(), "declared", use.declared(), "used", use.used()))
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

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setClassForTemplateLoading(DataMapHtml.class, "/dev/pledge/scanner");
		configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
		configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
		configuration.setLocale(Locale.ROOT);
		configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		return configuration;
	}
}
