// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/**
 * Meaningful information about profiling or automated decisions (GDPR Art. 13(2)(f)):
 * {@code automated-decisions { logic "..." significance "..." consequences "..." }}. Each component
 * is null when the policy does not state it.
 *
 * @param logic how the decision or profile is made
 * @param significance what it means for the person
 * @param consequences what it may lead to for the person
 */
public record DecisionLogic(Text logic, Text significance, Text consequences) {

    /** True when all three are stated, as Art. 13(2)(f) asks. */
    public boolean complete() {
        return logic != null && significance != null && consequences != null;
    }
}
