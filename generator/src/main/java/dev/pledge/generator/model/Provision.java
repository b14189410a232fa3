// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Objects;

/**
 * Whether people must provide data, and what happens if they do not (GDPR Art. 13(2)(e)):
 * {@code provision required-for-contract consequence "Without it we cannot deliver."}.
 *
 * @param consequence what happens if people do not provide it, or null when the policy does not say
 */
public record Provision(ProvisionRequirement requirement, Text consequence) {

    public Provision {
        Objects.requireNonNull(requirement, "requirement");
    }
}
