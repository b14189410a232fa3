// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.pledge.dsl.validation.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as SARIF 2.1.0, for code-scanning dashboards: a {@code rules[]} catalogue, URIs relative
 * to {@code %SRCROOT%} and stable {@code partialFingerprints} (rule, file and message, not the line,
 * so a finding keeps its identity when lines move).
 */
public final class SarifWriter {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String toolName;
    private final String toolVersion;

    public SarifWriter(String toolName, String toolVersion) {
        this.toolName = toolName;
        this.toolVersion = toolVersion;
    }

    /**
     * A rule of a SARIF {@code rules[]} catalogue.
     *
     * @param level the rule's default level
     */
    public record RuleInfo(String id, String description, Severity level) {

        /** The policy checker's rules ({@link Rule}), in declaration order. */
        public static List<RuleInfo> policyRules() {
            return java.util.Arrays.stream(Rule.values())
                    .map(rule -> new RuleInfo(
                            rule.id(),
                            rule.description(),
                            rule.level() == Rule.Level.ERROR ? Severity.ERROR : Severity.WARNING))
                    .toList();
        }
    }

    /** The SARIF log for these findings of the policy checker; paths are written relative to {@code base}. */
    public String write(List<Finding> findings, Path base) {
        return write(findings, base, RuleInfo.policyRules());
    }

    /**
     * The SARIF log for these findings, described by this rule catalogue (a finding of a rule not in
     * it gets an entry named by its id); paths are written relative to {@code base}.
     */
    public String write(List<Finding> findings, Path base, List<RuleInfo> catalogue) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        for (RuleInfo rule : catalogue) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(rule.id(), rule.description(), level(rule.level())));
        }
        for (Finding finding : findings) {
            if (!ruleIndex.containsKey(finding.ruleId())) {
                ruleIndex.put(finding.ruleId(), rules.size());
                rules.add(rule(finding.ruleId(), finding.ruleId(), level(finding.severity())));
            }
        }
        JsonArray results = new JsonArray();
        for (Finding finding : findings) {
            results.add(result(finding, ruleIndex.get(finding.ruleId()), base));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", toolName);
        driver.addProperty("version", toolVersion);
        driver.addProperty("informationUri", "https://pledge.dev");
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject root = new JsonObject();
        root.addProperty("uri", base.toAbsolutePath().normalize().toUri().toString());
        JsonObject baseIds = new JsonObject();
        baseIds.add("%SRCROOT%", root);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", baseIds);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(log) + "\n";
    }

    private static JsonObject rule(String id, String description, String level) {
        JsonObject text = new JsonObject();
        text.addProperty("text", description);
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level);
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.add("shortDescription", text);
        rule.add("defaultConfiguration", configuration);
        return rule;
    }

    private static JsonObject result(Finding finding, int ruleIndex, Path base) {
        String uri = Finding.display(finding.file(), base).replace('\\', '/');
        JsonObject artifact = artifactLocation(finding.file(), base);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", finding.line());
        region.addProperty("startColumn", finding.column());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        JsonObject message = new JsonObject();
        message.addProperty("text", finding.message());
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(
                "pledgeFinding/v1", fingerprint(finding.ruleId() + "\n" + uri + "\n" + finding.message()));
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.ruleId());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(finding.severity()));
        result.add("message", message);
        result.add("locations", locations);
        result.add("partialFingerprints", fingerprints);
        return result;
    }

    /**
     * A file below {@code base} as a percent-encoded URI reference relative to {@code %SRCROOT%};
     * any other file as an absolute {@code file:} URI.
     */
    static JsonObject artifactLocation(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        JsonObject artifact = new JsonObject();
        if (!absolute.startsWith(root)) {
            artifact.addProperty("uri", absolute.toUri().toASCIIString());
            return artifact;
        }
        StringBuilder path = new StringBuilder();
        for (Path segment : root.relativize(absolute)) {
            path.append(path.length() == 0 ? "" : "/").append(segment);
        }
        try {
            String encoded = new java.net.URI(null, null, path.toString(), null).toASCIIString();
            artifact.addProperty(
                    "uri",
                    encoded.indexOf(':') >= 0 && encoded.indexOf(':') < Math.max(0, encoded.indexOf('/'))
                                    || encoded.indexOf('/') < 0 && encoded.indexOf(':') >= 0
                            ? "./" + encoded
                            : encoded);
        } catch (java.net.URISyntaxException e) {
            artifact.addProperty("uri", absolute.toUri().toASCIIString());
            return artifact;
        }
        artifact.addProperty("uriBaseId", "%SRCROOT%");
        return artifact;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
