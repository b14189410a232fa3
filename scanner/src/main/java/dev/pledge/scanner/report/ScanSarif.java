// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.SilencedFinding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scan's findings as SARIF 2.1.0. The log is written by the project's one SARIF writer
 * ({@link SarifWriter}: structure, URIs, fingerprints) over the scanner's rule catalogue
 * ({@link ScanRule#sarifRules()}); this adds what only the scan knows: the method of each result as
 * a logical location.
 */
final class ScanSarif {

    private ScanSarif() {}

    /**
     * @param policyRules whether the log's rule catalogue starts with the policy checker's rules
     * @param policyFindings findings of the policy checker that come first in the log
     * @param silenced findings that do not count: written with a SARIF {@code suppressions} entry
     *        (justification: the reason) or, for the baseline, {@code baselineState: unchanged}
     */
    static String write(
            boolean policyRules,
            List<Finding> policyFindings,
            List<ScanFinding> active,
            List<SilencedFinding> silenced,
            Path base,
            String toolVersion) {
        List<ScanFinding> findings = new ArrayList<>(active);
        silenced.forEach(s -> findings.add(s.finding()));
        List<Finding> all = new ArrayList<>(policyFindings);
        findings.forEach(f -> all.add(f.toFinding(base)));
        List<SarifWriter.RuleInfo> rules = new ArrayList<>();
        if (policyRules) {
            rules.addAll(SarifWriter.RuleInfo.policyRules());
        }
        rules.addAll(ScanRule.sarifRules());
        String log = new SarifWriter("pledge", toolVersion).write(all, base, rules);
        JsonObject root = JsonParser.parseString(log).getAsJsonObject();
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray results = run.getAsJsonArray("results");
        int offset = policyFindings.size();
        for (int i = 0; i < findings.size(); i++) {
            JsonObject result = results.get(offset + i).getAsJsonObject();
            ScanFinding finding = findings.get(i);
            if (i >= active.size()) {
                silence(result, silenced.get(i - active.size()));
            } else if (!silenced.isEmpty()) {
                result.addProperty("baselineState", "new");
            }
            if (finding.at().archive() != null) {
                for (JsonElement location : result.getAsJsonArray("locations")) {
                    JsonObject artifact = location.getAsJsonObject()
                            .getAsJsonObject("physicalLocation")
                            .getAsJsonObject("artifactLocation");
                    artifact.remove("uriBaseId");
                    artifact.addProperty("uri", jarUri(finding.at()));
                }
            }
            if (finding.at().caller() != null) {
                result.add("relatedLocations", inlinedAt(finding.at().caller(), base));
            }
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
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }

    /** The call that code inlined from another file was inlined at (Kotlin's {@code inline} functions). */
    private static JsonArray inlinedAt(CodeRef caller, Path base) {
        JsonObject artifact = new JsonObject();
        if (caller.archive() != null) {
            artifact.addProperty("uri", jarUri(caller));
        } else {
            Path file = caller.file().toAbsolutePath().normalize();
            Path root = base.toAbsolutePath().normalize();
            String relative =
                    file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : null;
            try {
                artifact.addProperty(
                        "uri",
                        relative == null
                                ? file.toUri().toASCIIString()
                                : new URI(null, null, relative, null).toASCIIString());
            } catch (URISyntaxException e) {
                artifact.addProperty("uri", file.toUri().toASCIIString());
            }
            if (relative != null) {
                artifact.addProperty("uriBaseId", "%SRCROOT%");
            }
        }
        JsonObject region = new JsonObject();
        region.addProperty("startLine", Math.max(1, caller.line()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject message = new JsonObject();
        message.addProperty("text", "the call the code is inlined at");
        JsonObject location = new JsonObject();
        location.addProperty("id", 1);
        location.add("physicalLocation", physical);
        location.add("message", message);
        JsonArray locations = new JsonArray();
        locations.add(location);
        return locations;
    }

    private static void silence(JsonObject result, SilencedFinding silenced) {
        if (silenced.why() == SilencedFinding.Why.BASELINE) {
            result.addProperty("baselineState", "unchanged");
            return;
        }
        JsonObject suppression = new JsonObject();
        suppression.addProperty("kind", silenced.why() == SilencedFinding.Why.SUPPRESSED ? "inSource" : "external");
        suppression.addProperty("status", "accepted");
        suppression.addProperty("justification", silenced.reason());
        JsonArray suppressions = new JsonArray();
        suppressions.add(suppression);
        result.add("suppressions", suppressions);
    }

    /**
     * A class in an archive as a {@code jar:} URI: {@code jar:file:///home/u/lib/x.jar!/org/x/Y.java}
     * ({@code ...app.war!/WEB-INF/lib/x.jar!/org/x/Y.java} when nested).
     */
    static String jarUri(CodeRef at) {
        String archive = at.archive().replace('\\', '/');
        int bang = archive.indexOf("!/");
        String outer = bang < 0 ? archive : archive.substring(0, bang);
        String inner = bang < 0 ? "" : archive.substring(bang);
        String file = at.file().toString().replace('\\', '/');
        try {
            String rest = new URI(null, null, inner + "!/" + file, null).toASCIIString();
            return "jar:" + Path.of(outer).toAbsolutePath().normalize().toUri().toASCIIString() + rest;
        } catch (URISyntaxException e) {
            return "jar:" + Path.of(outer).toAbsolutePath().normalize().toUri().toASCIIString() + inner + "!/" + file;
        }
    }
}
