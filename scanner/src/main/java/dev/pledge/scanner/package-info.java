// SPDX-License-Identifier: Apache-2.0
/**
 * The build gate: {@link dev.pledge.scanner.Scanner} scans compiled classes and jars against a policy. A scan runs
 * through one package per stage: {@code input} (class folders, jars, nested jars → class models), {@code model}
 * (class and method models, the hierarchy, findings), {@code catalogue} (what the scanner knows without the policy:
 * platform APIs, SDKs), {@code analysis} (calls, reachability), {@code rules} (one class per rule) and
 * {@code report} (result, SARIF, data map). {@code ScanRun} puts them together.
 */
package dev.pledge.scanner;
