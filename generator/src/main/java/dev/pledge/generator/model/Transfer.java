// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A transfer of data across regions: {@code transfer eea-out { from eea to global by standard-contractual-clauses }}.
 * Text and channel components are null when the policy does not state them.
 *
 * @param from ids of the regions data leaves
 * @param to ids of the regions data goes to
 * @param recipients ids of the parties that receive it
 * @param copy how to get a copy of the safeguards
 */
public record Transfer(
        String id,
        Text title,
        List<String> from,
        List<String> to,
        List<String> recipients,
        List<TransferMechanism> mechanisms,
        List<Text> safeguards,
        Channel copy,
        List<String> services,
        Text description) {

    public Transfer {
        from = List.copyOf(from);
        to = List.copyOf(to);
        recipients = List.copyOf(recipients);
        mechanisms = List.copyOf(mechanisms);
        safeguards = List.copyOf(safeguards);
        services = List.copyOf(services);
    }
}
