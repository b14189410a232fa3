// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.SarifWriter;
import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
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
     * @param scan the scan's result, or null when nothing was scanned (then only the SARIF file is
     *     written, with the policy's findings)
     */
    static void write(Path sarifFile, Path base, List<Finding> policyFindings, ScanResult scan, String toolVersion)
            throws PledgeBuildException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Path sarif = sarifFile.toAbsolutePath();
        if (scan == null) {
            List<SarifWriter.RuleInfo> rules = Stream.concat(
                            SarifWriter.RuleInfo.policyRules().stream(), ScanRule.sarifRules().stream())
                    .toList();
            files.put(sarif, bytes(new SarifWriter("pledge", toolVersion).write(policyFindings, base, rules)));
        } else {
            files.put(sarif, bytes(ScanReports.sarif(policyFindings, scan, base, toolVersion)));
            files.put(sarif.resolveSibling(DATA_MAP_JSON), bytes(ScanReports.json(scan.dataMap(), base)));
            files.put(sarif.resolveSibling(DATA_MAP_HTML), bytes(ScanReports.html(scan.dataMap(), base)));
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
