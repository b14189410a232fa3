// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * How requests about rights are made and answered, once for all rights:
 * {@code request-procedure requests { via web "..." identity "..." form "..." within 30 days }}. Each right
 * of the request kinds follows the policy's procedure without regions, or the one it names
 * ({@code procedure <name>}), and may override its channels, deadline and fee. Text and duration
 * components are null when the policy does not state them.
 *
 * @param identity how the requester's identity is checked
 * @param form the form a request takes (in writing, ...)
 * @param refusals grounds on which a request may be refused
 * @param regions ids of the regions it holds in; empty means everywhere
 */
public record RequestProcedure(
        String id,
        Text title,
        List<Channel> channels,
        Text identity,
        Text form,
        Duration deadline,
        Text deadlineText,
        Text fee,
        List<Text> refusals,
        List<String> regions,
        Text description) {

    public RequestProcedure {
        channels = List.copyOf(channels);
        refusals = List.copyOf(refusals);
        regions = List.copyOf(regions);
    }
}
