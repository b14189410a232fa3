// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * How the policy changes and how people hear of it: {@code changes updates { notify via email "..." }}.
 * Text components are null when the policy does not state them.
 *
 * @param notifyVia how people are told of changes
 * @param freshConsent when fresh consent is asked for
 * @param log the change log, in the order written
 */
public record Changes(
        String id,
        Text title,
        List<Channel> notifyVia,
        Text review,
        Text freshConsent,
        List<Text> statements,
        List<ChangeLogEntry> log) {

    public Changes {
        notifyVia = List.copyOf(notifyVia);
        statements = List.copyOf(statements);
        log = List.copyOf(log);
    }
}
