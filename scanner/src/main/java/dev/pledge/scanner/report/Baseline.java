// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings an application had when it adopted the gate ({@code pledge scan --write-baseline}):
 * findings the baseline lists are reported as known and do not fail the build; new ones do. An
 * entry is keyed by rule, class, member and subject (the concept, item or party), never by line, so
 * edits elsewhere in a class do not make its known findings new. {@code unreadable-class} findings
 * are never baselined: the gate fails closed.
 *
 * <pre>
 * {"format": "pledge-baseline/1", "findings": [
 *   {"rule": "undeclared-data", "class": "org.h2.server.TcpServer", "member": "start", "subject": "ip-address",
 *    "message": "reads IP address ..."}]}
 * </pre>
 */
public final class Baseline {

    static final String FORMAT = "pledge-baseline/1";

    private final Set<String> keys;

    private Baseline(Set<String> keys) {
        this.keys = keys;
    }

    /** Whether the baseline lists the finding. */
    public boolean knows(ScanFinding finding) {
        return keys.contains(finding.key());
    }

    public int size() {
        return keys.size();
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException with what is wrong, when it cannot be read or is not a baseline
     */
    public static Baseline read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist: write it with pledge scan --write-baseline " + file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> keys = new LinkedHashSet<>();
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            JsonElement format = root.get("format");
            if (format == null || !FORMAT.equals(format.getAsString())) {
                throw new IOException(file + " is not a Pledge baseline (no \"format\": \"" + FORMAT
                        + "\"): write one with pledge scan --write-baseline " + file);
            }
            for (JsonElement element : root.getAsJsonArray("findings")) {
                JsonObject entry = element.getAsJsonObject();
                keys.add(string(entry, "rule") + "|" + string(entry, "class") + "|" + string(entry, "member") + "|"
                        + string(entry, "subject"));
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
            throw new IOException(
                    file + " is not a valid Pledge baseline (" + e.getMessage()
                            + "): write it again with pledge scan --write-baseline " + file,
                    e);
        }
        return new Baseline(keys);
    }

    private static String string(JsonObject entry, String name) {
        JsonElement value = entry.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /**
     * A baseline of the findings, as JSON: one entry per key (the first finding's message), sorted, so
     * the file changes only when findings do.
     */
    public static String write(List<ScanFinding> findings) {
        TreeMap<String, ScanFinding> byKey = new TreeMap<>();
        findings.stream()
                .filter(f -> f.rule() != ScanRule.UNREADABLE_CLASS)
                .sorted(Comparator.comparing(ScanFinding::key))
                .forEach(f -> byKey.putIfAbsent(f.key(), f));
        JsonArray entries = new JsonArray();
        for (ScanFinding finding : byKey.values()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("rule", finding.ruleId());
            entry.addProperty("class", finding.at().className());
            entry.addProperty(
                    "member", finding.at().method() == null ? "" : finding.at().method());
            entry.addProperty("subject", finding.subject());
            entry.addProperty("message", finding.message());
            entries.add(entry);
        }
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.add("findings", entries);
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }
}
