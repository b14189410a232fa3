// SPDX-License-Identifier: Apache-2.0
/**
 * The scan's models: classes, methods and what their bodies do ({@link dev.pledge.scanner.model.Sites}), the type
 * hierarchy, places in code and findings.
 */
package dev.pledge.scanner.model;
