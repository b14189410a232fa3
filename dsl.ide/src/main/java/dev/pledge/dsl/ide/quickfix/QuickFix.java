// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.ide.quickfix;

/** The fixes for one rule: offers zero or more code actions for a diagnostic. */
@FunctionalInterface
interface QuickFix {
    void offer(FixContext fix);
}
