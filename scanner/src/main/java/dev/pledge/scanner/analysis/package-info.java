// SPDX-License-Identifier: Apache-2.0
/**
 * Analyses over the linked classes: inherited sources and SDK calls, and which reads a method reaches.
 */
package dev.pledge.scanner.analysis;
