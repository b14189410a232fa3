// SPDX-License-Identifier: Apache-2.0
/**
 * The rules, one class each, that turn the analysed code into findings, and the questions they ask the policy.
 */
package dev.pledge.scanner.rules;
