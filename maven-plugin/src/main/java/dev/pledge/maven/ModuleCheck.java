// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Severity;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One module's check in a build, kept for the build's summary and its whole-build reports.
 *
 * @param id the module's {@code groupId:artifactId}
 * @param name the module's name, as Maven's reactor summary shows it
 * @param baseDir the module's folder
 * @param policy the policy it was checked against; null when there was none to read
 * @param scan the scan's result; null when the module was not scanned
 * @param notScanned why it was not scanned (skipped, the policy failed); null when it was
 */
record ModuleCheck(String id, String name, Path baseDir, CheckedPolicy policy, ScanResult scan, String notScanned) {

    ModuleCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if ((scan == null) == (notScanned == null)) {
            throw new IllegalArgumentException("a module is either scanned or has a reason it was not");
        }
    }

    long count(Severity severity) {
        return scan == null ? 0 : scan.count(severity);
    }
}
