// SPDX-License-Identifier: Apache-2.0
/**
 * Lists class folders, class files and archives (with nested archives) and parses each class file into a
 * {@link dev.pledge.scanner.model.ClassModel}. What cannot be read becomes an {@code unreadable-class} finding.
 */
package dev.pledge.scanner.input;
