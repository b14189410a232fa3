// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import dev.pledge.dsl.load.Finding;
import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.SilencedFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan's reports: console text, SARIF 2.1.0, and the data map as JSON and as one self-contained
 * HTML file. Paths in reports are relative to {@code base} when below it.
 */
public final class ScanReports {

    /** The file names {@link #write} uses. */
    public static final String SARIF_FILE = "pledge-scan.sarif";

    public static final String JSON_FILE = "data-map.json";
    public static final String HTML_FILE = "data-map.html";

    private ScanReports() {}

    /**
     * Every finding (two lines each), then {@link #closing the closing lines}, then the summary line;
     * ends with a newline.
     */
    public static String text(ScanResult result, Path base) {
        StringBuilder text = new StringBuilder();
        result.findings().forEach(finding -> text.append(finding.format(base)).append('\n'));
        closing(result).forEach(line -> text.append(line).append('\n'));
        return text.append(result.summary()).append('\n').toString();
    }

    /**
     * The lines that come after the findings and before the summary: each exclusion and suppression
     * reason, with how many findings it covers; then the fixes, grouped
     * ({@code 3 places read `ip-address`: declare `data ip-address "IP address"` ... [undeclared-data]}).
     */
    public static List<String> closing(ScanResult result) {
        return Closing.lines(result);
    }

    /** The findings that count and those the baseline knows, as a baseline file (see {@link Baseline}). */
    public static String baseline(ScanResult result) {
        List<ScanFinding> all = new ArrayList<>(result.findings());
        result.silenced().stream()
                .filter(s -> s.why() == SilencedFinding.Why.BASELINE)
                .forEach(s -> all.add(s.finding()));
        return Baseline.write(all);
    }

    /** The findings as SARIF 2.1.0 (through the project's one SARIF writer), with the scanner's rule catalogue. */
    public static String sarif(ScanResult result, Path base, String toolVersion) {
        return ScanSarif.write(false, List.of(), result.findings(), result.silenced(), base, toolVersion);
    }

    /** The policy checker's findings, then the scan's, as one SARIF 2.1.0 log with both rule catalogues. */
    public static String sarif(List<Finding> policyFindings, ScanResult result, Path base, String toolVersion) {
        return ScanSarif.write(true, policyFindings, result.findings(), result.silenced(), base, toolVersion);
    }

    /** The data map as JSON (schema in docs/scanner.md). */
    public static String json(DataMap map, Path base) {
        return DataMapJson.write(map, base);
    }

    /** The data map as one HTML file with no external resources. */
    public static String html(DataMap map, Path base) {
        return DataMapHtml.write(map, base);
    }

    /**
     * Writes {@value #SARIF_FILE}, {@value #JSON_FILE} and {@value #HTML_FILE} into {@code folder}
     * (created if missing), all or none: a reader sees the old files or the new ones, never a part.
     */
    public static void write(ScanResult result, Path folder, Path base, String toolVersion) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(folder.resolve(SARIF_FILE), sarif(result, base, toolVersion).getBytes(StandardCharsets.UTF_8));
        files.put(folder.resolve(JSON_FILE), json(result.dataMap(), base).getBytes(StandardCharsets.UTF_8));
        files.put(folder.resolve(HTML_FILE), html(result.dataMap(), base).getBytes(StandardCharsets.UTF_8));
        try {
            GeneratedFiles.write(files, "scan reports");
        } catch (GeneratorException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
