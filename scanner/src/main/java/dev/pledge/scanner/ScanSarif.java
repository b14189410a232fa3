package dev.pledge.scanner;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.dsl.load.SarifWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan's findings as SARIF 2.1.0. The log is written by the project's one SARIF writer
 * ({@link SarifWriter}: structure, URIs, fingerprints); this adds what only the scan knows: its
 * own rule catalogue (every {@link ScanRule} with its description and level, in place of the
 * policy checker's) and the method of each result as a logical location.
 */
final class ScanSarif {

	private ScanSarif() {
	}

	static String write(List<ScanFinding> findings, Path base, String toolVersion) {
		String log = new SarifWriter("pledge", toolVersion).write(findings.stream().map(ScanFinding::toFinding).toList(),
				base);
		JsonObject root = JsonParser.parseString(log).getAsJsonObject();
		JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray rules = new JsonArray();
		Map<String, Integer> index = new HashMap<>();
		for (ScanRule rule : ScanRule.values()) {
			index.put(rule.id(), rules.size());
			rules.add(rule(rule));
		}
		run.getAsJsonObject("tool").getAsJsonObject("driver").add("rules", rules);
		JsonArray results = run.getAsJsonArray("results");
		for (int i = 0; i < results.size(); i++) {
			JsonObject result = results.get(i).getAsJsonObject();
			ScanFinding finding = findings.get(i);
			result.addProperty("ruleIndex", index.get(finding.ruleId()));
			if (finding.at().method() != null) {
				JsonObject logical = new JsonObject();
				logical.addProperty("fullyQualifiedName", finding.at().where());
				logical.addProperty("kind", "function");
				JsonArray logicals = new JsonArray();
				logicals.add(logical);
				for (JsonElement location : result.getAsJsonArray("locations")) {
					location.getAsJsonObject().add("logicalLocations", logicals);
				}
			}
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private static JsonObject rule(ScanRule rule) {
		JsonObject text = new JsonObject();
		text.addProperty("text", rule.description());
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", rule.severity() == dev.pledge.dsl.load.Severity.ERROR ? "error" : "warning");
		JsonObject json = new JsonObject();
		json.addProperty("id", rule.id());
		json.add("shortDescription", text);
		json.add("defaultConfiguration", configuration);
		return json;
	}
}
