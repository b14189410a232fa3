// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import java.util.Set;

/**
 * What every class parser of one scan shares, read-only: the names of all scanned classes, the
 * source and SDK indexes, and which annotations suppress findings.
 */
public record ScanContext(Set<String> scannedNames, SourceIndex sources, SdkIndex sdks, Suppressions suppressions) {}
