// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The check's reports, of one module or of a whole build: SARIF 2.1.0 with the policy's findings and
 * the scan's, and the data map ({@code data-map.json}, {@code data-map.html}) beside it. Paths in
 * them are relative to a base folder. Written all or none.
 */
final class GateReports {

    static final String DATA_MAP_JSON = ScanReports.JSON_FILE;

    static final String DATA_MAP_HTML = ScanReports.HTML_FILE;

    private GateReports() {}

    /**
     * Writes the reports.
     *
     * @param sarifFile the SARIF file; the data map goes beside it
     * @param base paths in the reports are relative to it
     * @param dataMap the data map, or null when nothing was scanned (then only the SARIF is written)
     */
    static void write(
            Path sarifFile,
            Path base,
            List<Finding> policyFindings,
            List<ScanFinding> scanFindings,
            DataMap dataMap,
            String toolVersion)
            throws PledgeBuildException {
        List<Finding> all = Stream.concat(
                        policyFindings.stream(), scanFindings.stream().map(ScanFinding::toFinding))
                .toList();
        List<SarifWriter.RuleInfo> rules = Stream.concat(
                        SarifWriter.RuleInfo.policyRules().stream(), ScanRule.sarifRules().stream())
                .toList();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path sarif = sarifFile.toAbsolutePath();
        files.put(sarif, bytes(new SarifWriter("pledge", toolVersion).write(all, base, rules)));
        if (dataMap != null) {
            files.put(sarif.resolveSibling(DATA_MAP_JSON), bytes(ScanReports.json(dataMap, base)));
            files.put(sarif.resolveSibling(DATA_MAP_HTML), bytes(ScanReports.html(dataMap, base)));
        }
        try {
            GeneratedFiles.write(files, "the reports");
        } catch (GeneratorException e) {
            throw PledgeBuildException.error(e.getMessage(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
