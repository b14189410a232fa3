// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import java.util.Set;

/**
 * What every class parser of one scan shares, read-only: the names of all scanned classes, the
 * source and SDK indexes, and which annotations suppress findings.
 */
record ScanContext(Set<String> scannedNames, SourceIndex sources, SdkIndex sdks, Suppressions suppressions) {}
