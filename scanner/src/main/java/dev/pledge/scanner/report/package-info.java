// SPDX-License-Identifier: Apache-2.0
/**
 * What a scan returns and writes: the result and its summary, SARIF 2.1.0, and the data map (JSON, HTML).
 */
package dev.pledge.scanner.report;
